package ogi.casework.accounts;

import java.util.Set;

/**
 * The signed-in user as every module sees it: who, which agency (tenant) and which roles.
 */
public record CurrentUser(String username, String displayName, String agencyCode, Set<Role> roles)
		implements java.io.Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Whether the user's work needs applicants' personal data in full ({@link Role#PERSONAL_DATA}). */
	public boolean seesPersonalData() {
		return Role.PERSONAL_DATA.stream().anyMatch(roles::contains);
	}
}
