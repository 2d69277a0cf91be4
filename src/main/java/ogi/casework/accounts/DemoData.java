package ogi.casework.accounts;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo agency and one user per role, password = user name; only in the {@code demo} profile, which
 * {@link DemoDatabaseGuard} allows on an embedded database only.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	static final String DEMO_AGENCY = "DEMO";

	/**
	 * The BCrypt work factor of {@link #PASSWORD_HASHES}: the production default
	 * ({@link SecuritySettings#bcryptStrength()}).
	 */
	static final int HASHED_AT_STRENGTH = 10;

	/**
	 * Each demo user's password (= the user name) hashed once at {@link #HASHED_AT_STRENGTH}: the first start of
	 * the demo would otherwise spend seven BCrypt hashes — about 1.5 s of a cold JVM's start on two cores — on
	 * passwords everyone knows. Under any other work factor (tests) the passwords are hashed as usual.
	 */
	static final Map<String, String> PASSWORD_HASHES = Map.ofEntries(
			Map.entry("clerk", "$2a$10$HgFTraC.RN2mbcuo4MBZ9u0iN1.3WayBGF2ZQEdWDqLSTIiTxy9fq"),
			Map.entry("handler", "$2a$10$/tvQSkq3pI/5/CcDrKMBd.9lzSyCf17qpP/Zy/DXMaWSvS8HpHD8G"),
			Map.entry("reviewer", "$2a$10$m/fe1PGZAeBhBJ4TSpoDOO/yIP1Rcvof5bCjR5C1GRF8FrAcvNrWK"),
			Map.entry("head", "$2a$10$tIpcaMnwUSyNJJR7G3005uqz5p/PyXkpmw/FyGHJ6TizIQvO45Qla"),
			Map.entry("legal", "$2a$10$jjJ66DRESrsvUO3CrGndK.hSM3MRtoZLB2gH5ES3HSetzQMcSo8Ae"),
			Map.entry("admin", "$2a$10$omo9klKumiCqgB15SR7vYeSW84rce9ecwEi2zTFi37zDdrTjN355m"),
			Map.entry("platform", "$2a$10$J/UEC8S3sLxrwphe5y0qeOyuaFY8Um352ZLjYz9Uxrz8UlwTpPhZy"));

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountManagement accounts;

	private final boolean useKnownHashes;

	DemoData(AccountManagement accounts, SecuritySettings settings) {
		this.accounts = accounts;
		this.useKnownHashes = settings.bcryptStrength() == HASHED_AT_STRENGTH;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.findAgency(DEMO_AGENCY).isEmpty()) {
			accounts.createAgency(DEMO_AGENCY, "示范区人民政府办公室 (demo agency)");
			create("clerk", "登记员 Clerk", Role.CLERK);
			create("handler", "承办人 Handler", Role.HANDLER);
			create("reviewer", "审核人 Reviewer", Role.REVIEWER);
			create("head", "负责人 Office head", Role.HEAD);
			create("legal", "法制员 Legal", Role.LEGAL);
			create("admin", "管理员 Administrator", Role.ADMIN);
		}
		if (accounts.findUser("platform").isEmpty()) {
			create("platform", "平台管理员 Platform administrator", Role.PLATFORM_ADMIN);
		}
		log.info("Demo users (password = user name): clerk, handler, reviewer, head, legal, admin, platform — "
				+ "API docs at /swagger-ui.html, API with HTTP Basic under /api");
	}

	private void create(String username, String displayName, Role role) {
		if (useKnownHashes) {
			accounts.createUserWithPasswordHash(username, PASSWORD_HASHES.get(username), displayName, DEMO_AGENCY,
					role);
		}
		else {
			accounts.createUser(username, username, displayName, DEMO_AGENCY, role);
		}
	}
}
