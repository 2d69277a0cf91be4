package ogi.casework.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * An external OIDC provider issues the API's tokens (a provincial 统一身份认证, Keycloak, …): on when
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} names it, instead of the {@link EmbeddedIssuer}. The
 * provider's metadata and keys are fetched at the first call, not at start, so that a node starts while the provider
 * is away. A token is taken when its signature, issuer and validity window hold and its audience includes
 * {@code ogi.security.tokens.audience}; {@link TokenClaims} then reads the user, agency and roles from it.
 * <p>
 * The decoder is declared here rather than left to Spring Boot: with the authorization server on the class path,
 * Boot's authorization-server auto-configuration would otherwise give the API a decoder for a key of its own (it is
 * ordered before the resource server's), and the provider's tokens would be refused.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalIssuer.Enabled.class)
class ExternalIssuer {

	/** True when an external issuer is configured. */
	static final class Enabled extends EmbeddedIssuer.Enabled {
		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !super.matches(context, metadata);
		}
	}

	@Bean
	JwtDecoder jwtDecoder(Environment environment, SecuritySettings settings) {
		String issuer = environment.getRequiredProperty(EmbeddedIssuer.EXTERNAL_ISSUER).strip();
		return new SupplierJwtDecoder(() -> {
			var decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
					TokenClaims.forThisApi(settings.tokens().audience())));
			return decoder;
		});
	}
}
