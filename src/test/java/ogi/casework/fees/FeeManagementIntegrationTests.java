package ogi.casework.fees;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.BETA;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ogi.casework.accounts.Role;
import ogi.casework.support.Agencies;
import ogi.casework.support.CaseworkIntegrationTest;

/**
 * Per-item fees cumulate per applicant per calendar month across the agency's cases on the real database
 * (国办函〔2020〕109号 Art. 4), and the year's totals feed section 六 of the annual report. Dates lie in 2023, a year no
 * other test sends fee notices in, and the case numbers are not process cases: fees keep their own table.
 */
@CaseworkIntegrationTest
class FeeManagementIntegrationTests {

	static final String APPLICANT = "310115199007150428";

	static final LocalDate MARCH_6 = LocalDate.of(2023, 3, 6);

	@Autowired
	FeeManagement fees;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ogi.casework.shared.ApplicantKeys applicantKeys;

	@Test
	void chargesTheMonthsItemsOnceWhateverTheApplicationsAndTotalsTheYear() {
		var handler = Agencies.user(ALPHA, Role.HANDLER);

		var first = fees.notice(ALPHA, "ALPHA-FEES-1", APPLICANT, perItem(20, MARCH_6), handler);
		var second = fees.notice(ALPHA, "ALPHA-FEES-2", APPLICANT, perItem(15, MARCH_6.plusDays(20)), handler);
		var third = fees.notice(ALPHA, "ALPHA-FEES-3", APPLICANT, perItem(10, MARCH_6.plusDays(1)), handler);
		var april = fees.quote(ALPHA, "ALPHA-FEES-4", APPLICANT, FeeMethod.PER_ITEM, 11, LocalDate.of(2023, 4, 3));
		var elsewhere = fees.quote(BETA, "BETA-FEES-1", APPLICANT, FeeMethod.PER_ITEM, 11, MARCH_6);
		fees.recordPayment(ALPHA, "ALPHA-FEES-1", MARCH_6.plusDays(3));

		assertThat(first.amount()).isEqualTo(new BigDecimal("1000.00"));
		assertThat(second.amount()).isEqualTo(new BigDecimal("2000.00"));
		assertThat(third.amount()).isEqualTo(new BigDecimal("2500.00"));
		assertThat(fees.of(ALPHA, "ALPHA-FEES-3").get(0).basis()).contains("35 item(s) of this applicant noticed in 2023-03");
		assertThat(april.amount()).as("a new month starts free").isEqualTo(new BigDecimal("100.00"));
		assertThat(elsewhere.earlierQuantity()).as("another agency's notices").isZero();
		// the month row is kept under the applicant key, never the identity number
		assertThat(jdbc.queryForObject("select notices from fees_applicant_month where agency_code = ? and "
				+ "applicant_id_number = ?", Integer.class, ALPHA, applicantKeys.applicantKey(APPLICANT))).isEqualTo(3);
		assertThat(jdbc.queryForObject("select count(*) from fees_applicant_month where applicant_id_number = ?",
				Integer.class, APPLICANT)).isZero();
		assertThat(fees.totals(ALPHA, 2023)).isEqualTo(new FeeTotals(ALPHA, 2023, 3, new BigDecimal("5500.00"),
				new BigDecimal("1000.00")));
	}

	private static FeeNoticeForm perItem(int items, LocalDate noticedOn) {
		return new FeeNoticeForm(FeeMethod.PER_ITEM, items, null, null, noticedOn, noticedOn);
	}
}
