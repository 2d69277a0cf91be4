package ogi.casework.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

import org.flowable.job.api.Job;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.TaskInfo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import ogi.casework.shared.CaseStatus;
import ogi.casework.CaseworkApplication;
import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.TestDatabase;

/** A restart in the middle of a case loses nothing: the case, its open task, its worklist entry and its timer. */
class RestartIntegrationTests {

	static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

	@Test
	void caseTaskAndTimerSurviveARestart() {
		String database = TestDatabase.get().newSchema();
		String caseNumber;
		String taskId;
		Map<String, Date> timers;
		java.util.Set<String> everyTimer;

		try (var first = start(database)) {
			assertRunsOn(first, database);
			first.getBean(AccountManagement.class).createAgency("GAMMA", "GAMMA 区人民政府办公室");
			first.getBean(AccountManagement.class).createUser("gamma-clerk", "secret", "Clerk", "GAMMA", Role.CLERK);
			var registering = first.getBean(Registering.class);
			caseNumber = registering.open(ApplicationFixtures.anApplication(LocalDate.now(SHANGHAI)), clerk())
					.caseNumber();
			registering.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null),
					clerk());
			String process = first.getBean(CaseQueries.class).find(caseNumber, clerk()).processInstanceId();
			taskId = first.getBean(TaskService.class).createTaskQuery().processInstanceId(process).singleResult()
					.getId();
			timers = timersOf(first, process);
			assertThat(timers).containsOnlyKeys("replyDeadlineReached", "firstReminderDue", "secondReminderDue",
					"feeWindowExpired");

			String waiting = registering.open(ApplicationFixtures.anApplication(LocalDate.now(SHANGHAI)), clerk())
					.caseNumber();
			registering.register(waiting, new Forms.Registration(Forms.RegistrationDecision.SUPPLEMENT,
					new Forms.SupplementNotice(LocalDate.now(SHANGHAI), "请写明文号", null), null), clerk());
			registering.open(ApplicationFixtures.anApplication(LocalDate.now(SHANGHAI)), clerk());
			everyTimer = allTimers(first);
			assertThat(everyTimer).extracting(t -> t.split("@")[0]).contains("supplementPeriodExpired",
					"supplementNoticePeriodPassed", "deadlineReconciliation", "replyDeadlineReached");
		}

		try (var second = start(database)) {
			assertRunsOn(second, database);
			var cases = second.getBean(CaseQueries.class);
			var file = cases.find(caseNumber, clerk());
			assertThat(file.status()).isEqualTo(CaseStatus.IN_HANDLING);
			assertThat(second.getBean(TaskService.class).createTaskQuery().processInstanceId(file.processInstanceId())
					.list()).extracting(TaskInfo::getId).containsExactly(taskId);
			assertThat(timersOf(second, file.processInstanceId())).isEqualTo(timers);
			assertThat(allTimers(second)).as("every timer, of every process, with its due date").isEqualTo(everyTimer);
			assertThat(cases.view(caseNumber, clerk()).currentSteps()).extracting(CaseView.OpenStep::taskId)
					.containsExactly(taskId);
			assertThat(cases.view(caseNumber, clerk()).history()).hasSize(2);
		}
	}

	/** Command-line arguments outrank application.yaml, so the context really runs on the given test schema. */
	private static ConfigurableApplicationContext start(String database) {
		var db = TestDatabase.get();
		return new SpringApplicationBuilder(CaseworkApplication.class)
				.web(WebApplicationType.SERVLET)
				.profiles("test")
				.run("--ogi.test.own-database=true", "--spring.datasource.url=" + database,
						"--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password(),
						"--flowable.async-executor-activate=false", "--ogi.security.bcrypt-strength=4",
						"--server.port=0");
	}

	private static void assertRunsOn(ConfigurableApplicationContext context, String database) {
		assertThat(context.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(database);
	}

	private static Map<String, Date> timersOf(ConfigurableApplicationContext context, String process) {
		return context.getBean(ManagementService.class).createTimerJobQuery().processInstanceId(process).list()
				.stream().collect(Collectors.toMap(Job::getElementId, Job::getDuedate));
	}

	private static java.util.Set<String> allTimers(ConfigurableApplicationContext context) {
		return context.getBean(ManagementService.class).createTimerJobQuery().list().stream()
				.map(job -> (job.getElementId() != null ? job.getElementId() : job.getProcessDefinitionId().split(":")[0])
						+ "@" + job.getProcessInstanceId() + "@" + job.getDuedate().toInstant())
				.collect(Collectors.toSet());
	}

	private static CurrentUser clerk() {
		return new CurrentUser("gamma-clerk", "Clerk", "GAMMA", java.util.Set.of(Role.CLERK));
	}
}
