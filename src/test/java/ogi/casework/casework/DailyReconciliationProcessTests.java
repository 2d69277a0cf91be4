package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.awaitility.Awaitility;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.JobExecutorOn;
import ogi.casework.support.Jobs;
import ogi.casework.support.MutableClock;
import ogi.casework.support.TestClockConfiguration;

/**
 * The daily reconciliation as the engine runs it (job executor on): its timer starts the process, and each sweep goes
 * page by page, each page a job and each case of a page a transaction of its own. One job for the whole night ran in
 * the timer job's transaction: at 100k open cases it outlived the job's lock (another node ran it again, the first
 * lost its commit), and one case that could not be repaired threw every other case's repair away with it. The engine's
 * history of sweeps is kept for 30 days.
 */
@CaseworkIntegrationTest
@JobExecutorOn
@TestPropertySource(properties = "ogi.reconciliation.page-size=2")
class DailyReconciliationProcessTests {

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	/** Art. 33(2): 20 working days after Mon 2026-11-02 (no rest day but weekends in November 2026) is Mon 11-30. */
	static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);

	static final LocalDate REPLY_DUE = LocalDate.of(2026, 11, 30);

	static final String REPLY_TIMER = "replyDeadlineReached";

	@Autowired
	Cases cases;

	@Autowired
	CaseProcess process;

	@Autowired
	Jobs jobs;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	@Test
	void theNightlySweepGoesPageByPageAndACaseThatCannotBeRepairedKeepsNoOtherFromIt() {
		clock.setTo(RECEIVED.atTime(10, 0));
		jobs.awaitIdle();
		List<String> open = java.util.stream.IntStream.range(0, 5).mapToObj(i -> openAndAccept()).toList();
		Date drifted = Date.from(java.time.OffsetDateTime.parse("2026-12-31T00:00:00+08:00").toInstant());
		for (String caseNumber : open.subList(0, 3)) {
			management.rescheduleTimeDateJob(process.timer(ALPHA, caseNumber, REPLY_TIMER).getId(),
					"2026-12-31T00:00:00+08:00");
			assertThat(process.timer(ALPHA, caseNumber, REPLY_TIMER).getDuedate()).isEqualTo(drifted);
		}
		// a fee window counted on a calendar this node no longer has (as after another node loaded rest days): the
		// sweep counts it again, F-5: 20 working days after Mon 11-02 → Mon 11-30 — inside the sweep's own job
		String windowed = openAndAccept();
		cases.noticeFee(windowed, new ogi.casework.fees.FeeNoticeForm(ogi.casework.fees.FeeMethod.PER_PAGE, 120,
				new java.math.BigDecimal("1100.00"), "按量计收", RECEIVED, RECEIVED), user(ALPHA, Role.HANDLER));
		jobs.awaitIdle();
		jdbc.update("update fees_notice set payable_until = '2026-12-01' where agency_code = ? and case_number = ?",
				ALPHA, windowed);
		jdbc.update("update deadlines_pause set planned_end = '2026-12-01' where agency_code = ? and case_number = ?"
				+ " and ended_on is null", ALPHA, windowed);
		String refused = open.get(1);
		String instance = process.processOf(ALPHA, refused);
		for (String event : List.of("insert", "update", "delete")) {
			jdbc.execute("create trigger refuse_timer_" + event + " before " + event + " on ACT_RU_TIMER_JOB for each row"
					+ " if " + ("delete".equals(event) ? "old" : "new") + ".PROCESS_INSTANCE_ID_ = '" + instance + "' then"
					+ " signal sqlstate '45000' set message_text = 'refused by the test'; end if");
		}
		long finishedBefore = finishedSweeps();
		try {
			// the daily timer made due, as at 02:00
			clock.setTo(LocalDateTime.of(2026, 11, 3, 2, 0, 1));
			management.moveTimerToExecutableJob(dailyTimer());
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> finishedSweeps() > finishedBefore);
			jobs.awaitIdle();
		}
		finally {
			for (String event : List.of("insert", "update", "delete")) {
				jdbc.execute("drop trigger refuse_timer_" + event);
			}
		}

		for (String repaired : List.of(open.get(0), open.get(2))) {
			assertThat(process.timer(ALPHA, repaired, REPLY_TIMER).getDuedate()).as(repaired)
				.isEqualTo(endOf(REPLY_DUE));
			assertThat(process.actions(ALPHA, repaired)).contains("DEADLINE_TIMER_REPAIRED");
		}
		assertThat(process.timer(ALPHA, refused, REPLY_TIMER).getDuedate()).as("the case that could not be repaired")
			.isEqualTo(drifted);
		assertThat(process.actions(ALPHA, refused)).doesNotContain("DEADLINE_TIMER_REPAIRED");
		assertThat(jdbc.queryForList("select recipient from casework_notification where agency_code = ?"
				+ " and case_number = ? and kind = 'TIMERS_NOT_RECONCILED'", String.class, ALPHA, refused))
			.as("told to the agency's administrators").containsExactly("role:ADMIN");
		assertThat(jdbc.queryForObject("select count(*) from casework_notification where kind = 'TIMERS_NOT_RECONCILED'",
				Long.class)).as("only the case that could not be repaired").isEqualTo(1);
		assertThat(jdbc.queryForObject("select payable_until from fees_notice where agency_code = ? and case_number = ?",
				LocalDate.class, ALPHA, windowed)).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(process.timer(ALPHA, windowed, "feeWindowExpired").getDuedate())
			.isEqualTo(endOf(LocalDate.of(2026, 11, 30)));
		assertThat(process.actions(ALPHA, windowed)).contains("DEADLINE_RECOMPUTED");
		for (String untouched : open.subList(3, 5)) {
			assertThat(process.timer(ALPHA, untouched, REPLY_TIMER).getDuedate()).isEqualTo(endOf(REPLY_DUE));
			assertThat(process.actions(ALPHA, untouched)).doesNotContain("DEADLINE_TIMER_REPAIRED");
		}

		var sweep = history.createHistoricProcessInstanceQuery().processDefinitionKey("deadlineReconciliation")
			.finished().orderByProcessInstanceEndTime().desc().list().get(0);
		long openCases = jdbc.queryForObject("select count(*) from casework_case where closed_at is null"
				+ " and process_instance_id is not null", Long.class);
		assertThat(openCases).isGreaterThanOrEqualTo(5);
		// the cases whose reconsideration or lawsuit window ends on or after a month before 11-03 (none of this
		// test's own, but other tests' in this database), walked after the open cases
		long remedies = jdbc.queryForObject("select count(*) from (select distinct agency_code, case_number"
				+ " from deadlines_entry where active = true and kind in ('RECONSIDERATION_WINDOW', 'LAWSUIT_WINDOW')"
				+ " and due_date >= '2026-10-03') windowed", Long.class);
		// pages of two: every full page is followed by one more, the last one not full (possibly empty)
		assertThat(runs(sweep.getId(), "reconcileTimers")).as("pages of the %d open cases, then of %d with windows",
				openCases, remedies).isEqualTo((openCases / 2 + 1) + (remedies / 2 + 1));
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(sweep.getId())
			.variableName("remedyPhase").count()).as("no phase left at the end").isZero();
		assertThat(runs(sweep.getId(), "remindOfDeadJobs")).isEqualTo(1);
		// the cases the read model watches, then those with running work in the ledger (here: the open cases, which
		// it watches too, so they are counted in pages but not assessed twice)
		long watched = jdbc.queryForObject("select count(*) from risk_assessment where in_scope = true", Long.class);
		assertThat(runs(sweep.getId(), "reassessRisks")).as("pages of the %d watched and %d open cases", watched,
				openCases).isEqualTo((watched / 2 + 1) + (openCases / 2 + 1));
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(sweep.getId())
			.variableName("risksAssessed").singleResult().getValue()).isEqualTo((int) watched);
		// one job per chain: each agency's trail is 16 hash chains (by case number), those with entries or a head
		long chains = jdbc.queryForObject("select count(*) from (select agency_code, chain_stripe from audit_entry"
				+ " where chain_stripe is not null union select agency_code, stripe from audit_chain_head) chained",
				Long.class);
		long agencies = jdbc.queryForObject("select count(*) from (select agency_code from audit_entry"
				+ " union select agency_code from audit_chain_head) audited", Long.class);
		assertThat(chains).as("several chains of an agency").isGreaterThan(agencies);
		assertThat(runs(sweep.getId(), "verifyAuditTrail")).as("one job per chain of an agency with an audit trail")
			.isEqualTo(chains);
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(sweep.getId())
			.variableName("auditAgency").count()).as("no cursor left at the end").isZero();
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(sweep.getId())
			.variableName("timersRepaired").singleResult().getValue()).as("two reply timers, one fee window")
			.isEqualTo(3);
		assertThat(management.createDeadLetterJobQuery().count()).isZero();

		// a month later the next night's sweep (its timer long past due: it fires as soon as the clock moves) deletes
		// the engine's history of this one, more than 30 days old, and keeps its own
		clock.setTo(LocalDateTime.of(2026, 12, 4, 2, 0, 1));
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> history.createHistoricProcessInstanceQuery()
			.processDefinitionKey("deadlineReconciliation").finished().startedAfter(java.sql.Timestamp.valueOf(
					LocalDateTime.of(2026, 12, 1, 0, 0)))
			.count() == 1);
		jobs.awaitIdle();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(sweep.getId()).count())
			.as("the sweep of 11-03").isZero();
		assertThat(finishedSweeps()).as("the sweep of 12-04 alone").isEqualTo(1);
	}

	private long runs(String processInstanceId, String activityId) {
		return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
			.activityId(activityId).count();
	}

	private long finishedSweeps() {
		return history.createHistoricProcessInstanceQuery().processDefinitionKey("deadlineReconciliation").finished()
			.count();
	}

	private String dailyTimer() {
		var definition = repository.createProcessDefinitionQuery().processDefinitionKey("deadlineReconciliation")
			.latestVersion().singleResult();
		return management.createTimerJobQuery().processDefinitionId(definition.getId()).singleResult().getId();
	}

	private String openAndAccept() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(RECEIVED), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		return caseNumber;
	}

	private static Date endOf(LocalDate day) {
		return CaseVariables.endOf(day, TestClockConfiguration.ZONE);
	}
}
