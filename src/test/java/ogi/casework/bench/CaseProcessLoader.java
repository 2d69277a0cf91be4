package ogi.casework.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * The fast loader's process half: starts the real {@code disclosureRequest} process (deployed by the application
 * nodes) for cases that {@link BenchDatabase#seedCases} wrote, with the variables {@code Registering} sets when it
 * opens a case, so that each case runs with real timers — above all the reply clock ({@code replyDeadlineReached}),
 * which wakes on its date and asks the application whether the reply is overdue on the legal dates. Every timer is
 * parked far ahead while loading (the application nodes are running); the benchmark then makes the reply clocks due
 * with SQL. It runs a plain Flowable engine on the same database; its only bean answers the process's one expression
 * on the way ({@code disclosureTasks.submittedOnline}, {@code disclosureTasks.reopened}: a case logged by a clerk,
 * not reopened). Variable and element names are the
 * process's persisted contract; when they change, this class changes with them.
 */
final class CaseProcessLoader implements AutoCloseable {

	/** What the process asks on its way to registration; everything else runs on the application nodes. */
	public static final class NewCases {

		public boolean reopened(String agencyCode, String caseNumber) {
			return false;
		}

		/** The seeded cases were logged by a clerk, not submitted on the portal awaiting confirmation. */
		public boolean submittedOnline(String agencyCode, String caseNumber) {
			return false;
		}
	}

	private final ProcessEngine engine;

	private final ZoneId zone;

	CaseProcessLoader(String url, String user, String password, ZoneId zone) {
		this.zone = zone;
		var configuration = new StandaloneProcessEngineConfiguration();
		configuration.setEngineName("bench-loader");
		configuration.setJdbcUrl(url);
		configuration.setJdbcUsername(user);
		configuration.setJdbcPassword(password);
		configuration.setJdbcDriver("com.mysql.cj.jdbc.Driver");
		configuration.setJdbcMaxActiveConnections(8);
		configuration.setDatabaseSchemaUpdate("false");
		configuration.setHistoryLevel(HistoryLevel.ACTIVITY);
		configuration.setIdGenerator(new StrongUuidGenerator());
		configuration.setAsyncExecutorActivate(false);
		configuration.setDisableIdmEngine(true);
		configuration.setDisableEventRegistry(true);
		configuration.setBeans(new HashMap<>(Map.of("disclosureTasks", new NewCases())));
		this.engine = configuration.buildProcessEngine();
	}

	/** Starts the case's process with every timer parked; returns the process instance id. */
	String start(String agency, String caseNumber) {
		Date parked = endOf(LocalDate.of(2037, 12, 31));
		Map<String, Object> variables = new HashMap<>();
		variables.put("agencyCode", agency);
		variables.put("caseNumber", caseNumber);
		variables.put("replyOverdueAt", parked);
		variables.put("firstReminderAt", parked);
		variables.put("secondReminderAt", parked);
		variables.put("feePayableUntil", parked);
		variables.put("supplementNoticeDueAt", parked);
		return engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey("disclosureRequest")
			.overrideProcessDefinitionTenantId(agency).businessKey(caseNumber).variables(variables).start().getId();
	}

	private Date endOf(LocalDate day) {
		return Date.from(day.plusDays(1).atStartOfDay(zone).toInstant());
	}

	@Override
	public void close() {
		engine.close();
	}
}
