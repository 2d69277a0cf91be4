package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.awaitility.Awaitility;
import org.flowable.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.fees.FeeMethod;
import ogi.casework.fees.FeeNoticeForm;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.JobExecutorOn;
import ogi.casework.support.Jobs;
import ogi.casework.support.MutableClock;

/**
 * A timer that keeps failing must not go unnoticed: once Flowable parks it as a dead-letter job, the agency's
 * administrators and head are alerted, the case's audit trail says so, and an administrator retries it.
 */
@CaseworkIntegrationTest
@JobExecutorOn
class FailedJobsProcessTests {

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	static final CurrentUser HANDLER = user(ALPHA, Role.HANDLER);

	@Autowired
	Cases cases;

	@Autowired
	CaseProcess process;

	@Autowired
	Jobs jobs;

	@Autowired
	MutableClock clock;

	@Autowired
	ManagementService management;

	@Autowired
	Notifying notifying;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.flowable.engine.RepositoryService repository;

	/** A process of no agency with a timer start far ahead: its job stands for the nightly reconciliation's. */
	static final String PLATFORM_CHORE = """
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="ogi-test">
			  <process id="platformChore" isExecutable="true">
			    <startEvent id="reconciliationDue"><timerEventDefinition><timeDate>2037-12-31T00:00:00</timeDate>
			    </timerEventDefinition></startEvent>
			    <sequenceFlow id="toChoreDone" sourceRef="reconciliationDue" targetRef="choreDone"/>
			    <endEvent id="choreDone"/>
			  </process>
			</definitions>""";

	@Autowired
	DeadlineReconciliation reconciliation;

	@Test
	void aFailedJobOfNoAgencyIsThePlatformAdministratorsToSeeAndRetry() throws Exception {
		var deployment = repository.createDeployment().name("platform chore (test)")
			.addString("platform-chore.bpmn20.xml", PLATFORM_CHORE).deploy();
		try {
			var definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
			var timer = management.createTimerJobQuery().processDefinitionId(definition.getId()).singleResult();
			management.moveJobToDeadLetterJob(timer.getId());
			String platformAdmin = Agencies.username(ALPHA, Role.PLATFORM_ADMIN);
			String admin = Agencies.username(ALPHA, Role.ADMIN);

			mvc.perform(get("/api/admin/failed-jobs").with(httpBasic(platformAdmin, Agencies.PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == '" + timer.getId() + "')].platform")
					.value(org.hamcrest.Matchers.contains(true)));
			mvc.perform(get("/api/admin/failed-jobs").with(httpBasic(admin, Agencies.PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == '" + timer.getId() + "')]").isEmpty());
			assertThat(page(platformAdmin, "/admin/failed-jobs")).contains("平台作业", "每日期限核对", "retry-" + timer.getId());
			assertThat(page(admin, "/admin/failed-jobs")).doesNotContain(timer.getId());
			// told to the platform's administrators above their worklist, in Chinese, and reminded of nightly; not to
			// the agency's administrator, who cannot retry it
			assertThat(page(platformAdmin, "/tasks")).contains("平台作业“每日期限核对”执行失败并已停止",
					"href=\"/admin/failed-jobs\"").doesNotContain("job.", "failed for good");
			reconciliation.remindOfDeadJobs();
			assertThat(page(platformAdmin, "/tasks")).contains("仍有 1 个平台故障作业");
			assertThat(page(admin, "/tasks")).doesNotContain("平台作业", "平台故障作业");

			// the agency's administrator may not retry it; the platform's may, and the job runs again
			mvc.perform(post("/api/admin/failed-jobs/{id}/retries", timer.getId()).with(httpBasic(admin,
					Agencies.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{\"retries\": 1}"))
				.andExpect(status().isNotFound());
			mvc.perform(post("/api/admin/failed-jobs/{id}/retries", timer.getId()).with(httpBasic(platformAdmin,
					Agencies.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{\"retries\": 1}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.platform").value(true));
			jobs.awaitIdle();
			assertThat(management.createDeadLetterJobQuery().jobId(timer.getId()).count()).isZero();
		}
		finally {
			// a failed assertion leaves the dead job, which would keep the deployment (and hide the failure)
			management.createDeadLetterJobQuery().jobWithoutTenantId().list()
				.forEach(job -> management.deleteDeadLetterJob(job.getId()));
			repository.deleteDeployment(deployment.getId(), true);
		}
	}

	@Test
	void aTimerThatFailsForGoodIsRaisedToTheAdministratorsAndCanBeRetried() throws Exception {
		clock.setTo(LocalDate.of(2026, 6, 3));
		String caseNumber = cases.open(ApplicationFixtures.anApplication(LocalDate.of(2026, 6, 1)), CLERK)
				.caseNumber();
		jobs.awaitIdle();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		jobs.awaitIdle();
		cases.noticeFee(caseNumber, new FeeNoticeForm(FeeMethod.PER_PAGE, 120, new BigDecimal("1100.00"), "按量计收",
				LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 3)), HANDLER);
		jobs.awaitIdle();

		// A drifted timer (a manual database fix gone wrong): it fires while the payment window still runs.
		var feeTimer = process.timer(ALPHA, caseNumber, "feeWindowExpired");
		management.rescheduleTimeDateJob(feeTimer.getId(), "2026-06-03T00:00:00+08:00");
		for (int attempt = 0; attempt < 5 && management.createDeadLetterJobQuery().count() == 0; attempt++) {
			clock.advance(Duration.ofMinutes(1));
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> management.createDeadLetterJobQuery().count() > 0
					|| management.createJobQuery().count() == 0 && management.createTimerJobQuery().executable().count() == 0);
		}

		assertThat(management.createDeadLetterJobQuery().list()).singleElement()
				.satisfies(job -> assertThat(job.getElementId()).isEqualTo("feeWindowExpired"));
		assertThat(notifying.ofCase(ALPHA, caseNumber)).extracting(Notification::recipient)
				.contains("role:ADMIN", "role:HEAD");
		assertThat(process.actions(ALPHA, caseNumber)).contains("PROCESS_JOB_FAILED");
		assertThat(process.steps(ALPHA, caseNumber)).as("the case stays where it was, not stranded")
				.contains("handleRequest");

		String admin = Agencies.username(ALPHA, Role.ADMIN);
		String jobId = management.createDeadLetterJobQuery().singleResult().getId();
		mvc.perform(get("/api/admin/failed-jobs").with(httpBasic(admin, Agencies.PASSWORD)))
				.andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(jobId))
				.andExpect(jsonPath("$[0].caseNumber").value(caseNumber));
		mvc.perform(get("/api/admin/failed-jobs").with(httpBasic(Agencies.username("BETA", Role.ADMIN),
				Agencies.PASSWORD))).andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
		mvc.perform(post("/api/admin/failed-jobs/{id}/retries", jobId).with(httpBasic(Agencies.username(ALPHA,
				Role.CLERK), Agencies.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"retries\": 1}")).andExpect(status().isForbidden());

		// the same jobs on the page, in Chinese: the head reads them, an administrator also gets the retry button
		// and the head's message centre above the worklist says so in Chinese
		assertThat(page(Agencies.username(ALPHA, Role.HEAD), "/tasks")).contains("消息中心", caseNumber + " 的流程作业执行失败并已停止",
				"data-count=\"signOffReply\"", "href=\"/admin/failed-jobs\"").doesNotContain("failed for good");
		String headPage = page(Agencies.username(ALPHA, Role.HEAD), "/admin/failed-jobs");
		assertThat(headPage).contains(caseNumber, "缴费期限届满", "故障作业").doesNotContain("retry-" + jobId);
		String adminPage = page(admin, "/admin/failed-jobs");
		assertThat(adminPage).contains(caseNumber, "缴费期限届满", "retry-" + jobId);
		// the head may open the case from here; an administrator reads no case, so theirs names it without a link
		assertThat(headPage).contains("href=\"/cases/" + caseNumber + "\"");
		assertThat(adminPage).doesNotContain("href=\"/cases/" + caseNumber + "\"");
		mvc.perform(get("/api/cases/{n}", caseNumber).with(httpBasic(admin, Agencies.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/cases/{n}/documents", caseNumber).with(httpBasic(admin, Agencies.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/applications/{n}/similar", caseNumber).with(httpBasic(admin, Agencies.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/applications/proactive-disclosure-candidates").with(httpBasic(admin,
				Agencies.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/applications").param("applicantName", "张").with(httpBasic(admin, Agencies.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/cases/{n}", caseNumber).with(httpBasic(Agencies.username(ALPHA, Role.HEAD),
				Agencies.PASSWORD))).andExpect(status().isOk());
		assertThat(page(Agencies.username("BETA", Role.ADMIN), "/admin/failed-jobs")).contains("没有故障作业")
			.doesNotContain(caseNumber);

		// Repaired at the source (the timer is on the window's last day again), the administrator retries it.
		clock.setTo(LocalDate.of(2026, 7, 10));
		mvc.perform(post("/api/admin/failed-jobs/{id}/retries", jobId).with(httpBasic(admin, Agencies.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"retries\": 1}")).andExpect(status().isOk());
		jobs.awaitIdle();

		assertThat(management.createDeadLetterJobQuery().count()).isZero();
		assertThat(process.actions(ALPHA, caseNumber)).contains("PROCESS_JOB_RETRIED", "APPLICATION_ABANDONED");
	}

	/** A page as the signed-in user sees it (form sign-in, session cookie). */
	private String page(String username, String path) throws Exception {
		var session = mvc.perform(post("/login").with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.csrf()).param("username", username).param("password",
						Agencies.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
		return mvc.perform(get(path).cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
