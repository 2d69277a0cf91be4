package ogi.casework.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.shared.InvalidInput;

/** Creates and finds agencies and user accounts. */
@Service
public class AccountManagement {

	/** The shortest password an administrator may give a new user. */
	static final int MIN_PASSWORD_LENGTH = 8;

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	AccountManagement(Accounts accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional
	public Agency createAgency(String code, String name) {
		if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,31}")) {
			throw InvalidInput.of("code", "pattern", "An agency code is 2–32 upper-case letters, digits or _");
		}
		if (accounts.findAgency(code).isPresent()) {
			throw InvalidInput.of("code", "unique", "Agency " + code + " exists already");
		}
		var agency = new Agency(code, name);
		accounts.insertAgency(agency);
		return agency;
	}

	@Transactional
	public CurrentUser createUser(String username, String rawPassword, String displayName, String agencyCode,
			Role... roles) {
		if (accounts.findAgency(agencyCode).isEmpty()) {
			throw InvalidInput.of("agencyCode", "exists", "No agency " + agencyCode);
		}
		if (accounts.findByUsername(username).isPresent()) {
			throw InvalidInput.of("username", "unique", "User " + username + " exists already");
		}
		accounts.insert(new Account(username, passwordEncoder.encode(rawPassword), displayName, agencyCode, true));
		Arrays.stream(roles).distinct().forEach(role -> accounts.insertRole(username, role.name()));
		return new CurrentUser(username, displayName, agencyCode, Set.of(roles));
	}

	@Transactional(readOnly = true)
	public Optional<CurrentUser> findUser(String username) {
		return accounts.findByUsername(username).map(account -> new CurrentUser(account.username(),
				account.displayName(), account.agencyCode(), rolesOf(username)));
	}

	@Transactional(readOnly = true)
	public Optional<Agency> findAgency(String code) {
		return accounts.findAgency(code);
	}

	@Transactional(readOnly = true)
	public List<Agency> agencies() {
		return accounts.agencies();
	}

	/**
	 * Makes {@code departmentCode} a department of the government {@code governmentCode}, whose annual report
	 * aggregates its departments; one level only: a government is no department, a department no government.
	 */
	@Transactional
	public void assignToGovernment(String departmentCode, String governmentCode) {
		if (accounts.findAgency(departmentCode).isEmpty()) {
			throw InvalidInput.of("departmentCode", "exists", "No agency " + departmentCode);
		}
		if (accounts.findAgency(governmentCode).isEmpty()) {
			throw InvalidInput.of("governmentCode", "exists", "No agency " + governmentCode);
		}
		if (departmentCode.equals(governmentCode) || accounts.parentOf(governmentCode).isPresent()
				|| !accounts.departmentsOf(departmentCode).isEmpty()) {
			throw InvalidInput.of("governmentCode", "oneLevel",
					"A government's departments are agencies without departments of their own, and a government belongs to none");
		}
		accounts.updateParent(departmentCode, governmentCode);
	}

	/** The departments of the government {@code governmentCode} (empty for an agency that is no government). */
	@Transactional(readOnly = true)
	public List<Agency> departmentsOf(String governmentCode) {
		return accounts.departmentsOf(governmentCode);
	}

	/** The users of the administrator's own agency with their roles; administrators only. */
	@Transactional(readOnly = true)
	public List<CurrentUser> usersOf(CurrentUser admin) {
		requireAdministrator(admin);
		return accounts.usersOf(admin.agencyCode()).stream().map(account -> new CurrentUser(account.username(),
				account.displayName(), account.agencyCode(), rolesOf(account.username()))).toList();
	}

	/** An administrator adds a user with the given roles to their own agency. */
	@Transactional
	public CurrentUser addUser(String username, String rawPassword, String displayName, Set<Role> roles,
			CurrentUser admin) {
		requireAdministrator(admin);
		List<InvalidInput.FieldViolation> violations = new java.util.ArrayList<>();
		if (username == null || !username.matches("[a-z][a-z0-9._-]{1,63}")) {
			violations.add(new InvalidInput.FieldViolation("username", "pattern",
					"A user name is 2–64 lower-case letters, digits, '.', '_' or '-', starting with a letter"));
		}
		if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
			violations.add(new InvalidInput.FieldViolation("password", "length",
					"A password has at least " + MIN_PASSWORD_LENGTH + " characters"));
		}
		if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
			violations.add(new InvalidInput.FieldViolation("displayName", "required", "Give the user's name (≤ 200)"));
		}
		if (roles == null || roles.isEmpty()) {
			violations.add(new InvalidInput.FieldViolation("roles", "required", "Give the user at least one role"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		return createUser(username, rawPassword, displayName.strip(), admin.agencyCode(), roles.toArray(Role[]::new));
	}

	/** An administrator registers another agency (tenant). */
	@Transactional
	public Agency addAgency(String code, String name, CurrentUser admin) {
		requireAdministrator(admin);
		if (name == null || name.isBlank() || name.length() > 200) {
			throw InvalidInput.of("name", "required", "Give the agency's name (≤ 200 characters)");
		}
		return createAgency(code, name.strip());
	}

	private static void requireAdministrator(CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			throw new org.springframework.security.access.AccessDeniedException("agencies and users are managed by administrators");
		}
	}

	Set<Role> rolesOf(String username) {
		return accounts.rolesOf(username).stream().map(Role::valueOf).collect(Collectors.toSet());
	}
}
