package ogi.casework.casework.process;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ogi.casework.casework.Notification;
import ogi.casework.casework.Notifying;
import ogi.casework.support.Cases;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.audit.AuditEntry;
import ogi.casework.audit.AuditManagement;
import ogi.casework.litigation.DecisionType;
import ogi.casework.litigation.FilingKind;
import ogi.casework.litigation.LitigationManagement;
import ogi.casework.litigation.MatterForms;
import ogi.casework.litigation.MatterKind;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;
import ogi.casework.support.TestClockConfiguration;

/**
 * The legalMatter process: its one timer waits for the next reminder or escalation the litigation module computes,
 * moves when a hearing is added or the calendar changes, and fires with the test's clock.
 */
@CaseworkIntegrationTest
class LegalMatterProcessTests {

	static final CurrentUser LEGAL = Agencies.user(ALPHA, Role.LEGAL);

	@Autowired
	LitigationManagement litigation;

	@Autowired
	LegalMatterProcesses processes;

	@Autowired
	Cases cases;

	@Autowired
	Notifying notifications;

	@Autowired
	AuditManagement audit;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Test
	void remindsLegalStaffThenEscalatesAMissedReplyToTheHeadAndLegalStaff() {
		clock.setTo(LocalDate.of(2026, 11, 2));
		String caseNumber = aCase();
		// Copy received Mon 11-02: 5 working days → Mon 11-09; reminder 2 working days before, at 08:00.
		long matter = register(MatterKind.RECONSIDERATION, "2026-11-02", caseNumber);

		Job timer = timer(matter);
		assertThat(timer.getDuedate()).isEqualTo(at8(LocalDate.of(2026, 11, 5)));
		assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TIMER_JOB where ID_ = ?", Integer.class,
				timer.getId())).as("the timer is a row: it survives a restart").isEqualTo(1);

		clock.setTo(LocalDate.of(2026, 11, 5));
		fire(timer(matter));

		assertThat(notificationsOf(caseNumber)).extracting(Notification::recipient, Notification::kind)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("role:LEGAL", "LEGAL_REMINDER"));
		assertThat(timer(matter).getDuedate()).as("next: the escalation the morning after the deadline")
				.isEqualTo(at8(LocalDate.of(2026, 11, 10)));

		clock.setTo(LocalDate.of(2026, 11, 10));
		fire(timer(matter));

		assertThat(notificationsOf(caseNumber)).filteredOn(n -> n.kind().equals("LEGAL_DEADLINE_MISSED"))
				.extracting(Notification::recipient).containsExactlyInAnyOrder("role:HEAD", "role:LEGAL");
		assertThat(notificationsOf(caseNumber)).filteredOn(n -> n.kind().equals("LEGAL_DEADLINE_MISSED"))
				.allSatisfy(n -> assertThat(n.message()).contains("视为该行政行为没有证据、依据"));
		assertThat(notificationsOf(caseNumber)).filteredOn(n -> n.kind().equals("LEGAL_DEADLINE_MISSED"))
				.allSatisfy(n -> assertThat(n.wording()).satisfies(wording -> {
					assertThat(wording.key()).isEqualTo("notification.alarm.missed");
					assertThat(wording.arguments()).contains("#matterDeadline.T15.what", "=2026-11-09",
							"#matterDeadline.T15.consequence");
				}));
		assertThat(audit.history(ALPHA, caseNumber)).extracting(AuditEntry::action).contains("MATTER_DEADLINE_MISSED");
		assertThat(timer(matter)).as("nothing left to remind of: waits for the next change").isNull();
		assertThat(litigation.find(matter, LEGAL).fault()).isTrue();
	}

	@Test
	void aHearingWakesTheWaitingProcessAndAnEarlierHearingMovesItsTimer() {
		clock.setTo(LocalDate.of(2026, 11, 16));
		String caseNumber = aCase();
		long matter = register(MatterKind.RECONSIDERATION, "2026-11-16", caseNumber);
		litigation.recordFiling(matter, new MatterForms.FilingForm(FilingKind.REPLY_AND_EVIDENCE,
				LocalDate.of(2026, 11, 16), "答复书及证据目录"), LEGAL);
		assertThat(timer(matter)).as("filed: no reminder, no escalation").isNull();
		assertThat(processes.instanceOf(ALPHA, matter)).isNotNull();

		litigation.addHearing(matter, new MatterForms.HearingForm(LocalDate.of(2026, 12, 2), "复议机构听证室"), LEGAL);
		// 3 working days before Wed 12-02: Fri 11-27.
		assertThat(timer(matter).getDuedate()).isEqualTo(at8(LocalDate.of(2026, 11, 27)));

		litigation.addHearing(matter, new MatterForms.HearingForm(LocalDate.of(2026, 11, 25), null), LEGAL);
		assertThat(timer(matter).getDuedate()).isEqualTo(at8(LocalDate.of(2026, 11, 20)));

		clock.setTo(LocalDate.of(2026, 11, 20));
		fire(timer(matter));
		assertThat(notificationsOf(caseNumber)).extracting(Notification::recipient)
				.containsExactlyInAnyOrder("role:HEAD", "role:LEGAL");
		assertThat(timer(matter).getDuedate()).isEqualTo(at8(LocalDate.of(2026, 11, 27)));

		litigation.recordFiling(matter, new MatterForms.FilingForm(FilingKind.SUPPLEMENTARY_EVIDENCE,
				LocalDate.of(2026, 11, 20), null), LEGAL);
		assertThat(notificationsOf(caseNumber)).as("an alarm is raised once").hasSize(2);
	}

	@Test
	void theProcessEndsOnceTheDecisionIsInAndTheSuitWindowHasPassed() {
		clock.setTo(LocalDate.of(2026, 10, 12));
		String caseNumber = aCase();
		long matter = register(MatterKind.RECONSIDERATION, "2026-10-12", caseNumber);
		litigation.recordFiling(matter, new MatterForms.FilingForm(FilingKind.REPLY_AND_EVIDENCE,
				LocalDate.of(2026, 10, 12), null), LEGAL);

		clock.setTo(LocalDate.of(2026, 11, 2));
		litigation.recordDecision(matter, new MatterForms.DecisionForm(DecisionType.UPHELD, LocalDate.of(2026, 10, 30),
				LocalDate.of(2026, 11, 2), null, null, null), LEGAL);
		// T18: 15 days from Mon 11-02 → Tue 11-17; the watch ends the morning after.
		assertThat(timer(matter).getDuedate()).isEqualTo(at8(LocalDate.of(2026, 11, 18)));

		clock.setTo(LocalDate.of(2026, 11, 18));
		fire(timer(matter));

		assertThat(notificationsOf(caseNumber)).singleElement().satisfies(n -> {
			assertThat(n.message()).contains("15 days for a suit");
			assertThat(n.wording().key()).isEqualTo("notification.alarm.suitWindowEnded");
			assertThat(n.wording().arguments()).contains("=2026-11-17", "#matterDeadline.T18.basis");
		});
		assertThat(processes.instanceOf(ALPHA, matter)).as("concluded").isNull();
	}

	@Test
	void aCalendarChangeMovesTheReminder() throws Exception {
		clock.setTo(LocalDate.of(2026, 12, 1));
		String caseNumber = aCase();
		// Tue 12-01 + 5 working days → Tue 12-08; reminder Fri 12-04.
		long matter = register(MatterKind.RECONSIDERATION, "2026-12-01", caseNumber);
		assertThat(timer(matter).getDuedate()).isEqualTo(at8(LocalDate.of(2026, 12, 4)));

		admin(post("/api/calendar/regions/{region}/days", "LITIGATION-TEST-REGION"), """
				{"year": 2026, "noticeUrl": "测试政办发〔2026〕11号",
				 "days": [{"date": "2026-12-03", "name": "测试民族节日", "offDay": true}]}
				""");
		admin(put("/api/calendar/regions/{region}/agencies/{agency}", "LITIGATION-TEST-REGION", ALPHA), null);
		try {
			assertThat(litigation.find(matter, LEGAL).deadlines().get(0).dueOn()).isEqualTo("2026-12-09");
			assertThat(timer(matter).getDuedate()).isEqualTo(at8(LocalDate.of(2026, 12, 7)));
		}
		finally {
			admin(delete("/api/calendar/regions/{region}/agencies/{agency}", "LITIGATION-TEST-REGION", ALPHA), null);
		}
		assertThat(timer(matter).getDuedate()).isEqualTo(at8(LocalDate.of(2026, 12, 4)));
	}

	private long register(MatterKind kind, String copy, String caseNumber) {
		return litigation.register(new MatterForms.Registration(kind, "某某区人民政府", "复-" + System.nanoTime(),
				LocalDate.parse(copy), null, List.of(caseNumber), null), LEGAL).matter().id();
	}

	private Job timer(long matter) {
		var instance = processes.instanceOf(ALPHA, matter);
		return instance == null ? null : processes.timer(instance.getId());
	}

	private void fire(Job timer) {
		management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
	}

	private List<Notification> notificationsOf(String caseNumber) {
		return notifications.ofCase(ALPHA, caseNumber);
	}

	private String aCase() {
		return cases.open(ApplicationFixtures.anApplication(LocalDate.of(2026, 9, 1)), Agencies.user(ALPHA, Role.CLERK))
				.caseNumber();
	}

	private static Date at8(LocalDate day) {
		return Date.from(LocalDateTime.of(day, java.time.LocalTime.of(8, 0)).atZone(TestClockConfiguration.ZONE)
				.toInstant());
	}

	private void admin(MockHttpServletRequestBuilder request, String json) throws Exception {
		request.with(httpBasic(username(ALPHA, Role.ADMIN), PASSWORD));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		mvc.perform(request).andExpect(status().is2xxSuccessful());
	}
}
