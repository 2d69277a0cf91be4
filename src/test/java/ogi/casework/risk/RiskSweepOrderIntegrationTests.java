package ogi.casework.risk;

import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.Role;
import ogi.casework.casework.Forms;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * The daily risk sweep walks every watched case and every case the ledger has running work for, in the database's key
 * order. Agency codes may hold '_', which MySQL's and MariaDB's collations sort before letters and Java sorts after
 * capitals: a sweep that merged the two in Java's order and went on in the database's skipped, night after night, a
 * watched case of RSK_A whose periods had ended once a lost case of RSKB came first in Java's order (fails so).
 */
@CaseworkIntegrationTest
class RiskSweepOrderIntegrationTests {

	/** RSK_A before RSKB in the database (utf8mb4_unicode_ci), after it in Java ('_' is 0x5F, 'B' 0x42). */
	static final String UNDERSCORED = "RSK_A";

	static final String LETTERED = "RSKB";

	@Autowired
	AccountManagement accounts;

	@Autowired
	Cases cases;

	@Autowired
	RiskManagement risks;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyCaseIsAssessedWhateverTheCollationMakesOfItsAgencyCode() {
		assertThat(UNDERSCORED.compareTo(LETTERED)).as("Java's order").isPositive();
		clock.setTo(LocalDate.of(2026, 11, 2));
		String watched = acceptedCaseOf(UNDERSCORED);
		String lost = acceptedCaseOf(LETTERED);
		// the read model lost one case (a failed refresh); the ledger still has its running reply period
		jdbc.update("delete from risk_reason where agency_code = ? and case_number = ?", LETTERED, lost);
		jdbc.update("delete from risk_assessment where agency_code = ? and case_number = ?", LETTERED, lost);
		// and the read model still watches one whose periods the ledger no longer runs (its assessment is stale)
		jdbc.update("update deadlines_entry set active = false where agency_code = ? and case_number = ?", UNDERSCORED,
				watched);
		Timestamp before = assessedAt(UNDERSCORED, watched);
		clock.setTo(LocalDate.of(2026, 11, 3));

		// pages of one case: the read model's and the ledger's cases meet on every page
		int assessed = 0;
		for (var cursor = RiskManagement.SweepCursor.FIRST; cursor != null;) {
			var page = risks.reconcileAfter(cursor, 1);
			assessed += page.assessed();
			cursor = page.next();
		}

		assertThat(assessedAt(UNDERSCORED, watched)).as("the watched case of %s", UNDERSCORED).isAfter(before);
		assertThat(assessedAt(LETTERED, lost)).as("the case of %s the read model had lost", LETTERED).isNotNull();
		assertThat(assessed).isGreaterThanOrEqualTo(2);
	}

	private String acceptedCaseOf(String agency) {
		if (accounts.findAgency(agency).isEmpty()) {
			accounts.createAgency(agency, agency + " 区政府信息公开办公室");
			accounts.createUser(Agencies.username(agency, Role.CLERK), Agencies.PASSWORD, agency + " 登记员", agency,
					Role.CLERK);
		}
		var clerk = user(agency, Role.CLERK);
		String caseNumber = cases.open(ApplicationFixtures.anApplication(LocalDate.of(2026, 11, 2)), clerk)
			.caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), clerk);
		return caseNumber;
	}

	private Timestamp assessedAt(String agency, String caseNumber) {
		return jdbc.query("select assessed_at from risk_assessment where agency_code = ? and case_number = ?",
				rows -> rows.next() ? rows.getTimestamp(1) : null, agency, caseNumber);
	}
}
