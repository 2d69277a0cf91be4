package ogi.casework.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Reads who is calling from a validated bearer token, without asking the database: the user name, agency and roles
 * are claims, named by {@code ogi.security.tokens.*-claim} so that an external OIDC provider's tokens map onto our
 * users — {@code preferred_username} (else {@code sub}), {@code agency}, {@code roles} (a list of {@link Role} names,
 * or one string separated by spaces or commas; other values are ignored) and {@code name}. The embedded issuer writes
 * the same claims ({@link ApiTokens}). A token without a user name or agency is refused (401).
 */
@Component
class TokenClaims implements Converter<Jwt, AbstractAuthenticationToken> {

	private final SecuritySettings.Tokens settings;

	TokenClaims(SecuritySettings settings) {
		this.settings = settings.tokens();
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String username = jwt.getClaimAsString(settings.usernameClaim());
		if (username == null || username.isBlank()) {
			username = jwt.getSubject();
		}
		String agency = jwt.getClaimAsString(settings.agencyClaim());
		if (username == null || username.isBlank() || agency == null || agency.isBlank()) {
			throw new InvalidBearerTokenException("The token names no user (" + settings.usernameClaim()
					+ ") or no agency (" + settings.agencyClaim() + ")");
		}
		Set<Role> roles = roles(jwt.getClaim(settings.rolesClaim()));
		String name = jwt.getClaimAsString(settings.nameClaim());
		var user = new CurrentUser(username, name == null || name.isBlank() ? username : name, agency, roles);
		return new AccountToken(jwt, user,
				roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
	}

	/** Refuses a token whose audience ({@code aud}) does not include {@code audience}: it is meant for another API. */
	static OAuth2TokenValidator<Jwt> forThisApi(String audience) {
		return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
				? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
						"The token is not meant for this API (aud " + audience + ")", null));
	}

	private static Set<Role> roles(Object claim) {
		List<String> values = new ArrayList<>();
		if (claim instanceof Collection<?> list) {
			list.forEach(value -> values.add(String.valueOf(value)));
		}
		else if (claim instanceof String text) {
			values.addAll(List.of(text.split("[\\s,]+")));
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String value : values) {
			String name = value.strip().toUpperCase(java.util.Locale.ROOT);
			if (name.startsWith("ROLE_")) {
				name = name.substring(5);
			}
			for (Role role : Role.values()) {
				if (role.name().equals(name)) {
					roles.add(role);
				}
			}
		}
		return roles;
	}
}
