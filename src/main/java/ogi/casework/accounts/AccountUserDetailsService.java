package ogi.casework.accounts;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads our accounts for Spring Security, so that Flowable's IDM-backed user service is not used. */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	private final AccountManagement management;

	AccountUserDetailsService(Accounts accounts, AccountManagement management) {
		this.accounts = accounts;
		this.management = management;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var account = accounts.findByUsername(username)
				.orElseThrow(() -> new UsernameNotFoundException("No user " + username));
		var roles = management.rolesOf(username);
		return new AccountDetails(account, new CurrentUser(account.username(), account.displayName(),
				account.agencyCode(), roles),
				roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
	}

	/** Spring Security's view of an account, carrying the {@link CurrentUser}. */
	static final class AccountDetails extends org.springframework.security.core.userdetails.User {

		private final CurrentUser user;

		AccountDetails(Account account, CurrentUser user,
				java.util.Collection<? extends org.springframework.security.core.GrantedAuthority> authorities) {
			super(account.username(), account.passwordHash(), account.enabled(), true, true, true, authorities);
			this.user = user;
		}

		CurrentUser user() {
			return user;
		}
	}
}
