package ogi.casework.accounts;

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

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountManagement accounts;

	DemoData(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.findAgency(DEMO_AGENCY).isEmpty()) {
			accounts.createAgency(DEMO_AGENCY, "示范区人民政府办公室 (demo agency)");
			accounts.createUser("clerk", "clerk", "登记员 Clerk", DEMO_AGENCY, Role.CLERK);
			accounts.createUser("handler", "handler", "承办人 Handler", DEMO_AGENCY, Role.HANDLER);
			accounts.createUser("reviewer", "reviewer", "审核人 Reviewer", DEMO_AGENCY, Role.REVIEWER);
			accounts.createUser("head", "head", "负责人 Office head", DEMO_AGENCY, Role.HEAD);
			accounts.createUser("legal", "legal", "法制员 Legal", DEMO_AGENCY, Role.LEGAL);
			accounts.createUser("admin", "admin", "管理员 Administrator", DEMO_AGENCY, Role.ADMIN);
		}
		if (accounts.findUser("platform").isEmpty()) {
			accounts.createUser("platform", "platform", "平台管理员 Platform administrator", DEMO_AGENCY,
					Role.PLATFORM_ADMIN);
		}
		log.info("Demo users (password = user name): clerk, handler, reviewer, head, legal, admin, platform — "
				+ "API docs at /swagger-ui.html, API with HTTP Basic under /api");
	}
}
