package ogi.casework.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.shared.AdministrationEvent;
import ogi.casework.shared.AdministrationEvent.Action;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.ReadsOnly;

/**
 * Agencies and user accounts, on two levels of administration: a platform administrator ({@link Role#PLATFORM_ADMIN})
 * adds agencies and their administrators; an agency administrator ({@link Role#ADMIN}) adds, disables, re-enables,
 * re-roles and resets the passwords of their own agency's users. Each act is published as an
 * {@link AdministrationEvent} for the administration audit trail.
 */
@Service
public class AccountManagement {

	/** Agency codes: 2–32 upper-case letters, digits or _, starting with a letter. */
	static final String AGENCY_CODE = "[A-Z][A-Z0-9_]{1,31}";

	/** User names: 2–64 lower-case letters, digits, '.', '_' or '-', starting with a letter. */
	static final String USERNAME = "[a-z][a-z0-9._-]{1,63}";

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final SignInThrottle throttle;

	private final UserSessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountManagement(Accounts accounts, PasswordEncoder passwordEncoder, SecuritySettings settings,
			SignInThrottle throttle, UserSessions sessions, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = new PasswordPolicy(settings.password());
		this.throttle = throttle;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/** Creates an agency as set-up code does (demo data, the first start, tests); not audited, no role check. */
	@Transactional
	public Agency createAgency(String code, String name) {
		if (code == null || !code.matches(AGENCY_CODE)) {
			throw InvalidInput.of("code", "pattern", "An agency code is 2–32 upper-case letters, digits or _");
		}
		if (accounts.findAgency(code).isPresent()) {
			throw InvalidInput.of("code", "unique", "Agency " + code + " exists already");
		}
		var agency = new Agency(code, name);
		accounts.insertAgency(agency);
		return agency;
	}

	/** Creates a user as set-up code does (demo data, the first start, tests); no password rule, not audited. */
	@Transactional
	public CurrentUser createUser(String username, String rawPassword, String displayName, String agencyCode,
			Role... roles) {
		return createUserWithPasswordHash(username, passwordEncoder.encode(rawPassword), displayName, agencyCode,
				roles);
	}

	/** The same with a password already hashed by this application's encoder (the demo users' known hashes). */
	@Transactional
	CurrentUser createUserWithPasswordHash(String username, String passwordHash, String displayName,
			String agencyCode, Role... roles) {
		if (accounts.findAgency(agencyCode).isEmpty()) {
			throw InvalidInput.of("agencyCode", "exists", "No agency " + agencyCode);
		}
		if (accounts.findByUsername(username).isPresent()) {
			throw InvalidInput.of("username", "unique", "User " + username + " exists already");
		}
		accounts.insert(new Account(username, passwordHash, displayName, agencyCode, true));
		Arrays.stream(roles).distinct().forEach(role -> accounts.insertRole(username, role.name()));
		return new CurrentUser(username, displayName, agencyCode, Set.of(roles));
	}

	@ReadsOnly
	public Optional<CurrentUser> findUser(String username) {
		return accounts.findByUsername(username).map(account -> new CurrentUser(account.username(),
				account.displayName(), account.agencyCode(), rolesOf(username)));
	}

	@ReadsOnly
	public Optional<Agency> findAgency(String code) {
		return accounts.findAgency(code);
	}

	@ReadsOnly
	public List<Agency> agencies() {
		return accounts.agencies();
	}

	/**
	 * The agencies where an enabled platform administrator sits: where a message for the platform's administrators
	 * ({@code role:PLATFORM_ADMIN}) reaches them, since messages are kept per agency.
	 */
	@ReadsOnly
	public List<String> platformAdministratorAgencies() {
		return accounts.usersWithRole(Role.PLATFORM_ADMIN.name()).stream().filter(Account::enabled)
			.map(Account::agencyCode).distinct().toList();
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
	@ReadsOnly
	public List<Agency> departmentsOf(String governmentCode) {
		return accounts.departmentsOf(governmentCode);
	}

	/**
	 * The users an administrator manages: an agency administrator, the users of their own agency (platform
	 * administrators excepted); a platform administrator, the administrators of every agency.
	 */
	@ReadsOnly
	public List<UserAccount> usersOf(CurrentUser admin) {
		requireAnyAdministrator(admin);
		var users = new java.util.LinkedHashMap<String, UserAccount>();
		if (admin.has(Role.ADMIN)) {
			accounts.usersOf(admin.agencyCode()).stream().map(this::view)
				.filter(user -> !user.has(Role.PLATFORM_ADMIN) || user.username().equals(admin.username()))
				.forEach(user -> users.put(user.username(), user));
		}
		if (admin.has(Role.PLATFORM_ADMIN)) {
			accounts.usersWithRole(Role.ADMIN.name()).stream().map(this::view)
				.forEach(user -> users.putIfAbsent(user.username(), user));
		}
		return List.copyOf(users.values());
	}

	/** The agencies the user may see: every agency for a platform administrator, else their own. */
	@ReadsOnly
	public List<Agency> agenciesFor(CurrentUser user) {
		if (user.has(Role.PLATFORM_ADMIN)) {
			return accounts.agencies();
		}
		return accounts.findAgency(user.agencyCode()).map(List::of).orElse(List.of());
	}

	/** An agency administrator adds a user with the given roles to their own agency. */
	@Transactional
	public UserAccount addUser(String username, String rawPassword, String displayName, Set<Role> roles,
			CurrentUser admin) {
		requireRole(admin, Role.ADMIN, "an agency's users are added by its administrators");
		List<InvalidInput.FieldViolation> violations = new ArrayList<>();
		checkNewUser("", username, rawPassword, displayName, violations);
		if (roles == null || roles.isEmpty()) {
			violations.add(new InvalidInput.FieldViolation("roles", "required", "Give the user at least one role"));
		}
		else if (roles.contains(Role.PLATFORM_ADMIN)) {
			violations.add(new InvalidInput.FieldViolation("roles", "agencyRoles",
					"An agency administrator gives agency roles only; platform administrators are not an agency's users"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		createUser(username, rawPassword, displayName.strip(), admin.agencyCode(), roles.toArray(Role[]::new));
		publish(Action.USER_CREATED, admin, admin.agencyCode(), username, "roles " + new java.util.TreeSet<>(roles));
		return view(accounts.findByUsername(username).orElseThrow());
	}

	/**
	 * A platform administrator registers an agency (tenant) together with its first administrator, who then adds the
	 * agency's users.
	 */
	@Transactional
	public Agency addAgency(String code, String name, NewAdministrator administrator, CurrentUser platformAdmin) {
		requireRole(platformAdmin, Role.PLATFORM_ADMIN, "agencies are added by platform administrators");
		List<InvalidInput.FieldViolation> violations = new ArrayList<>();
		if (code == null || !code.matches(AGENCY_CODE)) {
			violations.add(new InvalidInput.FieldViolation("code", "pattern",
					"An agency code is 2–32 upper-case letters, digits or _"));
		}
		else if (accounts.findAgency(code).isPresent()) {
			violations.add(new InvalidInput.FieldViolation("code", "unique", "Agency " + code + " exists already"));
		}
		if (name == null || name.isBlank() || name.strip().length() > 200) {
			violations.add(new InvalidInput.FieldViolation("name", "required", "Give the agency's name (≤ 200 characters)"));
		}
		if (administrator == null) {
			violations.add(new InvalidInput.FieldViolation("administrator", "required",
					"Give the agency's first administrator"));
		}
		else {
			checkNewUser("administrator.", administrator.username(), administrator.password(),
					administrator.displayName(), violations);
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		var agency = createAgency(code, name.strip());
		publish(Action.AGENCY_CREATED, platformAdmin, code, code, name.strip());
		createUser(administrator.username(), administrator.password(), administrator.displayName().strip(), code,
				Role.ADMIN);
		publish(Action.USER_CREATED, platformAdmin, code, administrator.username(), "roles [ADMIN]");
		return agency;
	}

	/** A platform administrator adds another administrator to an agency (say, when its only one has left). */
	@Transactional
	public UserAccount addAdministrator(String agencyCode, NewAdministrator administrator, CurrentUser platformAdmin) {
		requireRole(platformAdmin, Role.PLATFORM_ADMIN, "agencies' administrators are added by platform administrators");
		if (agencyCode == null || accounts.findAgency(agencyCode).isEmpty()) {
			throw new NotFound("No agency " + agencyCode);
		}
		List<InvalidInput.FieldViolation> violations = new ArrayList<>();
		checkNewUser("", administrator.username(), administrator.password(), administrator.displayName(), violations);
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		createUser(administrator.username(), administrator.password(), administrator.displayName().strip(), agencyCode,
				Role.ADMIN);
		publish(Action.USER_CREATED, platformAdmin, agencyCode, administrator.username(), "roles [ADMIN]");
		return view(accounts.findByUsername(administrator.username()).orElseThrow());
	}

	/** Stops a user from signing in (their open sessions end); their records and history stay. */
	@Transactional
	public UserAccount disable(String username, CurrentUser admin) {
		Account account = managed(username, admin, false);
		if (account.username().equals(admin.username())) {
			throw InvalidInput.of("username", "notSelf", "Administrators cannot disable themselves");
		}
		accounts.updateEnabled(account.username(), false);
		sessions.endAfterCommit(account.username());
		publish(Action.USER_DISABLED, admin, account.agencyCode(), account.username(), null);
		return view(accounts.findByUsername(account.username()).orElseThrow());
	}

	/** Lets a disabled user sign in again. */
	@Transactional
	public UserAccount enable(String username, CurrentUser admin) {
		Account account = managed(username, admin, false);
		accounts.updateEnabled(account.username(), true);
		throttle.forget(account.username());
		publish(Action.USER_ENABLED, admin, account.agencyCode(), account.username(), null);
		return view(accounts.findByUsername(account.username()).orElseThrow());
	}

	/** Sets a new password (the administrator hands it over); the user's sessions end and a lockout is lifted. */
	@Transactional
	public UserAccount resetPassword(String username, String rawPassword, CurrentUser admin) {
		Account account = managed(username, admin, false);
		var violations = passwordPolicy.check("password", rawPassword, account.username());
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		accounts.updatePassword(account.username(), passwordEncoder.encode(rawPassword));
		sessions.endAfterCommit(account.username());
		throttle.forget(account.username());
		publish(Action.PASSWORD_RESET, admin, account.agencyCode(), account.username(), null);
		return view(accounts.findByUsername(account.username()).orElseThrow());
	}

	/** An agency administrator gives a user of their agency new roles (the user's sessions end). */
	@Transactional
	public UserAccount changeRoles(String username, Set<Role> roles, CurrentUser admin) {
		Account account = managed(username, admin, true);
		if (roles == null || roles.isEmpty()) {
			throw InvalidInput.of("roles", "required", "Give the user at least one role (or disable the user)");
		}
		if (roles.contains(Role.PLATFORM_ADMIN)) {
			throw InvalidInput.of("roles", "agencyRoles", "An agency administrator gives agency roles only");
		}
		if (account.username().equals(admin.username()) && !roles.contains(Role.ADMIN)) {
			throw InvalidInput.of("roles", "keepOwnAdministration",
					"Administrators cannot take their own administrator role away; another administrator can");
		}
		Set<Role> before = rolesOf(account.username());
		accounts.deleteRoles(account.username());
		roles.stream().sorted().forEach(role -> accounts.insertRole(account.username(), role.name()));
		if (before.contains(Role.PLATFORM_ADMIN)) {
			accounts.insertRole(account.username(), Role.PLATFORM_ADMIN.name());
		}
		sessions.endAfterCommit(account.username());
		publish(Action.ROLES_CHANGED, admin, account.agencyCode(), account.username(),
				new java.util.TreeSet<>(before) + " → " + new java.util.TreeSet<>(roles));
		return view(accounts.findByUsername(account.username()).orElseThrow());
	}

	/**
	 * The account {@code username} if {@code admin} manages it: an agency administrator manages the users of their
	 * agency (not platform administrators); a platform administrator manages agencies' administrators, except their
	 * roles. Anyone else's account is not found, so its existence does not leak.
	 */
	private Account managed(String username, CurrentUser admin, boolean roles) {
		requireAnyAdministrator(admin);
		var account = username == null ? java.util.Optional.<Account>empty() : accounts.findByUsername(username);
		if (account.isPresent()) {
			Set<Role> held = rolesOf(account.get().username());
			boolean agencyAdmin = admin.has(Role.ADMIN) && account.get().agencyCode().equals(admin.agencyCode())
					&& (!held.contains(Role.PLATFORM_ADMIN) || account.get().username().equals(admin.username()));
			boolean platformAdmin = !roles && admin.has(Role.PLATFORM_ADMIN) && held.contains(Role.ADMIN);
			if (agencyAdmin || platformAdmin) {
				return account.get();
			}
		}
		throw new NotFound("No user " + username + " that you administer");
	}

	private void checkNewUser(String prefix, String username, String rawPassword, String displayName,
			List<InvalidInput.FieldViolation> violations) {
		if (username == null || !username.matches(USERNAME)) {
			violations.add(new InvalidInput.FieldViolation(prefix + "username", "pattern",
					"A user name is 2–64 lower-case letters, digits, '.', '_' or '-', starting with a letter"));
		}
		else if (accounts.findByUsername(username).isPresent()) {
			violations.add(new InvalidInput.FieldViolation(prefix + "username", "unique",
					"User " + username + " exists already"));
		}
		violations.addAll(passwordPolicy.check(prefix + "password", rawPassword, username));
		if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
			violations.add(new InvalidInput.FieldViolation(prefix + "displayName", "required",
					"Give the user's name (≤ 200 characters)"));
		}
	}

	private void publish(Action action, CurrentUser actor, String agencyCode, String subject, String detail) {
		events.publishEvent(new AdministrationEvent(action, actor.username(), actor.agencyCode(), agencyCode, subject,
				detail, clock.instant()));
	}

	private UserAccount view(Account account) {
		return new UserAccount(account.username(), account.displayName(), account.agencyCode(),
				rolesOf(account.username()), account.enabled());
	}

	private static void requireRole(CurrentUser user, Role role, String rule) {
		if (!user.has(role)) {
			throw new AccessDeniedException(rule);
		}
	}

	private static void requireAnyAdministrator(CurrentUser user) {
		if (!user.has(Role.ADMIN) && !user.has(Role.PLATFORM_ADMIN)) {
			throw new AccessDeniedException("agencies and users are managed by administrators");
		}
	}

	/** An agency's first (or another) administrator as a platform administrator gives them. */
	public record NewAdministrator(String username, String password, String displayName) {
	}

	Set<Role> rolesOf(String username) {
		return accounts.rolesOf(username).stream().map(Role::valueOf).collect(Collectors.toSet());
	}
}
