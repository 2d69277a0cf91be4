package ogi.casework.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * An external OIDC provider's token maps onto our users by claim names that are settings: user name, agency, roles
 * (a list or a space-separated string, unknown values ignored) and display name.
 */
class TokenClaimsTests {

	@Test
	void theDocumentedClaimsNameTheUserTheirAgencyAndRoles() {
		var claims = new TokenClaims(settings("preferred_username", "agency", "roles"));

		var token = (AccountToken) claims.convert(jwt(b -> b.subject("f6a1c0de").claim("preferred_username", "zhang.san")
			.claim("agency", "ALPHA").claim("roles", List.of("CLERK", "HANDLER", "unknown-role"))
			.claim("name", "张三")));

		assertThat(token.user()).isEqualTo(new CurrentUser("zhang.san", "张三", "ALPHA", Set.of(Role.CLERK, Role.HANDLER)));
		assertThat(token.getName()).isEqualTo("zhang.san");
		assertThat(token.getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_CLERK", "ROLE_HANDLER");
	}

	@Test
	void aProvidersOwnClaimNamesAreSettings() {
		var claims = new TokenClaims(settings("uid", "org_code", "groups"));

		var token = (AccountToken) claims.convert(jwt(b -> b.subject("x").claim("uid", "li.si")
			.claim("org_code", "BETA").claim("groups", "ROLE_REVIEWER head")));

		assertThat(token.user()).isEqualTo(new CurrentUser("li.si", "li.si", "BETA", Set.of(Role.REVIEWER, Role.HEAD)));
	}

	@Test
	void aTokenWithoutAnAgencyIsRefused() {
		var claims = new TokenClaims(settings("preferred_username", "agency", "roles"));

		assertThatThrownBy(() -> claims.convert(jwt(b -> b.subject("wang.wu").claim("roles", List.of("CLERK")))))
			.isInstanceOf(InvalidBearerTokenException.class)
			.hasMessageContaining("agency");
	}

	private static SecuritySettings settings(String username, String agency, String roles) {
		return new SecuritySettings(4, new SecuritySettings.Password(8, 3),
				new SecuritySettings.SignIn(5, Duration.ofMinutes(15), 30, Duration.ofMinutes(15), 1000),
				new SecuritySettings.Tokens(Duration.ofMinutes(15), "ogi-api", username, agency, roles, "name"),
				new SecuritySettings.BasicCredentials(Duration.ofSeconds(60), 100));
	}

	private static Jwt jwt(java.util.function.Consumer<Jwt.Builder> claims) {
		var builder = Jwt.withTokenValue("token").header("alg", "RS256").issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60));
		claims.accept(builder);
		return builder.build();
	}
}
