package ogi.casework.litigation;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.BETA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.accounts.Role;
import ogi.casework.audit.AuditEntry;
import ogi.casework.audit.AuditManagement;
import ogi.casework.support.Cases;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/** Legal staff keep reconsiderations and lawsuits through the REST API; the head reads; agencies stay apart. */
@CaseworkIntegrationTest
class MatterApiIntegrationTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Cases cases;

	@Autowired
	AuditManagement audit;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
	}

	@Test
	void legalStaffRegisterAReconsiderationInTheSimplifiedProcedureWithItsReplyDeadline() throws Exception {
		String caseNumber = aCase(ALPHA);

		String body = as(ALPHA, Role.LEGAL, post("/api/matters"), registration("RECONSIDERATION", "2026-11-20",
				caseNumber))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.matter.procedure").value("SIMPLIFIED"))
				.andExpect(jsonPath("$.matter.caseNumbers[0]").value(caseNumber))
				.andExpect(jsonPath("$.deadlines[0].code").value("T15"))
				// Fri 11-20 + 5 working days: Mon 23 … Fri 27.
				.andExpect(jsonPath("$.deadlines[0].dueOn").value("2026-11-27"))
				.andExpect(jsonPath("$.deadlines[0].basis").value(containsString("行政复议法 Arts. 48, 54, 70, 88")))
				.andExpect(jsonPath("$.deadlines[0].computation").value(containsString("5 working days")))
				.andExpect(jsonPath("$.deadlines[0].daysLeft").value(7))
				.andExpect(jsonPath("$.reportClass").value("PENDING"))
				.andExpect(jsonPath("$.fault").value(false))
				.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.matter.id")).longValue();

		as(ALPHA, Role.HEAD, get("/api/matters/" + id), null).andExpect(status().isOk())
				.andExpect(jsonPath("$.matter.body").value("某某区人民政府"));
		assertThat(audit.history(ALPHA, caseNumber)).extracting(AuditEntry::action).contains("MATTER_REGISTERED");
	}

	@Test
	void onlyLegalStaffChangeMattersAndOnlyTheHeadAndLegalStaffReadThem() throws Exception {
		String caseNumber = aCase(ALPHA);
		long id = register(ALPHA, "RECONSIDERATION", "2026-11-19", caseNumber);

		as(ALPHA, Role.HANDLER, post("/api/matters"), registration("RECONSIDERATION", "2026-11-19", caseNumber))
				.andExpect(status().isForbidden());
		as(ALPHA, Role.HEAD, post("/api/matters/" + id + "/hearings"), "{\"heldOn\": \"2026-12-01\"}")
				.andExpect(status().isForbidden());
		as(ALPHA, Role.CLERK, get("/api/matters"), null).andExpect(status().isForbidden());
		as(ALPHA, Role.REVIEWER, get("/api/matters/" + id), null).andExpect(status().isForbidden());
		as(ALPHA, Role.HEAD, get("/api/matters"), null).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].id").value(hasItem((int) id)));
	}

	@Test
	void anotherAgencyNeitherSeesTheMatterNorLinksTheCase() throws Exception {
		String caseNumber = aCase(ALPHA);
		long id = register(ALPHA, "LAWSUIT_DIRECT", "2026-11-18", caseNumber);

		as(BETA, Role.LEGAL, get("/api/matters/" + id), null).andExpect(status().isNotFound());
		as(BETA, Role.LEGAL, post("/api/matters/" + id + "/filings"),
				"{\"kind\": \"REPLY_AND_EVIDENCE\", \"filedOn\": \"2026-11-19\"}").andExpect(status().isNotFound());
		as(BETA, Role.LEGAL, get("/api/matters"), null)
				.andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.not(hasItem((int) id))));
		as(BETA, Role.LEGAL, post("/api/matters"), registration("RECONSIDERATION", "2026-11-19", caseNumber))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("caseNumbers[0]"))
				.andExpect(jsonPath("$.errors[0].rule").value("exists"));
	}

	@Test
	void rejectsARegistrationThatBreaksRulesNamingEveryFieldAndStoresNothing() throws Exception {
		String before = as(ALPHA, Role.LEGAL, get("/api/matters"), null).andReturn().getResponse()
				.getContentAsString();

		as(ALPHA, Role.LEGAL, post("/api/matters"), """
				{"kind": "RECONSIDERATION", "body": " ", "referenceNumber": "某复〔2026〕9号",
				 "copyReceivedOn": "2026-11-21", "caseNumbers": [], "earlierMatterId": 1}""")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("/problems/invalid-input"))
				.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("body",
						"copyReceivedOn", "caseNumbers", "earlierMatterId")))
				.andExpect(jsonPath("$.errors[?(@.field == 'copyReceivedOn')].rule").value("notInFuture"))
				.andExpect(jsonPath("$.errors[?(@.field == 'earlierMatterId')].rule")
						.value("lawsuitAfterReconsiderationOnly"));
		as(ALPHA, Role.LEGAL, post("/api/matters"), "{\"kind\": \"APPEAL\"}")
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));

		assertThat(as(ALPHA, Role.LEGAL, get("/api/matters"), null).andReturn().getResponse().getContentAsString())
				.isEqualTo(before);
	}

	@Test
	void showsAMissedDefenceDeadlineAsTheSeriousFaultItIs() throws Exception {
		String caseNumber = aCase(ALPHA);
		// Complaint received Mon 11-02: 15 days → Tue 11-17; nothing filed by Friday 11-20.
		long id = register(ALPHA, "LAWSUIT_DIRECT", "2026-11-02", caseNumber);

		as(ALPHA, Role.LEGAL, get("/api/matters/" + id), null)
				.andExpect(jsonPath("$.fault").value(true))
				.andExpect(jsonPath("$.deadlines[0].code").value("T21"))
				.andExpect(jsonPath("$.deadlines[0].dueOn").value("2026-11-17"))
				.andExpect(jsonPath("$.deadlines[0].state").value("MISSED"))
				.andExpect(jsonPath("$.deadlines[0].consequence").value(containsString("视为没有相应证据")))
				.andExpect(jsonPath("$.faults[0]").value(containsString("T21 missed")));
		as(ALPHA, Role.LEGAL, get("/api/matters"), null)
				.andExpect(jsonPath("$[?(@.id == " + id + ")].fault").value(true));
		as(ALPHA, Role.LEGAL, post("/api/matters/" + id + "/filings"),
				"{\"kind\": \"EVIDENCE_DELAY_REQUEST\", \"filedOn\": \"2026-11-18\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("filedOn"))
				.andExpect(jsonPath("$.errors[0].rule").value("withinDefencePeriod"));
	}

	@Test
	void aTimelyRequestToDelayEvidenceIsRecordedAndNoFaultShown() throws Exception {
		String caseNumber = aCase(ALPHA);
		long id = register(ALPHA, "LAWSUIT_DIRECT", "2026-11-10", caseNumber);

		as(ALPHA, Role.LEGAL, post("/api/matters/" + id + "/filings"),
				"{\"kind\": \"EVIDENCE_DELAY_REQUEST\", \"filedOn\": \"2026-11-20\", \"note\": \"证据在档案馆调取中\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.deadlines[0].state").value("DELAY_REQUESTED"))
				.andExpect(jsonPath("$.fault").value(false));
		assertThat(audit.history(ALPHA, caseNumber)).extracting(AuditEntry::action)
				.contains("MATTER_REGISTERED", "MATTER_FILING_RECORDED");
	}

	@Test
	void aReconsiderationBodyCannotDismissASuitAndAHearingIsNotBeforeTheCopy() throws Exception {
		String caseNumber = aCase(ALPHA);
		long id = register(ALPHA, "RECONSIDERATION", "2026-11-16", caseNumber);

		as(ALPHA, Role.LEGAL, post("/api/matters/" + id + "/decision"),
				"{\"type\": \"SUIT_DISMISSED\", \"decidedOn\": \"2026-11-19\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("type"))
				.andExpect(jsonPath("$.errors[0].rule").value("decisionOfBody"));
		as(ALPHA, Role.LEGAL, post("/api/matters/" + id + "/decision"),
				"{\"type\": \"UPHELD\", \"decidedOn\": \"2026-11-19\", \"newReplyOrdered\": true}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("newReplyOrdered"))
				.andExpect(jsonPath("$.errors[0].rule").value("correctionOnly"));
		as(ALPHA, Role.LEGAL, post("/api/matters/" + id + "/hearings"), "{\"heldOn\": \"2026-11-15\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].rule").value("notBeforeCopy"));
	}

	@Test
	void aJudgmentIsServedAppealedAndDecidedAtSecondInstance() throws Exception {
		clock.setTo(LocalDate.of(2026, 11, 20));
		String caseNumber = aCase(ALPHA);
		long id = register(ALPHA, "LAWSUIT_DIRECT", "2026-09-01", caseNumber);
		as(ALPHA, Role.LEGAL, post("/api/matters/" + id + "/filings"),
				"{\"kind\": \"REPLY_AND_EVIDENCE\", \"filedOn\": \"2026-09-10\"}")
				.andExpect(jsonPath("$.deadlines[0].state").value("MET"));
		as(ALPHA, Role.LEGAL, post("/api/matters/" + id + "/service"),
				"{\"document\": \"JUDGMENT\", \"servedOn\": \"2026-11-10\"}")
				.andExpect(status().isConflict());
		as(ALPHA, Role.LEGAL, post("/api/matters/" + id + "/decision"),
				"{\"type\": \"REVOKED\", \"decidedOn\": \"2026-11-09\"}")
				.andExpect(jsonPath("$.reportClass").value("CORRECTED"))
				.andExpect(jsonPath("$.reopenable").value(true));

		as(ALPHA, Role.LEGAL, post("/api/matters/" + id + "/service"),
				"{\"document\": \"JUDGMENT\", \"servedOn\": \"2026-11-10\"}")
				.andExpect(jsonPath("$.deadlines[?(@.code == 'T23')].dueOn").value("2026-11-25"));
		as(ALPHA, Role.LEGAL, post("/api/matters/" + id + "/appeal"),
				"{\"lodgedOn\": \"2026-11-19\", \"lodgedBy\": \"AGENCY\"}")
				.andExpect(jsonPath("$.reportClass").value("PENDING"))
				.andExpect(jsonPath("$.deadlines[?(@.code == 'T23')].state").value("MET"));
		as(ALPHA, Role.LEGAL, post("/api/matters/" + id + "/second-instance"),
				"{\"type\": \"DISMISSED\", \"decidedOn\": \"2026-11-20\"}")
				.andExpect(jsonPath("$.reportClass").value("OTHER"))
				.andExpect(jsonPath("$.reopenable").value(false));

		assertThat(audit.history(ALPHA, caseNumber)).extracting(AuditEntry::action).contains("MATTER_DECIDED",
				"MATTER_JUDGMENT_SERVED", "MATTER_APPEALED", "MATTER_SECOND_INSTANCE_DECIDED");
	}

	@Test
	void listsMattersByTheirNextDeadlineWithTheDaysLeft() throws Exception {
		String caseNumber = aCase(BETA);
		long later = register(BETA, "LAWSUIT_DIRECT", "2026-11-19", caseNumber); // T21 → 12-04
		long sooner = register(BETA, "RECONSIDERATION", "2026-11-19", caseNumber); // T15 → 11-26

		String list = as(BETA, Role.LEGAL, get("/api/matters"), null).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();

		java.util.List<Integer> ids = JsonPath.read(list, "$[*].id");
		assertThat(ids.indexOf((int) sooner)).isLessThan(ids.indexOf((int) later));
		assertThat(JsonPath.<java.util.List<Integer>>read(list, "$[?(@.id == " + sooner + ")].daysLeft"))
				.containsExactly(6);
	}

	private long register(String agency, String kind, String copyReceivedOn, String caseNumber) throws Exception {
		String body = as(agency, Role.LEGAL, post("/api/matters"), registration(kind, copyReceivedOn, caseNumber))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.matter.id")).longValue();
	}

	private static String registration(String kind, String copyReceivedOn, String caseNumber) {
		return """
				{"kind": "%s", "body": "%s", "referenceNumber": "ref-%s",
				 "copyReceivedOn": "%s", "caseNumbers": ["%s"]}""".formatted(kind,
				kind.equals("RECONSIDERATION") ? "某某区人民政府" : "某某区人民法院", System.nanoTime(), copyReceivedOn,
				caseNumber);
	}

	private String aCase(String agency) {
		return cases.open(ApplicationFixtures.anApplication(LocalDate.of(2026, 8, 3)), Agencies.user(agency, Role.CLERK))
				.caseNumber();
	}

	private ResultActions as(String agency, Role role, MockHttpServletRequestBuilder request, String json)
			throws Exception {
		request.with(httpBasic(username(agency, role), PASSWORD));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}
}
