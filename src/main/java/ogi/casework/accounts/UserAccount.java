package ogi.casework.accounts;

import java.util.Set;

/** A user as administrators see it: who, which agency, which roles, and whether they may sign in. */
public record UserAccount(String username, String displayName, String agencyCode, Set<Role> roles, boolean enabled) {

	public UserAccount {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}
}
