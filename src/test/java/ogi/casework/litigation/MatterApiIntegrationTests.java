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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import ogi.casework.casework.CaseScript;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.support.Cases;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
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

	@Autowired
	LitigationManagement litigation;

	@Autowired
	CaseProcess process;

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

	@Test
	void aDirectSuitAgainstARefusalIsFlaggedForReconsiderationFirstAndNotifiedOnce() throws Exception {
		String refused = new CaseScript(cases, process).open(ALPHA, ApplicationFixtures.anApplication(FRIDAY));
		var script = new CaseScript(cases, process);
		script.accept(ALPHA, refused);
		script.reply(ALPHA, refused, new DraftForm(Outcome.DENY, ExemptionGround.PROCESS_INFO, "属于内部讨论记录",
				null, null, null, null, null), FRIDAY);
		String disclosed = aCase(ALPHA);

		String body = as(ALPHA, Role.LEGAL, post("/api/matters"), registration("LAWSUIT_DIRECT", "2026-11-20", refused))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.flags[0].kind").value("DIRECT_SUIT_AGAINST_REFUSAL"))
				.andExpect(jsonPath("$.flags[0].caseNumber").value(refused))
				.andExpect(jsonPath("$.flags[0].basis").value(containsString("行政复议法 Art. 23(1)(四)")))
				.andExpect(jsonPath("$.flags[0].explanation").value(containsString("reconsideration first")))
				.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.matter.id")).longValue();
		as(ALPHA, Role.LEGAL, post("/api/matters"), registration("RECONSIDERATION", "2026-11-20", refused))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.flags").isEmpty());
		as(ALPHA, Role.LEGAL, post("/api/matters"), registration("LAWSUIT_DIRECT", "2026-11-20", disclosed))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.flags").isEmpty());
		as(ALPHA, Role.HEAD, get("/api/matters"), null).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == " + id + ")].flags[0].kind").value(hasItem("DIRECT_SUIT_AGAINST_REFUSAL")));

		var session = mvc.perform(post("/login").with(csrf()).param("username", username(ALPHA, Role.LEGAL))
				.param("password", PASSWORD)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
				.getCookie("SESSION");
		mvc.perform(get("/legal/matters").cookie(session)).andExpect(status().isOk())
				.andExpect(content().string(containsString("data-flag=\"DIRECT_SUIT_AGAINST_REFUSAL\"")))
				.andExpect(content().string(containsString("不予公开类答复未经复议直接起诉（复议前置）")));

		var raised = litigation.raiseDueAlarms(ALPHA, id, clock.instant());
		assertThat(raised).extracting(r -> r.alarm().key()).contains("flag-direct-suit-" + refused);
		assertThat(raised).filteredOn(r -> r.alarm().key().startsWith("flag-")).singleElement()
				.satisfies(r -> assertThat(r.alarm().recipients()).containsExactly(Role.LEGAL));
		assertThat(litigation.raiseDueAlarms(ALPHA, id, clock.instant())).as("notified once").isEmpty();
		assertThat(audit.history(ALPHA, refused)).filteredOn(e -> e.action().equals("MATTER_REGISTERED"))
				.extracting(AuditEntry::detail).anyMatch(detail -> detail.contains("DIRECT_SUIT_AGAINST_REFUSAL"));
	}

	@Test
	void aHearingNoticedLessThanFiveWorkingDaysBeforeIsRecordedAndFlagged() throws Exception {
		clock.setTo(LocalDate.of(2026, 11, 24));
		String caseNumber = aCase(ALPHA);
		long id = register(ALPHA, "RECONSIDERATION", "2026-11-16", caseNumber);

		// Notice received Mon 11-23; five working days later is Mon 11-30, the hearing is on Fri 11-27.
		as(ALPHA, Role.LEGAL, post("/api/matters/" + id + "/hearings"),
				"{\"heldOn\": \"2026-11-27\", \"noticeReceivedOn\": \"2026-11-23\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.matter.hearings[0].noticeReceivedOn").value("2026-11-23"))
				.andExpect(jsonPath("$.flags[0].kind").value("LATE_HEARING_NOTICE"))
				.andExpect(jsonPath("$.flags[0].hearingNumber").value(1))
				.andExpect(jsonPath("$.flags[0].explanation").value(containsString("2026-11-30")));
		as(ALPHA, Role.LEGAL, post("/api/matters/" + id + "/hearings"),
				"{\"heldOn\": \"2026-12-07\", \"noticeReceivedOn\": \"2026-11-24\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.flags.length()").value(1));
		as(ALPHA, Role.LEGAL, post("/api/matters/" + id + "/hearings"),
				"{\"heldOn\": \"2026-11-20\", \"noticeReceivedOn\": \"2026-11-23\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("noticeReceivedOn"))
				.andExpect(jsonPath("$.errors[0].rule").value("notAfterHearing"));

		assertThat(litigation.raiseDueAlarms(ALPHA, id, clock.instant())).extracting(r -> r.alarm().key())
				.contains("flag-late-hearing-notice-1-2026-11-27-2026-11-23");
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
