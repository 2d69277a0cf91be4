package ogi.casework.fees;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.BETA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.accounts.Role;
import ogi.casework.audit.AuditEntry;
import ogi.casework.audit.AuditManagement;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * Per-item fees cumulate every item of an applicant's applications received in one calendar month across the agency's
 * cases on the real database (国办函〔2020〕109号 Art. 4), a notice after the reply period is refused (F-5), and the
 * year's totals feed section 六 of the annual report. Fee dates lie in 2023, a year no other test sends fee notices in.
 */
@CaseworkIntegrationTest
class FeeManagementIntegrationTests {

	/** Resident IDs with a correct GB 11643 check digit, used by no other test. */
	static final String APPLICANT = "310115199007150428";

	static final String FREE_FIRST = "310115198808083216";

	static final String LATE = "310115197503034566";

	static final LocalDate MARCH_6 = LocalDate.of(2023, 3, 6);

	@Autowired
	FeeManagement fees;

	@Autowired
	IntakeManagement intake;

	@Autowired
	AuditManagement audit;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	ogi.casework.shared.ApplicantKeys applicantKeys;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void chargesTheMonthsItemsOnceWhateverTheApplicationsAndTotalsTheYear() {
		clock.setTo(LocalDate.of(2023, 4, 28));
		var handler = Agencies.user(ALPHA, Role.HANDLER);
		// Each application is charged before the next one arrives, so every item of the month is known when priced.
		String first = received(ALPHA, APPLICANT, MARCH_6);
		var firstNotice = fees.notice(ALPHA, first, perItem(20, MARCH_6.plusDays(2)), handler);
		String second = received(ALPHA, APPLICANT, MARCH_6.plusDays(20));
		// Noticed in April, received in March: the items count in March.
		var secondNotice = fees.notice(ALPHA, second, perItem(15, LocalDate.of(2023, 4, 3)), handler);
		String third = received(ALPHA, APPLICANT, MARCH_6.plusDays(1));
		var thirdNotice = fees.notice(ALPHA, third, perItem(10, LocalDate.of(2023, 4, 4)), handler);
		String april = received(ALPHA, APPLICANT, LocalDate.of(2023, 4, 3));
		String elsewhere = received(BETA, APPLICANT, MARCH_6);
		var aprilQuote = fees.quote(ALPHA, april, FeeMethod.PER_ITEM, 11);
		var elsewhereQuote = fees.quote(BETA, elsewhere, FeeMethod.PER_ITEM, 11);
		fees.recordPayment(ALPHA, first, LocalDate.of(2023, 4, 6));

		// 20 + 15 + 10 = 45 items in March: 20 × 100 + 10 × 200 + 5 × 300 = ¥5,500 over the three notices.
		assertThat(firstNotice.amount()).isEqualTo(new BigDecimal("1000.00"));
		assertThat(secondNotice.amount()).isEqualTo(new BigDecimal("2000.00"));
		assertThat(thirdNotice.amount()).isEqualTo(new BigDecimal("2500.00"));
		assertThat(fees.of(ALPHA, third).get(0).basis())
				.contains("35 item(s) of this applicant's applications received in 2023-03");
		assertThat(aprilQuote.amount()).as("a new month starts free").isEqualTo(new BigDecimal("100.00"));
		assertThat(elsewhereQuote.earlierQuantity()).as("another agency's notices").isZero();
		// the month row is kept under the applicant key, never the identity number
		assertThat(jdbc.queryForObject("select notices from fees_applicant_month where agency_code = ? and "
				+ "applicant_id_number = ? and month_start = ?", Integer.class, ALPHA,
				applicantKeys.applicantKey(APPLICANT), LocalDate.of(2023, 3, 1))).isEqualTo(3);
		assertThat(jdbc.queryForObject("select count(*) from fees_applicant_month where applicant_id_number = ?",
				Integer.class, APPLICANT)).isZero();
		assertThat(fees.totals(ALPHA, 2023)).isEqualTo(new FeeTotals(ALPHA, 2023, 3, new BigDecimal("5500.00"),
				new BigDecimal("1000.00")));
	}

	@Test
	void anApplicationOfTenFreeItemsMakesFiveMoreInTheMonthCostFiveHundred() throws Exception {
		clock.setTo(LocalDate.of(2023, 3, 31));
		String free = received(ALPHA, FREE_FIRST, LocalDate.of(2023, 3, 10));
		String charged = received(ALPHA, FREE_FIRST, LocalDate.of(2023, 3, 13));

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> fees.quote(ALPHA, charged, FeeMethod.PER_ITEM, 5))
				.as("the items of %s are not counted yet", free)
				.isInstanceOfSatisfying(ogi.casework.shared.InvalidInput.class, e -> {
					assertThat(e.violations().get(0).rule()).isEqualTo("itemsOfMonth");
					assertThat(e.getMessage()).contains(free);
				});
		perform(put("/api/cases/{c}/fee-items", free), "alpha-clerk", "{\"items\": 10}")
				.andExpect(status().isForbidden());
		perform(put("/api/cases/{c}/fee-items", free), "alpha-handler", "{\"items\": 0}")
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items"));
		perform(put("/api/cases/{c}/fee-items", free), "alpha-handler", "{\"items\": 10}")
				.andExpect(status().isOk()).andExpect(jsonPath("$.items").value(10))
				.andExpect(jsonPath("$.receiptMonth").value("2023-03"));
		mvc.perform(get("/api/cases/{c}/fee-items", free).with(httpBasic("beta-handler", "secret")))
				.andExpect(status().isNotFound());

		// The month's items before the charged application: 10; its 5 are items 11–15, 5 × ¥100.
		var notice = fees.notice(ALPHA, charged, perItem(5, LocalDate.of(2023, 3, 14)), Agencies.user(ALPHA,
				Role.HANDLER));

		assertThat(notice.amount()).isEqualTo(new BigDecimal("500.00"));
		assertThat(notice.basis()).contains("counted on from 10 item(s)", "items 11–15: 5 × ¥100 = ¥500");
		assertThat(audit.history(ALPHA, free)).extracting(AuditEntry::action).contains("FEE_ITEMS_COUNTED");
	}

	@Test
	void refusesAFeeNoticeSentAfterTheReplyPeriodEndedNamingTheRule() throws Exception {
		// Received Fri 2026-11-20: 20 working days (Art. 33(2)) end Fri 2026-12-18 (no rest days but weekends).
		clock.setTo(LocalDate.of(2026, 11, 20));
		String body = perform(post("/api/applications"), "alpha-clerk",
				ApplicationFixtures.anApplicationJson(LocalDate.of(2026, 11, 20), LATE, "2025年本区道路维修合同"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String caseNumber = JsonPath.read(body, "$.caseNumber");
		perform(post("/api/cases/{c}/registration", caseNumber), "alpha-clerk", "{\"decision\": \"ACCEPT\"}")
				.andExpect(status().isOk());
		clock.setTo(LocalDate.of(2026, 12, 21));

		perform(post("/api/cases/{c}/fee-notices", caseNumber), "alpha-handler", """
				{"method": "PER_PAGE", "quantity": 40, "noticedOn": "2026-12-21", "receivedOn": "2026-12-21"}""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("noticedOn"))
				.andExpect(jsonPath("$.errors[0].rule").value("withinProcessingPeriod"));

		assertThat(fees.of(ALPHA, caseNumber)).isEmpty();
		perform(post("/api/cases/{c}/fee-notices", caseNumber), "alpha-handler", """
				{"method": "PER_PAGE", "quantity": 40, "noticedOn": "2026-12-18", "receivedOn": "2026-12-21"}""")
				.andExpect(status().isOk());
		assertThat(fees.of(ALPHA, caseNumber)).singleElement().extracting(FeeNotice::amount)
				.isEqualTo(new BigDecimal("100.00"));
	}

	private String received(String agency, String applicant, LocalDate on) {
		var form = ApplicationFixtures.anApplication(on);
		var withApplicant = new ogi.casework.intake.NewApplication(new ogi.casework.intake.NewApplication.Applicant(
				form.applicant().type(), form.applicant().name(), form.applicant().idDocumentType(), applicant,
				form.applicant().phone(), form.applicant().email(), form.applicant().address()),
				form.requestedInformation(), null, form.provisionForm(), form.obtainingMethod(), form.channel(),
				form.dates(), false, null);
		return intake.receive(withApplicant, Agencies.user(agency, Role.CLERK)).caseNumber();
	}

	private ResultActions perform(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String user, String json) throws Exception {
		return mvc.perform(request.with(httpBasic(user, "secret")).contentType(MediaType.APPLICATION_JSON)
				.content(json));
	}

	private static FeeNoticeForm perItem(int items, LocalDate noticedOn) {
		return new FeeNoticeForm(FeeMethod.PER_ITEM, items, null, null, noticedOn, noticedOn);
	}
}
