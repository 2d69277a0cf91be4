package ogi.casework.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Creates the first agency and its administrator on an empty production database, from
 * {@code ogi.bootstrap.agency-code}, {@code ogi.bootstrap.agency-name} and {@code ogi.bootstrap.admin-password}.
 */
@Component
@ConditionalOnProperty("ogi.bootstrap.admin-password")
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final AccountManagement accounts;

	private final Bootstrap bootstrap;

	InitialAdministrator(AccountManagement accounts, Bootstrap bootstrap) {
		this.accounts = accounts;
		this.bootstrap = bootstrap;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!accounts.agencies().isEmpty()) {
			return;
		}
		accounts.createAgency(bootstrap.agencyCode(), bootstrap.agencyName());
		accounts.createUser("admin", bootstrap.adminPassword(), "管理员 Administrator", bootstrap.agencyCode(),
				Role.ADMIN);
		log.info("Created agency {} and its administrator 'admin'", bootstrap.agencyCode());
	}

	/** The first agency and its administrator's password. */
	@ConfigurationProperties("ogi.bootstrap")
	record Bootstrap(String agencyCode, String agencyName, String adminPassword) {
	}
}
