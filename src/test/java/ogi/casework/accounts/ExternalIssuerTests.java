package ogi.casework.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * With {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} set, the API takes the tokens of that OIDC
 * provider — here a real HTTP server on the loopback interface publishing discovery metadata and a key set, as a
 * provincial identity platform does — when signature, issuer, validity and audience hold, and reads the user from
 * their claims; the provider is first asked at the first call, not at start.
 */
class ExternalIssuerTests {

	HttpServer provider;

	String issuer;

	RSAKey key;

	final AtomicInteger metadataRequests = new AtomicInteger();

	final SecuritySettings settings = new SecuritySettings(4, new SecuritySettings.Password(8, 3),
			new SecuritySettings.SignIn(5, Duration.ofMinutes(15), 30, Duration.ofMinutes(15), 1000),
			new SecuritySettings.Tokens(Duration.ofMinutes(15), "ogi-api", "preferred_username", "agency", "roles",
					"name"),
			new SecuritySettings.BasicCredentials(Duration.ofSeconds(60), 100));

	@BeforeEach
	void aProviderIsRunning() throws Exception {
		key = new RSAKeyGenerator(2048).keyID("provider-key-1").generate();
		provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/gov";
		String metadata = """
				{"issuer": "%1$s", "jwks_uri": "%1$s/certs", "authorization_endpoint": "%1$s/auth",
				 "token_endpoint": "%1$s/token", "response_types_supported": ["code"],
				 "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"]}
				""".formatted(issuer);
		provider.createContext("/realms/gov/.well-known/openid-configuration", exchange -> {
			metadataRequests.incrementAndGet();
			respond(exchange, metadata);
		});
		provider.createContext("/realms/gov/certs",
				exchange -> respond(exchange, new JWKSet(key.toPublicJWK()).toString()));
		provider.start();
	}

	@AfterEach
	void stopProvider() {
		provider.stop(0);
	}

	@Test
	void theProvidersTokenNamesTheUserTheirAgencyAndRoles() throws Exception {
		JwtDecoder decoder = decoder();
		assertThat(metadataRequests).as("nothing asked of the provider before the first call").hasValue(0);

		var jwt = decoder.decode(token(key, issuer, List.of("ogi-api", "account")));
		var user = ((AccountToken) new TokenClaims(settings).convert(jwt)).user();

		assertThat(user).isEqualTo(new CurrentUser("zhang.san", "张三", "ALPHA", Set.of(Role.HANDLER)));
		assertThat(metadataRequests).hasValue(1);
	}

	@Test
	void aTokenForAnotherApiFromAnotherIssuerOrWithAnotherKeyIsRefused() throws Exception {
		JwtDecoder decoder = decoder();

		assertThatThrownBy(() -> decoder.decode(token(key, issuer, List.of("account"))))
			.isInstanceOf(JwtException.class).hasMessageContaining("ogi-api");
		assertThatThrownBy(() -> decoder.decode(token(key, "http://127.0.0.1:1/realms/other", List.of("ogi-api"))))
			.isInstanceOf(JwtException.class).hasMessageContaining("iss");
		var stranger = new RSAKeyGenerator(2048).keyID("provider-key-1").generate();
		assertThatThrownBy(() -> decoder.decode(token(stranger, issuer, List.of("ogi-api"))))
			.isInstanceOf(JwtException.class);
	}

	private JwtDecoder decoder() {
		var environment = new MockEnvironment().withProperty(EmbeddedIssuer.EXTERNAL_ISSUER, issuer);
		return new ExternalIssuer().jwtDecoder(environment, settings);
	}

	private static String token(RSAKey signingKey, String issuer, List<String> audience) throws Exception {
		Instant now = Instant.now();
		var claims = new JWTClaimsSet.Builder().issuer(issuer).subject("f6a1c0de").audience(audience)
			.issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
			.claim("preferred_username", "zhang.san").claim("name", "张三").claim("agency", "ALPHA")
			.claim("roles", List.of("HANDLER", "offline_access")).build();
		var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
		jwt.sign(new RSASSASigner(signingKey));
		return jwt.serialize();
	}

	private static void respond(com.sun.net.httpserver.HttpExchange exchange, String json) throws java.io.IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (var out = exchange.getResponseBody()) {
			out.write(body);
		}
	}
}
