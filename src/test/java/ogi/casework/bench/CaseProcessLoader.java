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
		return engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey("disclosureRequest")
			.overrideProcessDefinitionTenantId(agency).businessKey(caseNumber)
			.variables(variables(agency, caseNumber, zone)).start().getId();
	}

	/** The variables {@code Registering} sets when it opens a case, with every timer parked. */
	static Map<String, Object> variables(String agency, String caseNumber, ZoneId zone) {
		Date parked = parked(zone);
		Map<String, Object> variables = new HashMap<>();
		variables.put("agencyCode", agency);
		variables.put("caseNumber", caseNumber);
		variables.put("replyOverdueAt", parked);
		variables.put("firstReminderAt", parked);
		variables.put("secondReminderAt", parked);
		variables.put("feePayableUntil", parked);
		variables.put("supplementNoticeDueAt", parked);
		return variables;
	}

	/**
	 * P3's baseline in the same engine and database: a process whose only wait is one timer catch event, ending when
	 * it fires — what the bare engine does for a timer, against which the reply clock's escalation is measured.
	 * Deployed without a tenant; the application nodes run its timers like any other (it has no user task, so the
	 * worklist projection never sees it). Returns the process definition id.
	 */
	String deployTimerBaseline() {
		var deployment = engine.getRepositoryService().createDeployment().name("bench timer baseline")
			.addString("benchTimerBaseline.bpmn20.xml", TIMER_BASELINE).deploy();
		return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment.getId())
			.singleResult().getId();
	}

	/** Starts one baseline process with its timer parked, as {@link #start} parks the case's. */
	String startTimerBaseline(String definitionId) {
		return engine.getRuntimeService().startProcessInstanceById(definitionId,
				Map.of("dueAt", parked(zone))).getId();
	}

	private static final String TIMER_BASELINE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    targetNamespace="http://ogi.casework/bench">
			  <process id="benchTimerBaseline" isExecutable="true">
			    <startEvent id="started"/>
			    <sequenceFlow id="toWait" sourceRef="started" targetRef="due"/>
			    <intermediateCatchEvent id="due">
			      <timerEventDefinition><timeDate>${dueAt}</timeDate></timerEventDefinition>
			    </intermediateCatchEvent>
			    <sequenceFlow id="toEnd" sourceRef="due" targetRef="ended"/>
			    <endEvent id="ended"/>
			  </process>
			</definitions>
			""";

	/** Where a timer waits while loading: the end of 2037, far past any run (the benchmark makes timers due). */
	private static Date parked(ZoneId zone) {
		return Date.from(LocalDate.of(2038, 1, 1).atStartOfDay(zone).toInstant());
	}

	@Override
	public void close() {
		engine.close();
	}
}
