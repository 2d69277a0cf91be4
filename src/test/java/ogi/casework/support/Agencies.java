package ogi.casework.support;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;

/**
 * Two agencies, ALPHA and BETA, each with one user per role (password {@value #PASSWORD}); ALPHA also has a user who
 * is both handler and reviewer, to test the separation of duties.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Agencies {

	public static final String PASSWORD = "secret";

	public static final String ALPHA = "ALPHA";

	public static final String BETA = "BETA";

	@Bean
	ApplicationRunner createAgencies(AccountManagement accounts) {
		return args -> {
			if (accounts.findAgency(ALPHA).isPresent()) {
				return;
			}
			for (String agency : new String[] { ALPHA, BETA }) {
				accounts.createAgency(agency, agency + " 区人民政府办公室");
				for (Role role : Role.values()) {
					accounts.createUser(username(agency, role), PASSWORD, agency + " " + role, agency, role);
				}
			}
			accounts.createUser("alpha-handler-reviewer", PASSWORD, "ALPHA 承办兼审核人", ALPHA, Role.HANDLER,
					Role.REVIEWER);
		};
	}

	public static String username(String agency, Role role) {
		return agency.toLowerCase() + "-" + role.name().toLowerCase();
	}

	/** The user as the domain sees it, for tests that call module APIs directly. */
	public static CurrentUser user(String agency, Role role) {
		return new CurrentUser(username(agency, role), agency + " " + role, agency, java.util.Set.of(role));
	}
}
