package ogi.casework.accounts;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A call made with a bearer token: the token, and the {@link CurrentUser} its claims name ({@link TokenClaims}). */
final class AccountToken extends JwtAuthenticationToken {

	private final CurrentUser user;

	AccountToken(Jwt jwt, CurrentUser user, Collection<? extends GrantedAuthority> authorities) {
		super(jwt, authorities, user.username());
		this.user = user;
	}

	CurrentUser user() {
		return user;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountToken token && super.equals(token) && user.equals(token.user);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + user.hashCode();
	}
}
