package ogi.casework.accounts;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.shared.InvalidInput;

/**
 * Agencies and users on two levels: platform administrators add agencies with their first administrator; an agency's
 * administrators add, disable, re-enable, re-role and reset its users. Each act is in the administration audit trail
 * ({@code GET /api/admin/audit}).
 */
@RestController
@Tag(name = "Administration", description = "Agencies, users, roles and the administration audit trail")
class AccountController {

	private final AccountManagement accounts;

	AccountController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/agencies")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The agencies you may see: every agency for a platform administrator, else your own")
	List<Agency> agencies(CurrentUser user) {
		return accounts.agenciesFor(user);
	}

	@PostMapping("/api/agencies")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	@Operation(summary = "Add an agency (tenant) with its first administrator (platform administrator)")
	Agency addAgency(@RequestBody NewAgency agency, CurrentUser platformAdmin) {
		return accounts.addAgency(agency.code(), agency.name(), agency.administrator(), platformAdmin);
	}

	@PostMapping("/api/agencies/{agencyCode}/administrators")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	@Operation(summary = "Add another administrator to an agency (platform administrator)")
	UserAccount addAdministrator(@PathVariable String agencyCode,
			@RequestBody AccountManagement.NewAdministrator administrator, CurrentUser platformAdmin) {
		return accounts.addAdministrator(agencyCode, administrator, platformAdmin);
	}

	@GetMapping("/api/users")
	@PreAuthorize("hasAnyRole('ADMIN', 'PLATFORM_ADMIN')")
	@Operation(summary = "The users you administer: your agency's (agency administrator), every agency's administrators (platform administrator)")
	List<UserAccount> users(CurrentUser admin) {
		return accounts.usersOf(admin);
	}

	@PostMapping("/api/users")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Add a user with roles to your agency; the password must meet the password rules")
	UserAccount addUser(@RequestBody NewUser user, CurrentUser admin) {
		return accounts.addUser(user.username(), user.password(), user.displayName(), user.roles(), admin);
	}

	@PutMapping("/api/users/{username}/status")
	@PreAuthorize("hasAnyRole('ADMIN', 'PLATFORM_ADMIN')")
	@Operation(summary = "Disable a user (enabled false: no sign-in, open sessions end) or enable them again")
	UserAccount status(@PathVariable String username, @RequestBody Status status, CurrentUser admin) {
		if (status.enabled() == null) {
			throw InvalidInput.of("enabled", "required", "enabled: true or false");
		}
		return status.enabled() ? accounts.enable(username, admin) : accounts.disable(username, admin);
	}

	@PutMapping("/api/users/{username}/password")
	@PreAuthorize("hasAnyRole('ADMIN', 'PLATFORM_ADMIN')")
	@Operation(summary = "Set a new password for a user (it ends their sessions and lifts a sign-in lockout)")
	UserAccount password(@PathVariable String username, @RequestBody NewPassword password, CurrentUser admin) {
		return accounts.resetPassword(username, password.password(), admin);
	}

	@PutMapping("/api/users/{username}/roles")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Give a user of your agency other roles (it ends their sessions)")
	UserAccount roles(@PathVariable String username, @RequestBody Roles roles, CurrentUser admin) {
		return accounts.changeRoles(username, roles.roles(), admin);
	}

	/** A new agency and its first administrator. */
	record NewAgency(String code, String name, AccountManagement.NewAdministrator administrator) {
	}

	/** A new user of the administrator's agency. */
	record NewUser(String username, String password, String displayName, Set<Role> roles) {
	}

	/** Whether the user may sign in. */
	record Status(Boolean enabled) {
	}

	/** A new password. */
	record NewPassword(String password) {
	}

	/** The user's roles from now on. */
	record Roles(Set<Role> roles) {
	}
}
