package ogi.casework.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * The embedded token issuer, on unless {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} names an external
 * OIDC provider (then {@link ExternalIssuer} checks that provider's tokens, and neither these endpoints nor
 * {@code POST /api/tokens} exist). It is Spring Authorization Server: OIDC discovery
 * ({@code /.well-known/openid-configuration}), the key set ({@code /oauth2/jwks}), and the standard flows for clients
 * registered by configuration ({@code spring.security.oauth2.authorizationserver.client.*}; the default registers the
 * public client {@code ogi-cli}: authorization code with PKCE, redirect to the loopback address). Its authorization
 * codes and refresh tokens live in the memory of the node that issued them (a cluster routes {@code /oauth2/**}
 * stickily, or uses an external provider); access tokens are JWTs every node checks alone.
 * <p>
 * API clients that act for one user get a token from {@code POST /api/tokens} with that user's name and password
 * ({@link TokenController}): one password check per token instead of one per call.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedIssuer.Enabled.class)
class EmbeddedIssuer {

	/** The external issuer's address; while it is unset, the embedded issuer serves. */
	static final String EXTERNAL_ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

	/** True when no external issuer is configured. */
	static class Enabled implements Condition {
		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String external = context.getEnvironment().getProperty(EXTERNAL_ISSUER);
			return external == null || external.isBlank();
		}
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(SigningKeys keys, TransactionTemplate transactions, Clock clock) {
		return new StoredSigningKey(keys, transactions, clock);
	}

	@Bean
	JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
		return new NimbusJwtEncoder(jwkSource);
	}

	@Bean
	ApiTokens apiTokens(JwtEncoder encoder, SecuritySettings settings, Clock clock) {
		return new ApiTokens(encoder, settings, clock);
	}

	/**
	 * Checks a token with the key in memory: the RS256 signature, the validity window on the application clock (with
	 * the default 60 s allowance for node clocks that differ), and that the token is meant for this API
	 * ({@code ogi.security.tokens.audience}).
	 */
	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, SecuritySettings settings, Clock clock) {
		var processor = new DefaultJWTProcessor<SecurityContext>();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, jwkSource));
		// the claims are checked below, on the application clock
		processor.setJWTClaimsSetVerifier((claims, context) -> {
		});
		var decoder = new NimbusJwtDecoder(processor);
		var timestamps = new JwtTimestampValidator();
		timestamps.setClock(clock);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps,
				TokenClaims.forThisApi(settings.tokens().audience())));
		return decoder;
	}

	/**
	 * Tokens from the standard flows: JWTs on the application clock (as the decoder checks them) with the same claims
	 * and audience as those of {@code POST /api/tokens}, and opaque refresh tokens.
	 */
	@Bean
	OAuth2TokenGenerator<OAuth2Token> tokenGenerator(JwtEncoder encoder, SecuritySettings settings, Clock clock) {
		var jwts = new JwtGenerator(encoder);
		jwts.setClock(clock);
		jwts.setJwtCustomizer(accountClaims(settings));
		var refreshTokens = new OAuth2RefreshTokenGenerator();
		refreshTokens.setClock(clock);
		return new DelegatingOAuth2TokenGenerator(jwts, refreshTokens);
	}

	private static OAuth2TokenCustomizer<JwtEncodingContext> accountClaims(SecuritySettings settings) {
		var tokens = settings.tokens();
		return context -> {
			if (!(context.getPrincipal().getPrincipal() instanceof AccountUserDetailsService.AccountDetails details)) {
				return;
			}
			CurrentUser user = details.user();
			context.getClaims()
				.claim(tokens.usernameClaim(), user.username())
				.claim(tokens.agencyClaim(), user.agencyCode())
				.claim(tokens.rolesClaim(), user.roles().stream().map(Role::name).sorted().toList())
				.claim(tokens.nameClaim(), user.displayName());
			if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				List<String> audience = new ArrayList<>(List.of(context.getRegisteredClient().getClientId()));
				audience.add(tokens.audience());
				context.getClaims().audience(audience);
			}
		};
	}

	/** The issuer's endpoints, before the API and the pages; a person not signed in goes to the sign-in page. */
	@Bean
	@Order(0)
	SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
		return http.oauth2AuthorizationServer(issuer -> {
					http.securityMatcher(issuer.getEndpointsMatcher());
					issuer.oidc(Customizer.withDefaults());
				})
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
				.build();
	}
}
