package ogi.casework.accounts;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;

import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * Bearer tokens for the API (issue #13): a user's name and password are checked once for a token, and every call with
 * the token is authorised from its claims alone; the embedded issuer publishes its keys and serves the authorization
 * code flow with PKCE; a token that is expired, forged or not meant for this API is refused.
 */
@CaseworkIntegrationTest
class ApiTokenIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(LocalDate.of(2026, 11, 20));
	}

	@Test
	void aUserExchangesTheirPasswordOnceForATokenThatCarriesTheirAgencyAndRoles() throws Exception {
		String token = token(username(ALPHA, Role.HANDLER), PASSWORD);

		// the token says who, which agency and which roles, under the documented claim names
		JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
		assertThat(claims.getStringClaim("preferred_username")).isEqualTo("alpha-handler");
		assertThat(claims.getStringClaim("agency")).isEqualTo(ALPHA);
		assertThat(claims.getStringListClaim("roles")).containsExactly("HANDLER");
		assertThat(claims.getAudience()).containsExactly("ogi-api");
		assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofMinutes(15));

		// and the API takes it: the handler's worklist of their agency, but not a clerk's action
		mvc.perform(get("/api/tasks").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(post("/api/applications").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/users").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
	}

	@Test
	void aCallWithATokenChecksNoPasswordUntilTheTokenExpires() throws Exception {
		mvc.perform(post("/api/users").with(httpBasic(username(ALPHA, Role.ADMIN), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"username": "alpha-zhou", "password": "Zhou-secret-1", "displayName": "周九", "roles": ["CLERK"]}"""))
			.andExpect(status().isCreated());
		String token = token("alpha-zhou", "Zhou-secret-1");

		// when the password changes, the old password is refused at once on this node …
		mvc.perform(put("/api/users/alpha-zhou/password").with(httpBasic(username(ALPHA, Role.ADMIN), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"password\": \"Zhou-secret-2\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/tasks").with(httpBasic("alpha-zhou", "Zhou-secret-1")))
			.andExpect(status().isUnauthorized());

		// … while the token, checked by its signature alone, holds for its lifetime (the documented trade-off)
		mvc.perform(get("/api/tasks").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		clock.advance(Duration.ofMinutes(14));
		mvc.perform(get("/api/tasks").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		// and not after its 15 minutes and the minute allowed for node clocks that differ
		clock.advance(Duration.ofMinutes(2).plusSeconds(1));
		mvc.perform(get("/api/tasks").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(header().stringValues("WWW-Authenticate", hasItem("Bearer error=\"invalid_token\"")))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void aForgedTokenOrOneForAnotherAudienceIsRefused() throws Exception {
		var generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var pair = generator.generateKeyPair();
		String issued = token(username(ALPHA, Role.ADMIN), PASSWORD);
		JWTClaimsSet claims = SignedJWT.parse(issued).getJWTClaimsSet();

		// the same claims signed with another key
		var forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
			.keyID(SignedJWT.parse(issued).getHeader().getKeyID()).build(), claims);
		forged.sign(new RSASSASigner((RSAPrivateKey) pair.getPrivate()));
		mvc.perform(get("/api/users").header("Authorization", "Bearer " + forged.serialize()))
			.andExpect(status().isUnauthorized());

		// a token for another audience, even when the signature were right, is checked against aud first
		var otherAudience = new JWTClaimsSet.Builder(claims).audience("another-api").build();
		var unsigned = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), otherAudience);
		unsigned.sign(new RSASSASigner((RSAPrivateKey) pair.getPrivate()));
		mvc.perform(get("/api/users").header("Authorization", "Bearer " + unsigned.serialize()))
			.andExpect(status().isUnauthorized());

		// a token does not buy another token
		mvc.perform(post("/api/tokens").header("Authorization", "Bearer " + issued))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("tokenFromPassword"));
	}

	@Test
	void theIssuerPublishesTheKeyThatSignsItsTokens() throws Exception {
		String token = token(username(ALPHA, Role.CLERK), PASSWORD);

		String discovery = mvc.perform(get("/.well-known/openid-configuration")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String jwksUri = JsonPath.read(discovery, "$.jwks_uri");
		assertThat(jwksUri).endsWith("/oauth2/jwks");
		String jwks = mvc.perform(get(URI.create(jwksUri).getPath())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();

		var published = (RSAKey) JWKSet.parse(jwks).getKeys().get(0);
		assertThat(published.isPrivate()).as("only the public key is published").isFalse();
		var jwt = SignedJWT.parse(token);
		assertThat(jwt.getHeader().getKeyID()).isEqualTo(published.getKeyID());
		assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) published.toPublicKey()))).isTrue();
	}

	@Test
	void aToolSignsItsUserInByTheAuthorizationCodeFlowWithPkce() throws Exception {
		String verifier = "a-code-verifier-of-at-least-forty-three-characters-0123456789";
		String challenge = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		// (the authorization endpoint reads its parameters from the query string, as a browser sends them)
		URI authorize = UriComponentsBuilder.fromPath("/oauth2/authorize").queryParam("response_type", "code")
			.queryParam("client_id", "ogi-cli").queryParam("redirect_uri", "http://127.0.0.1:8765/callback")
			.queryParam("scope", "openid").queryParam("state", "s1").queryParam("code_challenge", challenge)
			.queryParam("code_challenge_method", "S256").encode().build().toUri();

		// the tool opens the browser at the issuer, which sends the reviewer to the sign-in page …
		var first = mvc.perform(get(authorize).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse();
		assertThat(URI.create(first.getRedirectedUrl()).getPath()).isEqualTo("/login");

		// … and after signing in there, back to the authorization request …
		var signIn = mvc.perform(post("/login").with(csrf()).cookie(first.getCookie("SESSION"))
			.param("username", username(ALPHA, Role.REVIEWER)).param("password", PASSWORD))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse();
		URI back = URI.create(signIn.getRedirectedUrl());
		assertThat(back.getPath()).isEqualTo("/oauth2/authorize");

		// … which sends the signed-in reviewer to the tool's loopback address with a code
		String redirect = mvc.perform(get(back).accept(MediaType.TEXT_HTML).cookie(signIn.getCookie("SESSION")))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		var query = UriComponentsBuilder.fromUriString(redirect).build().getQueryParams();
		assertThat(redirect).startsWith("http://127.0.0.1:8765/callback");
		assertThat(query.getFirst("state")).isEqualTo("s1");

		// the tool exchanges the code and its verifier for a token
		String response = mvc.perform(post("/oauth2/token").param("grant_type", "authorization_code")
			.param("code", query.getFirst("code")).param("redirect_uri", "http://127.0.0.1:8765/callback")
			.param("client_id", "ogi-cli").param("code_verifier", verifier))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(response, "$.access_token");

		// which carries the reviewer's agency and roles, and the API takes it
		JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
		assertThat(claims.getStringClaim("agency")).isEqualTo(ALPHA);
		assertThat(claims.getStringListClaim("roles")).containsExactly("REVIEWER");
		assertThat(claims.getAudience()).contains("ogi-api");
		assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofMinutes(15));
		mvc.perform(get("/api/tasks").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void aCallIsObservedOnceAsAnHttpRequestNotOncePerSecurityFilter(@Autowired ObservationRegistry observations)
			throws Exception {
		String token = token(username(ALPHA, Role.CLERK), PASSWORD);
		List<String> started = new CopyOnWriteArrayList<>();
		var recording = new AtomicBoolean(true);
		observations.observationConfig().observationHandler(new ObservationHandler<>() {
			@Override
			public boolean supportsContext(Observation.Context context) {
				return recording.get();
			}

			@Override
			public void onStart(Observation.Context context) {
				started.add(context.getName());
			}
		});
		try {
			mvc.perform(get("/api/agencies").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
			mvc.perform(get("/api/agencies").with(httpBasic(username(ALPHA, Role.CLERK), PASSWORD)))
				.andExpect(status().isOk());
		}
		finally {
			recording.set(false);
		}

		// the HTTP server observation stays (metrics); the filters, authentication and authorization are not wrapped
		assertThat(started).contains("http.server.requests").noneMatch(name -> name.startsWith("spring.security"));
	}

	private String token(String username, String password) throws Exception {
		String body = mvc.perform(post("/api/tokens").with(httpBasic(username, password)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.token_type").value("Bearer"))
			.andExpect(jsonPath("$.expires_in").value(900))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.access_token");
	}

}
