package ogi.casework.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import ogi.casework.shared.InvalidInput;

/**
 * Creates the first agency and its administrator {@code admin} — who is also the platform administrator, to add the
 * other agencies — on an empty production database; the password must meet the password rules. From
 * {@code ogi.bootstrap.agency-code}, {@code ogi.bootstrap.agency-name} and {@code ogi.bootstrap.admin-password}.
 */
@Component
@ConditionalOnProperty("ogi.bootstrap.admin-password")
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final AccountManagement accounts;

	private final Bootstrap bootstrap;

	private final SecuritySettings settings;

	InitialAdministrator(AccountManagement accounts, Bootstrap bootstrap, SecuritySettings settings) {
		this.accounts = accounts;
		this.bootstrap = bootstrap;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!accounts.agencies().isEmpty()) {
			return;
		}
		var weak = new PasswordPolicy(settings.password()).check("ogi.bootstrap.admin-password",
				bootstrap.adminPassword(), "admin");
		if (!weak.isEmpty()) {
			throw new IllegalStateException("OGI_BOOTSTRAP_ADMIN_PASSWORD breaks the password rules: "
					+ weak.stream().map(InvalidInput.FieldViolation::message).toList());
		}
		accounts.createAgency(bootstrap.agencyCode(), bootstrap.agencyName());
		accounts.createUser("admin", bootstrap.adminPassword(), "管理员 Administrator", bootstrap.agencyCode(),
				Role.ADMIN, Role.PLATFORM_ADMIN);
		log.info("Created agency {} and 'admin', its administrator and the platform administrator",
				bootstrap.agencyCode());
	}

	/** The first agency and its administrator's password. */
	@ConfigurationProperties("ogi.bootstrap")
	record Bootstrap(String agencyCode, String agencyName, String adminPassword) {
	}
}
