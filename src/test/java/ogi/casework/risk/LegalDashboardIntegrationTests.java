package ogi.casework.risk;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.BETA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.accounts.Role;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * The legal dashboard and the applicant-history rule, fed by the litigation module's matters through its API.
 */
@CaseworkIntegrationTest
class LegalDashboardIntegrationTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	/** An applicant of their own, so that other tests' matters do not count for them. */
	static final String APPLICANT_ID = "110102198001011239";

	/** Another applicant of their own, with a single case. */
	static final String FIRST_TIMER_ID = "110106197707071234";

	/** Applies three times here and once at the other agency, in the test of the frequent-applicant count. */
	static final String REGULAR_ID = "110108198505051232";

	/** Applies once, in the same test. */
	static final String ONCE_ID = "110108199006062345";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	RiskFacts facts;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
	}

	@Test
	void theDashboardShowsOpenMattersByDeadlineCasesByRiskAndTheRatesAgainstTheTarget() throws Exception {
		String caseNumber = accepted(ALPHA, ApplicationFixtures.RESIDENT_ID);
		String reference = "复议-" + caseNumber;
		registerReconsideration(ALPHA, caseNumber, reference);

		String body = as(ALPHA, Role.LEGAL, get("/api/legal/dashboard"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.agencyCode").value(ALPHA))
				.andExpect(jsonPath("$.asOf").value("2026-11-20"))
				.andExpect(jsonPath("$.casesByLevel.LOW").isNumber())
				.andExpect(jsonPath("$.casesByLevel.MEDIUM").isNumber())
				.andExpect(jsonPath("$.casesByLevel.HIGH").isNumber())
				.andExpect(jsonPath("$.rates.year").value(2026))
				.andExpect(jsonPath("$.rates.target").value(0.02))
				.andReturn().getResponse().getContentAsString();

		List<String> references = JsonPath.read(body, "$.mattersByDeadline[*].referenceNumber");
		assertThat(references).contains(reference);
		List<String> dueDates = JsonPath.read(body, "$.mattersByDeadline[*].nextDeadline.dueOn");
		assertThat(dueDates).as("nearest deadline first").isSortedAccordingTo(String::compareTo);
		List<Integer> watched = JsonPath.read(body, "$.casesByLevel.*");
		assertThat(watched.stream().mapToInt(Integer::intValue).sum()).isPositive();
		List<String> riskiest = JsonPath.read(body, "$.highestRisks[*].caseNumber");
		assertThat(riskiest).hasSizeLessThanOrEqualTo(RiskManagement.DASHBOARD_CASES)
				.allSatisfy(number -> assertThat(number).startsWith(ALPHA));
	}

	@Test
	void onlyLegalStaffAndTheHeadSeeTheDashboardAndOnlyTheirAgencysMatters() throws Exception {
		String caseNumber = accepted(ALPHA, ApplicationFixtures.RESIDENT_ID);
		String reference = "复议-" + caseNumber;
		registerReconsideration(ALPHA, caseNumber, reference);

		for (Role role : List.of(Role.CLERK, Role.HANDLER, Role.REVIEWER, Role.ADMIN)) {
			as(ALPHA, role, get("/api/legal/dashboard")).andExpect(status().isForbidden());
		}
		as(ALPHA, Role.HEAD, get("/api/legal/dashboard")).andExpect(status().isOk());
		String beta = as(BETA, Role.LEGAL, get("/api/legal/dashboard")).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		List<String> references = JsonPath.read(beta, "$.mattersByDeadline[*].referenceNumber");
		assertThat(references).doesNotContain(reference);
	}

	@Test
	void anApplicantWhoSoughtReconsiderationBeforeRaisesTheRiskOfTheirOtherCases() throws Exception {
		String earlier = accepted(ALPHA, APPLICANT_ID);
		String later = accepted(ALPHA, APPLICANT_ID);
		String elsewhere = accepted(BETA, APPLICANT_ID);
		assertThat(remediesOf(ALPHA, later)).isEqualTo(CaseFacts.RemedyHistory.NONE);

		registerReconsideration(ALPHA, earlier, "复议-" + earlier);

		assertThat(remediesOf(ALPHA, later)).isEqualTo(new CaseFacts.RemedyHistory(1, 0));
		assertThat(remediesOf(ALPHA, earlier)).as("the case's own reconsideration is not its history")
				.isEqualTo(CaseFacts.RemedyHistory.NONE);
		var defaults = new RiskRules(RiskSettings.defaults());
		var reasons = defaults.reasons(facts.of(ALPHA, later, facts.ledger(ALPHA, later)));
		assertThat(reasons).filteredOn(reason -> reason.code().equals("EARLIER_REMEDIES")).singleElement()
				.satisfies(reason -> {
					assertThat(reason.facts()).contains("1 reconsideration(s) and 0 lawsuit(s)");
					assertThat(reason.weight()).isEqualTo(40);
				});
		assertThat(remediesOf(BETA, elsewhere)).as("another agency's history")
				.isEqualTo(CaseFacts.RemedyHistory.NONE);

		// thirteen months on: still within the three years of remedy history, no longer within the year counted for a
		// frequent applicant (the two windows of RiskSettings, P3Y and P1Y)
		clock.setTo(FRIDAY.plusMonths(13));
		assertThat(remediesOf(ALPHA, later)).isEqualTo(new CaseFacts.RemedyHistory(1, 0));
		assertThat(facts.of(ALPHA, later, facts.ledger(ALPHA, later)).applicantApplications()).isZero();
	}

	@Test
	void aReconsiderationOfTheCaseItselfIsNotAnEarlierRemedyOfItsApplicant() throws Exception {
		String only = accepted(ALPHA, FIRST_TIMER_ID);

		registerReconsideration(ALPHA, only, "复议-" + only);

		assertThat(remediesOf(ALPHA, only)).isEqualTo(CaseFacts.RemedyHistory.NONE);
		var reasons = new RiskRules(RiskSettings.defaults()).reasons(facts.of(ALPHA, only, facts.ledger(ALPHA, only)));
		assertThat(reasons).extracting(RiskReason::code).doesNotContain("EARLIER_REMEDIES");
	}

	@Test
	void theApplicantsApplicationsAreCountedAtTheAgencyByTheirIdentityNumberThisOneIncluded() throws Exception {
		accepted(ALPHA, REGULAR_ID);
		accepted(ALPHA, REGULAR_ID);
		accepted(BETA, REGULAR_ID);
		String third = accepted(ALPHA, REGULAR_ID);
		String other = accepted(ALPHA, ONCE_ID);

		// by hand: three applications of REGULAR_ID at ALPHA, all received this Friday (inside the year counted)
		assertThat(facts.of(ALPHA, third, facts.ledger(ALPHA, third)).applicantApplications()).isEqualTo(3);
		assertThat(facts.of(ALPHA, other, facts.ledger(ALPHA, other)).applicantApplications())
			.as("another applicant's").isEqualTo(1);
	}

	CaseFacts.RemedyHistory remediesOf(String agency, String caseNumber) {
		return facts.of(agency, caseNumber, facts.ledger(agency, caseNumber)).remedies();
	}

	void registerReconsideration(String agency, String caseNumber, String reference) throws Exception {
		as(agency, Role.LEGAL, post("/api/matters"), """
				{"kind": "RECONSIDERATION", "body": "某某区人民政府", "referenceNumber": "%s",
				 "copyReceivedOn": "2026-11-20", "caseNumbers": ["%s"]}""".formatted(reference, caseNumber))
				.andExpect(status().is2xxSuccessful());
	}

	String accepted(String agency, String idNumber) throws Exception {
		String body = as(agency, Role.CLERK, post("/api/applications"),
				ApplicationFixtures.anApplicationJson(FRIDAY, idNumber, "2025年本区道路维修资金的使用情况"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String caseNumber = JsonPath.read(body, "$.caseNumber");
		as(agency, Role.CLERK, post("/api/cases/" + caseNumber + "/registration"), "{\"decision\": \"ACCEPT\"}")
				.andExpect(status().isOk());
		return caseNumber;
	}

	ResultActions as(String agency, Role role, MockHttpServletRequestBuilder request) throws Exception {
		return as(agency, role, request, null);
	}

	ResultActions as(String agency, Role role, MockHttpServletRequestBuilder request, String json) throws Exception {
		request.with(httpBasic(username(agency, role), PASSWORD));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}
}
