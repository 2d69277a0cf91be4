package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.BETA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flowable.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.accounts.Role;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/** The REST API as clerks, handlers, reviewers and heads of two agencies use it, on the real database. */
@CaseworkIntegrationTest
class CaseApiIntegrationTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	ogi.casework.calendar.OfficialCalendar calendar;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
	}

	@Test
	void disclosureRunsFromRegistrationToArchive() throws Exception {
		String caseNumber = receive(ALPHA);
		as(ALPHA, Role.CLERK, post(caseUrl(caseNumber, "registration")), "{\"decision\": \"ACCEPT\"}")
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_HANDLING"));

		as(ALPHA, Role.HANDLER, post(caseUrl(caseNumber, "search-records")), SEARCH_FOUND)
				.andExpect(jsonPath("$.status").value("DRAFTING"));
		as(ALPHA, Role.HANDLER, post(caseUrl(caseNumber, "reply-drafts")), """
				{"outcome": "DISCLOSE", "accessDetails": "于2026年12月1日前通过电子邮件提供"}""")
				.andExpect(jsonPath("$.status").value("IN_REVIEW"));
		as(ALPHA, Role.REVIEWER, post(caseUrl(caseNumber, "reply-reviews")), "{\"verdict\": \"APPROVE\"}")
				.andExpect(jsonPath("$.status").value("AWAITING_DELIVERY"))
				.andExpect(jsonPath("$.currentSteps[0].step").value("deliverReply"));
		as(ALPHA, Role.CLERK, post(caseUrl(caseNumber, "deliveries")), """
				{"method": "POST", "deliveredOn": "2026-11-20", "trackingNumber": "1190012345678"}""")
				.andExpect(jsonPath("$.outcome").value("DISCLOSE"))
				.andExpect(jsonPath("$.delivery.trackingNumber").value("1190012345678"));
		as(ALPHA, Role.CLERK, post(caseUrl(caseNumber, "archiving")), null)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("ARCHIVED"))
				.andExpect(jsonPath("$.currentSteps").isEmpty())
				.andExpect(jsonPath("$.history[*].action").value(org.hamcrest.Matchers.contains("APPLICATION_RECEIVED",
						"APPLICATION_REGISTERED", "SEARCH_RECORDED", "REPLY_DRAFTED", "REPLY_APPROVED",
						"REPLY_DELIVERED", "CASE_ARCHIVED", "ARCHIVE_SEALED")))
				.andExpect(jsonPath("$.history[6].actor").value(username(ALPHA, Role.CLERK)))
				.andExpect(jsonPath("$.history[6].fromStatus").value("REPLIED"))
				.andExpect(jsonPath("$.history[6].toStatus").value("ARCHIVED"));

		as(ALPHA, Role.CLERK, get(caseUrl(caseNumber, "archive/verification")), null)
				.andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(true));
		byte[] zip = as(ALPHA, Role.CLERK, get(caseUrl(caseNumber, "archive")), null)
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(ogi.casework.archive.ArchiveManagement.verify(zip).ok()).isTrue();
		as(ALPHA, Role.REVIEWER, get(caseUrl(caseNumber, "archive")), null).andExpect(status().isForbidden());

		String correction = """
				{"fileName": "delivery-receipt.pdf", "title": "送达回证（补） Delivery receipt, recovered",
				 "mediaType": "application/pdf", "contentBase64": "%s", "reason": "回证原件迟到，补入卷宗"}"""
				.formatted(java.util.Base64.getEncoder().encodeToString("%PDF-1.4 receipt".getBytes()));
		as(ALPHA, Role.CLERK, post(caseUrl(caseNumber, "archive/corrections")), correction)
				.andExpect(status().isForbidden());
		as(ALPHA, Role.HEAD, post(caseUrl(caseNumber, "archive/corrections")), correction)
				.andExpect(status().isOk()).andExpect(jsonPath("$.manifestVersion").value(2));
		as(ALPHA, Role.CLERK, get(caseUrl(caseNumber, "archive/verification")), null)
				.andExpect(jsonPath("$.ok").value(true)).andExpect(jsonPath("$.manifestVersion").value(2));
	}

	@Test
	void refusalNeedsTheHeadsSignOffAndOnlyTheHeadGivesIt() throws Exception {
		String caseNumber = acceptedCase(ALPHA);
		as(ALPHA, Role.HANDLER, post(caseUrl(caseNumber, "search-records")), SEARCH_FOUND);
		as(ALPHA, Role.HANDLER, post(caseUrl(caseNumber, "reply-drafts")), """
				{"outcome": "DENY", "ground": "STATE_SECRET", "reasons": "该信息经依法确定为国家秘密"}""")
				.andExpect(jsonPath("$.draft.outcome").value("DENY"));
		as(ALPHA, Role.REVIEWER, post(caseUrl(caseNumber, "reply-reviews")), "{\"verdict\": \"APPROVE\"}")
				.andExpect(jsonPath("$.status").value("AWAITING_SIGN_OFF"));

		as(ALPHA, Role.REVIEWER, post(caseUrl(caseNumber, "sign-offs")), "{\"verdict\": \"APPROVE\"}")
				.andExpect(status().isForbidden());
		as(ALPHA, Role.CLERK, post(caseUrl(caseNumber, "deliveries")), """
				{"method": "IN_PERSON", "deliveredOn": "2026-11-20"}""")
				.andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("currentStep"));

		as(ALPHA, Role.HEAD, post(caseUrl(caseNumber, "sign-offs")), "{\"verdict\": \"APPROVE\"}")
				.andExpect(jsonPath("$.status").value("AWAITING_DELIVERY"));
		as(ALPHA, Role.CLERK, post(caseUrl(caseNumber, "deliveries")), """
				{"method": "IN_PERSON", "deliveredOn": "2026-11-20", "recipient": "张三"}""")
				.andExpect(jsonPath("$.outcome").value("DENY"));
		as(ALPHA, Role.CLERK, post(caseUrl(caseNumber, "archiving")), null)
				.andExpect(jsonPath("$.status").value("ARCHIVED"))
				.andExpect(jsonPath("$.reviews[*].stage").value(org.hamcrest.Matchers.contains("REVIEW", "SIGN_OFF")));
		as(ALPHA, Role.CLERK, get(caseUrl(caseNumber, "documents")), null)
				.andExpect(jsonPath("$[?(@.kind == 'REPLY_LETTER')].format")
						.value(org.hamcrest.Matchers.containsInAnyOrder("DOCX", "PDF")));
	}

	@Test
	void supplementThatNeverComesEndsAsAbandonedAndIsArchived() throws Exception {
		String caseNumber = receive(ALPHA);
		as(ALPHA, Role.CLERK, post(caseUrl(caseNumber, "registration")), """
				{"decision": "SUPPLEMENT",
				 "supplement": {"noticedOn": "2026-11-20", "items": "请写明所需文件的名称或文号", "workingDays": 10}}""")
				.andExpect(jsonPath("$.status").value("AWAITING_SUPPLEMENT"))
				.andExpect(jsonPath("$.replyDueDate").doesNotExist())
				.andExpect(jsonPath("$.supplements[0].dueOn").value("2026-12-04"));

		clock.setTo(LocalDate.of(2026, 12, 7));
		String process = jdbc.queryForObject(
				"select process_instance_id from casework_case where agency_code = ? and case_number = ?", String.class,
				ALPHA, caseNumber);
		var timer = management.createTimerJobQuery().processInstanceId(process).elementId("supplementPeriodExpired")
				.singleResult();
		management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());

		as(ALPHA, Role.CLERK, get(caseUrl(caseNumber, "")), null)
				.andExpect(jsonPath("$.status").value("ABANDONED"))
				.andExpect(jsonPath("$.outcome").value("ABANDONED_NO_SUPPLEMENT"))
				.andExpect(jsonPath("$.currentSteps[0].step").value("archiveCase"));
		as(ALPHA, Role.CLERK, post(caseUrl(caseNumber, "archiving")), null)
				.andExpect(jsonPath("$.status").value("ARCHIVED"));
	}

	@Test
	void theClerkCannotApproveAndTheDrafterCannotApproveTheirOwnDraft() throws Exception {
		String caseNumber = acceptedCase(ALPHA);
		as(ALPHA, Role.HANDLER, post(caseUrl(caseNumber, "search-records")), SEARCH_FOUND);
		mvc.perform(post(caseUrl(caseNumber, "reply-drafts")).with(httpBasic("alpha-handler-reviewer", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\": \"DISCLOSE\", \"accessDetails\": \"电子邮件\"}"))
				.andExpect(status().isOk());

		as(ALPHA, Role.CLERK, post(caseUrl(caseNumber, "reply-reviews")), "{\"verdict\": \"APPROVE\"}")
				.andExpect(status().isForbidden())
				.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		mvc.perform(post(caseUrl(caseNumber, "reply-reviews")).with(httpBasic("alpha-handler-reviewer", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"verdict\": \"APPROVE\"}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.rule").value("separationOfDuties"));

		as(ALPHA, Role.REVIEWER, get(caseUrl(caseNumber, "")), null)
				.andExpect(jsonPath("$.status").value("IN_REVIEW"))
				.andExpect(jsonPath("$.reviews").isEmpty());
	}

	@Test
	void anotherAgencyCanNeitherSeeNorTouchTheCase() throws Exception {
		String caseNumber = receive(ALPHA);

		as(BETA, Role.CLERK, get(caseUrl(caseNumber, "")), null).andExpect(status().isNotFound());
		as(BETA, Role.CLERK, get(caseUrl(caseNumber, "deadlines")), null).andExpect(status().isNotFound());
		as(BETA, Role.CLERK, post(caseUrl(caseNumber, "registration")), "{\"decision\": \"ACCEPT\"}")
				.andExpect(status().isNotFound());
		String worklist = as(BETA, Role.CLERK, get("/api/tasks?size=200"), null).andReturn().getResponse()
				.getContentAsString();
		assertThat(worklist).doesNotContain(caseNumber);
		String taskId = JsonPath.read(as(ALPHA, Role.CLERK, get(caseUrl(caseNumber, "")), null).andReturn()
				.getResponse().getContentAsString(), "$.currentSteps[0].taskId");
		as(BETA, Role.CLERK, post("/api/tasks/" + taskId + "/claim"), null).andExpect(status().isNotFound());

		as(ALPHA, Role.CLERK, get(caseUrl(caseNumber, "")), null)
				.andExpect(jsonPath("$.status").value("RECEIVED"))
				.andExpect(jsonPath("$.currentSteps[0].assignee").doesNotExist());
	}

	@Test
	void personalDataIsMaskedForRolesThatDoNotNeedIt() throws Exception {
		String caseNumber = receive(ALPHA);

		as(ALPHA, Role.HANDLER, get(caseUrl(caseNumber, "")), null)
				.andExpect(jsonPath("$.applicant.idNumber").value(ApplicationFixtures.RESIDENT_ID))
				.andExpect(jsonPath("$.applicant.masked").value(false));
		as(ALPHA, Role.REVIEWER, get(caseUrl(caseNumber, "")), null)
				.andExpect(jsonPath("$.applicant.name").value("张三"))
				.andExpect(jsonPath("$.applicant.idNumber").value("1101************2X"))
				.andExpect(jsonPath("$.applicant.phone").value("138****8000"))
				.andExpect(jsonPath("$.applicant.masked").value(true));
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndLeavesNothingBehind() throws Exception {
		Map<String, Long> before = counts();

		as(ALPHA, Role.CLERK, post("/api/applications"), ApplicationFixtures.anApplicationJson(FRIDAY)
				.replace(ApplicationFixtures.RESIDENT_ID, "110105194912310021"))
				.andExpect(status().isBadRequest())
				.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
				.andExpect(jsonPath("$.errors[0].field").value("applicant.idNumber"))
				.andExpect(jsonPath("$.errors[0].rule").value("residentIdChecksum"));
		as(ALPHA, Role.CLERK, post("/api/applications"),
				ApplicationFixtures.anApplicationJson(LocalDate.of(2026, 11, 21)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("dates.submittedOn"))
				.andExpect(jsonPath("$.errors[0].rule").value("notInFuture"));
		as(ALPHA, Role.CLERK, post("/api/applications"), ApplicationFixtures.anApplicationJson(FRIDAY)
				.replace("\"requestedInformation\": \"2025年本区道路维修资金的使用情况\",", ""))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("requestedInformation"));
		as(ALPHA, Role.CLERK, post("/api/applications"), ApplicationFixtures.anApplicationJson(FRIDAY)
				.replace("\"IN_PERSON\"", "\"CARRIER_PIGEON\""))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("channel"));
		as(ALPHA, Role.CLERK, post("/api/applications"), ApplicationFixtures.anApplicationJson(FRIDAY)
				.replace("\"phone\": \"13800138000\", \"email\": \"zhang@example.cn\",", "")
				.replace("\"address\": \"北京市西城区某街1号\"", "\"address\": \" \""))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].rule").value("contactRequired"));
		as(ALPHA, Role.HANDLER, post("/api/applications"), ApplicationFixtures.anApplicationJson(FRIDAY))
				.andExpect(status().isForbidden());

		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void anInvalidDraftIsRefusedAndTheCaseStaysWhereItWas() throws Exception {
		String caseNumber = acceptedCase(ALPHA);
		as(ALPHA, Role.HANDLER, post(caseUrl(caseNumber, "search-records")), SEARCH_FOUND);

		as(ALPHA, Role.HANDLER, post(caseUrl(caseNumber, "reply-drafts")), "{\"outcome\": \"NOT_EXIST\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(
						org.hamcrest.Matchers.containsInAnyOrder("searchRecord", "reasons")));

		as(ALPHA, Role.HANDLER, get(caseUrl(caseNumber, "")), null)
				.andExpect(jsonPath("$.status").value("DRAFTING"))
				.andExpect(jsonPath("$.draft").doesNotExist())
				.andExpect(jsonPath("$.currentSteps[0].step").value("draftReply"));
	}

	@Test
	void worklistShowsAssignedAndClaimableTasksByDueDate() throws Exception {
		String later = receive(ALPHA);
		clock.setTo(LocalDate.of(2026, 11, 18));
		String earlier = receive(ALPHA);
		clock.setTo(FRIDAY);
		as(ALPHA, Role.CLERK, post(caseUrl(earlier, "registration")), "{\"decision\": \"ACCEPT\"}");
		as(ALPHA, Role.CLERK, post(caseUrl(later, "registration")), "{\"decision\": \"ACCEPT\"}");

		String page = as(ALPHA, Role.HANDLER, get("/api/tasks?size=200"), null)
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> cases = JsonPath.read(page, "$.items[*].caseNumber");
		List<String> dueDates = JsonPath.read(page, "$.items[*].dueDate");
		assertThat(cases).containsSubsequence(earlier, later);
		assertThat(dueDates).isSortedAccordingTo(String::compareTo);
		assertThat((List<String>) JsonPath.read(page, "$.items[*].role")).containsOnly("HANDLER");

		List<String> taskIds = JsonPath.read(page, "$.items[?(@.caseNumber == '" + later + "')].taskId");
		String taskId = taskIds.get(0);
		as(ALPHA, Role.HANDLER, post("/api/tasks/" + taskId + "/claim"), null).andExpect(status().isOk());
		as(ALPHA, Role.REVIEWER, post("/api/tasks/" + taskId + "/claim"), null).andExpect(status().isForbidden());
		as(ALPHA, Role.HANDLER, get("/api/tasks?page=0&size=1"), null)
				.andExpect(jsonPath("$.items.length()").value(1))
				.andExpect(jsonPath("$.size").value(1));
		as(ALPHA, Role.HANDLER, get(caseUrl(later, "")), null)
				.andExpect(jsonPath("$.currentSteps[0].assignee").value(username(ALPHA, Role.HANDLER)))
				.andExpect(jsonPath("$.replyDueDate").value("2026-12-18"));
		as(ALPHA, Role.HANDLER, get("/api/tasks?size=0"), null).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void worklistMarksDueSoonAndOverdueInWorkingDays() throws Exception {
		String caseNumber = acceptedCase(ALPHA);
		String item = "$.items[?(@.caseNumber == '" + caseNumber + "')]";

		clock.setTo(LocalDate.of(2026, 12, 14));
		as(ALPHA, Role.HANDLER, get("/api/tasks?size=200"), null)
				.andExpect(jsonPath(item + ".dueDate").value(org.hamcrest.Matchers.contains("2026-12-18")))
				.andExpect(jsonPath(item + ".workingDaysLeft").value(org.hamcrest.Matchers.contains(4)))
				.andExpect(jsonPath(item + ".dueSoon").value(org.hamcrest.Matchers.contains(true)))
				.andExpect(jsonPath(item + ".dueProvisional").value(org.hamcrest.Matchers.contains(false)));
		clock.setTo(LocalDate.of(2026, 12, 22));
		as(ALPHA, Role.HANDLER, get("/api/tasks?size=200"), null)
				.andExpect(jsonPath(item + ".overdue").value(org.hamcrest.Matchers.contains(true)))
				.andExpect(jsonPath(item + ".workingDaysLeft").value(org.hamcrest.Matchers.contains(-2)));
	}

	@Test
	void theHeadApprovesAnExtensionAndTheLedgerExplainsTheNewDate() throws Exception {
		String caseNumber = acceptedCase(ALPHA);

		as(ALPHA, Role.HANDLER, post(caseUrl(caseNumber, "extension-requests")),
				"{\"kind\": \"EXTENSION\", \"workingDays\": 25, \"reason\": \"档案量大\"}")
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].rule").value("maxExtension"));
		as(ALPHA, Role.HANDLER, post(caseUrl(caseNumber, "extension-requests")),
				"{\"kind\": \"EXTENSION\", \"workingDays\": 10, \"reason\": \"档案量大\"}")
				.andExpect(status().isOk());
		as(ALPHA, Role.HANDLER, post(caseUrl(caseNumber, "extension-decisions")), "{\"verdict\": \"APPROVE\"}")
				.andExpect(status().isForbidden());
		as(ALPHA, Role.HEAD, post(caseUrl(caseNumber, "extension-decisions")), "{\"verdict\": \"APPROVE\"}")
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("noticedOn"));
		// 30 working days from Fri 2026-11-20 reach early 2027; whether 1 January counts depends on the 2027 notice.
		var expected = calendar.addWorkingDays(ALPHA, FRIDAY, 30);
		as(ALPHA, Role.HEAD, post(caseUrl(caseNumber, "extension-decisions")),
				"{\"verdict\": \"APPROVE\", \"noticedOn\": \"2026-11-20\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.replyDueDate").value(expected.date().toString()))
				.andExpect(jsonPath("$.replyDueProvisional").value(expected.provisional()))
				.andExpect(jsonPath("$.extensions[0].status").value("APPROVED"));

		as(ALPHA, Role.CLERK, get(caseUrl(caseNumber, "deadlines")), null)
				.andExpect(jsonPath("$[?(@.kind == 'REPLY' && @.active == true)].explanation").value(
						org.hamcrest.Matchers.contains(org.hamcrest.Matchers.containsString("10 working days extension"))));
	}

	@Test
	void aDeliveryNeedsTheProofItsMethodRequires() throws Exception {
		String caseNumber = acceptedCase(ALPHA);
		as(ALPHA, Role.HANDLER, post(caseUrl(caseNumber, "search-records")), SEARCH_FOUND);
		as(ALPHA, Role.HANDLER, post(caseUrl(caseNumber, "reply-drafts")), """
				{"outcome": "DISCLOSE", "accessDetails": "电子邮件"}""");
		as(ALPHA, Role.REVIEWER, post(caseUrl(caseNumber, "reply-reviews")), "{\"verdict\": \"APPROVE\"}");

		as(ALPHA, Role.CLERK, post(caseUrl(caseNumber, "deliveries")), """
				{"method": "IN_PERSON", "deliveredOn": "2026-11-20"}""")
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recipient"));
		as(ALPHA, Role.CLERK, post(caseUrl(caseNumber, "deliveries")), """
				{"method": "POST", "deliveredOn": "2026-11-20"}""")
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("trackingNumber"));
		as(ALPHA, Role.CLERK, post(caseUrl(caseNumber, "deliveries")), """
				{"method": "ELECTRONIC", "deliveredOn": "2026-11-20"}""")
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("confirmedOn"));
		as(ALPHA, Role.CLERK, post(caseUrl(caseNumber, "deliveries")), """
				{"method": "ELECTRONIC", "deliveredOn": "2026-11-20", "confirmedOn": "2026-11-20"}""")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.delivery.confirmedOn").value("2026-11-20"))
				.andExpect(jsonPath("$.deadlines[?(@.kind == 'RECONSIDERATION_WINDOW')].dueDate")
						.value(org.hamcrest.Matchers.contains("2027-01-19")));
	}

	@Test
	void theAuditTrailCannotBeEditedThroughTheApi() throws Exception {
		String caseNumber = receive(ALPHA);

		as(ALPHA, Role.ADMIN, delete(caseUrl(caseNumber, "")), null).andExpect(status().is4xxClientError());
		as(ALPHA, Role.ADMIN, put(caseUrl(caseNumber, "")), "{}").andExpect(status().is4xxClientError());
		as(ALPHA, Role.ADMIN, post(caseUrl(caseNumber, "history")), "{}").andExpect(status().is4xxClientError());

		as(ALPHA, Role.HEAD, get(caseUrl(caseNumber, "")), null)
				.andExpect(jsonPath("$.history.length()").value(1));
		// the administrator manages accounts and reads no case at all
		as(ALPHA, Role.ADMIN, get(caseUrl(caseNumber, "")), null).andExpect(status().isForbidden());
	}

	@Test
	void unauthenticatedCallsGetAProblemDetail() throws Exception {
		mvc.perform(get("/api/tasks")).andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.status").value(401));
		mvc.perform(get("/api/tasks").with(httpBasic(username(ALPHA, Role.CLERK), "wrong")))
				.andExpect(status().isUnauthorized());
	}

	@Test
	void apiDocumentationDescribesTheActions() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
				.andExpect(jsonPath("$.paths['/api/applications'].post").exists())
				.andExpect(jsonPath("$.paths['/api/cases/{caseNumber}/reply-reviews'].post").exists())
				.andExpect(jsonPath("$.paths['/api/tasks'].get").exists())
				.andExpect(jsonPath("$.paths['/api/tasks'].get.parameters[*].name")
						.value(org.hamcrest.Matchers.containsInAnyOrder("page", "size", "step", "after", "before")))
				.andExpect(jsonPath("$.paths['/api/applications'].get.parameters[*].name")
						.value(org.hamcrest.Matchers.containsInAnyOrder("applicantName", "page", "size", "after")))
				.andExpect(jsonPath("$.paths['/api/tasks'].get.description")
						.value(org.hamcrest.Matchers.containsString("after=<next>")));
	}

	static final String SEARCH_FOUND = """
			{"searchedOn": "2026-11-20", "sourcesSearched": "公文系统、档案室", "keywords": "道路维修", "found": true}""";

	String receive(String agency) throws Exception {
		String body = as(agency, Role.CLERK, post("/api/applications"),
				ApplicationFixtures.anApplicationJson(LocalDate.ofInstant(clock.instant(), clock.getZone())))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("RECEIVED"))
				.andExpect(jsonPath("$.replyDueDate").exists())
				.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.caseNumber");
	}

	String acceptedCase(String agency) throws Exception {
		String caseNumber = receive(agency);
		as(agency, Role.CLERK, post(caseUrl(caseNumber, "registration")), "{\"decision\": \"ACCEPT\"}")
				.andExpect(status().isOk());
		return caseNumber;
	}

	ResultActions as(String agency, Role role, MockHttpServletRequestBuilder request, String json) throws Exception {
		request.with(httpBasic(username(agency, role), PASSWORD));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}

	static String caseUrl(String caseNumber, String action) {
		return "/api/cases/" + caseNumber + (action.isEmpty() ? "" : "/" + action);
	}

	Map<String, Long> counts() {
		return Map.of(
				"applications", jdbc.queryForObject("select count(*) from intake_application", Long.class),
				"cases", jdbc.queryForObject("select count(*) from casework_case", Long.class),
				"deadlines", jdbc.queryForObject("select count(*) from deadlines_entry", Long.class),
				"audit", jdbc.queryForObject("select count(*) from audit_entry", Long.class),
				"processes", jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION", Long.class),
				"sequence", jdbc.queryForObject("select coalesce(sum(next_value), 0) from intake_case_sequence",
						Long.class));
	}
}
