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

/** Cases by risk and one case's risk through the REST API: who may see them, which agency's, and how fresh. */
@CaseworkIntegrationTest
class RiskApiIntegrationTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	static final String INCOMPLETE_SEARCH = """
			{"searchedOn": "2026-11-20", "sourcesSearched": "公文系统", "keywords": "道路维修", "found": false}""";

	static final String NOT_EXIST = """
			{"outcome": "NOT_EXIST", "reasons": "经检索，本机关未制作或获取该信息"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	RiskManagement risks;

	@Autowired
	ogi.casework.deadlines.DeadlineManagement deadlines;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
	}

	@Test
	void aRiskyReplyIsListedAsHighWithItsReasonsAndGoesToLegalReview() throws Exception {
		String caseNumber = riskyCaseInLegalReview(ALPHA);

		as(ALPHA, Role.LEGAL, get("/api/cases/" + caseNumber + "/risk"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.level").value("HIGH"))
				.andExpect(jsonPath("$.score").value(60))
				.andExpect(jsonPath("$.reasons[0].code").value("INCOMPLETE_SEARCH_RECORD"))
				.andExpect(jsonPath("$.reasons[0].facts").value(org.hamcrest.Matchers.containsString("the period covered")))
				.andExpect(jsonPath("$.reasons[0].basis").value(org.hamcrest.Matchers.containsString("Guiding Case 101")));
		assertThat(listed(ALPHA, Role.LEGAL, "HIGH")).contains(caseNumber);
		assertThat(listed(ALPHA, Role.HEAD, "HIGH")).contains(caseNumber);
		assertThat(listed(ALPHA, Role.LEGAL, "LOW")).doesNotContain(caseNumber);

		as(ALPHA, Role.REVIEWER, post("/api/cases/" + caseNumber + "/legal-reviews"), "{\"verdict\": \"APPROVE\"}")
				.andExpect(status().isForbidden());
		as(ALPHA, Role.LEGAL, post("/api/cases/" + caseNumber + "/legal-reviews"), "{\"verdict\": \"RETURN\"}")
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		as(ALPHA, Role.LEGAL, post("/api/cases/" + caseNumber + "/legal-reviews"), "{\"verdict\": \"APPROVE\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("AWAITING_DELIVERY"))
				.andExpect(jsonPath("$.history[-1].action").value("LEGAL_REVIEW_APPROVED"))
				.andExpect(jsonPath("$.history[-1].actor").value(username(ALPHA, Role.LEGAL)));
	}

	@Test
	void onlyLegalStaffAndTheHeadListCasesByRisk() throws Exception {
		for (Role role : List.of(Role.CLERK, Role.HANDLER, Role.REVIEWER, Role.ADMIN)) {
			as(ALPHA, role, get("/api/risks")).andExpect(status().isForbidden());
		}
		as(ALPHA, Role.HEAD, get("/api/risks")).andExpect(status().isOk());
		as(ALPHA, Role.LEGAL, get("/api/risks")).andExpect(status().isOk());
	}

	@Test
	void theClerkDoesNotSeeACasesRiskButItsHandlerDoes() throws Exception {
		String caseNumber = accepted(ALPHA);

		as(ALPHA, Role.CLERK, get("/api/cases/" + caseNumber + "/risk")).andExpect(status().isForbidden());
		as(ALPHA, Role.HANDLER, get("/api/cases/" + caseNumber + "/risk")).andExpect(status().isOk())
				.andExpect(jsonPath("$.level").value("LOW")).andExpect(jsonPath("$.inScope").value(true));
	}

	@Test
	void anotherAgencySeesNeitherTheCaseNorItsRisk() throws Exception {
		String caseNumber = riskyCaseInLegalReview(ALPHA);

		as(BETA, Role.LEGAL, get("/api/cases/" + caseNumber + "/risk")).andExpect(status().isNotFound());
		assertThat(listed(BETA, Role.LEGAL, "HIGH")).doesNotContain(caseNumber);
		assertThat(listed(BETA, Role.LEGAL, null)).allSatisfy(number -> assertThat(number).startsWith(BETA));
	}

	@Test
	void badLevelOrPageIsRefusedNamingTheParameter() throws Exception {
		as(ALPHA, Role.LEGAL, get("/api/risks?level=EXTREME")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("level"));
		as(ALPHA, Role.LEGAL, get("/api/risks?page=-1")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("page"));
		as(ALPHA, Role.LEGAL, get("/api/risks?size=1000")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void timeAloneRaisesTheRiskAtTheDailyReconciliation() throws Exception {
		String caseNumber = accepted(ALPHA);
		LocalDate due = LocalDate.parse(JsonPath.read(as(ALPHA, Role.HANDLER, get("/api/cases/" + caseNumber))
				.andReturn().getResponse().getContentAsString(), "$.replyDueDate"));
		assertThat(listed(ALPHA, Role.LEGAL, "LOW")).contains(caseNumber);

		clock.setTo(due.plusDays(1));
		assertThat(listed(ALPHA, Role.LEGAL, "MEDIUM")).as("the read model waits for the reconciliation")
				.doesNotContain(caseNumber);
		risks.reconcile();

		assertThat(listed(ALPHA, Role.LEGAL, "MEDIUM")).contains(caseNumber);
		as(ALPHA, Role.LEGAL, get("/api/cases/" + caseNumber + "/risk"))
				.andExpect(jsonPath("$.reasons[0].code").value("OVERDUE"))
				.andExpect(jsonPath("$.replyDue").value(due.toString()));
	}

	/**
	 * The daily job runs the sweep inside its own transaction: one case that cannot be reassessed (here a trigger
	 * refuses its row, as a duplicate key does when another node's refresh of it commits first) keeps its earlier
	 * assessment, and neither the other cases' new assessments nor the job's transaction are lost with it.
	 */
	@Test
	void aCaseThatCannotBeReassessedLeavesTheRestOfTheDailySweep() throws Exception {
		String refused = accepted(ALPHA);
		String other = accepted(ALPHA);
		LocalDate due = LocalDate.parse(JsonPath.read(as(ALPHA, Role.HANDLER, get("/api/cases/" + other))
				.andReturn().getResponse().getContentAsString(), "$.replyDueDate"));
		clock.setTo(due.plusDays(1));
		String trigger = "refuse_risk_" + refused.replaceAll("\\W", "_");
		jdbc.execute("create trigger " + trigger + " before insert on risk_assessment for each row"
				+ " if new.case_number = '" + refused + "' then"
				+ " signal sqlstate '45000' set message_text = 'refused by the test'; end if");
		try {
			transactions.executeWithoutResult(status -> risks.reconcile());
		}
		finally {
			jdbc.execute("drop trigger " + trigger);
		}

		assertThat(listed(ALPHA, Role.LEGAL, "MEDIUM")).as("reassessed: overdue since " + due).contains(other)
			.doesNotContain(refused);
		assertThat(listed(ALPHA, Role.LEGAL, "LOW")).as("its assessment of before the sweep").contains(refused);
	}

	@Test
	void aRepliedCaseIsWatchedUntilItsLastRemedyWindowEnds() throws Exception {
		String caseNumber = replied(ALPHA);

		String risk = as(ALPHA, Role.LEGAL, get("/api/cases/" + caseNumber + "/risk")).andExpect(status().isOk())
				.andExpect(jsonPath("$.caseStatus").value("REPLIED")).andExpect(jsonPath("$.inScope").value(true))
				.andReturn().getResponse().getContentAsString();
		LocalDate windowEnds = LocalDate.parse(JsonPath.read(risk, "$.remedyUntil"));
		assertThat(windowEnds).as("the six-month lawsuit window (T19)").isAfter(FRIDAY.plusMonths(6).minusDays(1));
		assertThat(listed(ALPHA, Role.LEGAL, null)).contains(caseNumber);

		clock.setTo(windowEnds);
		risks.reconcile();
		assertThat(listed(ALPHA, Role.LEGAL, null)).as("on its last day").contains(caseNumber);

		clock.setTo(windowEnds.plusDays(1));
		risks.reconcile();
		assertThat(listed(ALPHA, Role.LEGAL, null)).doesNotContain(caseNumber);
	}

	@Test
	void aCaseReopenedForANewReplyIsOverdueAgainstItsNewPeriodWhateverItsEarlierDelivery() throws Exception {
		String caseNumber = replied(ALPHA);
		assertThat(risks.assess(ALPHA, caseNumber).reasons()).isEmpty();

		// What the casework module does when a reconsideration body orders a new reply by 27 November.
		clock.setTo(LocalDate.of(2026, 11, 23));
		deadlines.startReplyCycle(ALPHA, caseNumber, 2, LocalDate.of(2026, 11, 23), null, LocalDate.of(2026, 11, 27),
				"ORDERED_TO_REPLY_AGAIN: reply by 2026-11-27", username(ALPHA, Role.LEGAL));
		clock.setTo(LocalDate.of(2026, 11, 30));

		var risk = risks.assess(ALPHA, caseNumber);
		assertThat(risk.replyDue()).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(risk.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo("OVERDUE");
			assertThat(reason.facts()).contains("due on 2026-11-27").contains("not delivered yet");
		});
	}

	/** Every case number listed at {@code level} (or at any level), all pages. */
	List<String> listed(String agency, Role role, String level) throws Exception {
		var numbers = new java.util.ArrayList<String>();
		for (int page = 0;; page++) {
			String body = as(agency, role, get("/api/risks?size=100&page=" + page + (level == null ? "" : "&level=" + level)))
					.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			List<String> cases = JsonPath.read(body, "$.cases[*].caseNumber");
			if (level != null) {
				List<String> levels = JsonPath.read(body, "$.cases[*].level");
				assertThat(levels).allSatisfy(each -> assertThat(each).isEqualTo(level));
			}
			numbers.addAll(cases);
			if (cases.size() < 100) {
				return numbers;
			}
		}
	}

	/** A disclosure delivered in person on Friday. */
	String replied(String agency) throws Exception {
		String caseNumber = accepted(agency);
		as(agency, Role.HANDLER, post("/api/cases/" + caseNumber + "/search-records"), """
				{"searchedOn": "2026-11-20", "sourcesSearched": "公文系统", "keywords": "道路维修", "found": true}""")
				.andExpect(status().isOk());
		as(agency, Role.HANDLER, post("/api/cases/" + caseNumber + "/reply-drafts"), """
				{"outcome": "DISCLOSE", "accessDetails": "于2026年12月1日前通过电子邮件提供"}""").andExpect(status().isOk());
		as(agency, Role.REVIEWER, post("/api/cases/" + caseNumber + "/reply-reviews"), "{\"verdict\": \"APPROVE\"}")
				.andExpect(status().isOk());
		as(agency, Role.CLERK, post("/api/cases/" + caseNumber + "/deliveries"), """
				{"method": "IN_PERSON", "deliveredOn": "2026-11-20", "recipient": "张三"}""")
				.andExpect(jsonPath("$.status").value("REPLIED"));
		return caseNumber;
	}

	String riskyCaseInLegalReview(String agency) throws Exception {
		String caseNumber = accepted(agency);
		as(agency, Role.HANDLER, post("/api/cases/" + caseNumber + "/search-records"), INCOMPLETE_SEARCH)
				.andExpect(status().isOk());
		as(agency, Role.HANDLER, post("/api/cases/" + caseNumber + "/reply-drafts"), NOT_EXIST)
				.andExpect(status().isOk());
		as(agency, Role.REVIEWER, post("/api/cases/" + caseNumber + "/reply-reviews"), "{\"verdict\": \"APPROVE\"}")
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_LEGAL_REVIEW"))
				.andExpect(jsonPath("$.currentSteps[0].step").value("legalReviewReply"));
		return caseNumber;
	}

	String accepted(String agency) throws Exception {
		String body = as(agency, Role.CLERK, post("/api/applications"),
				ApplicationFixtures.anApplicationJson(LocalDate.ofInstant(clock.instant(), clock.getZone())))
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
