package ogi.casework.support;

import java.util.List;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.TaskInfo;
import org.springframework.boot.test.context.TestComponent;

import ogi.casework.audit.AuditEntry;
import ogi.casework.audit.AuditManagement;
import ogi.casework.support.Cases;

/** What process tests ask of a case's process: its open steps, timers and audit actions; and firing a timer. */
@TestComponent
public class CaseProcess {

	private final Cases cases;

	private final AuditManagement audit;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	CaseProcess(Cases cases, AuditManagement audit, RuntimeService runtime, TaskService tasks,
			ManagementService management) {
		this.cases = cases;
		this.audit = audit;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
	}

	/** The BPMN ids of the case's open user tasks. */
	public List<String> steps(String agencyCode, String caseNumber) {
		return tasks.createTaskQuery().processInstanceId(processOf(agencyCode, caseNumber)).list().stream()
				.map(TaskInfo::getTaskDefinitionKey).toList();
	}

	/** The id of the open task of {@code step}. */
	public String openTask(String agencyCode, String caseNumber, String step) {
		return tasks.createTaskQuery().processInstanceId(processOf(agencyCode, caseNumber)).taskDefinitionKey(step)
				.singleResult().getId();
	}

	/** The actions of the case's audit trail, oldest first. */
	public List<String> actions(String agencyCode, String caseNumber) {
		return audit.history(agencyCode, caseNumber).stream().map(AuditEntry::action).toList();
	}

	public boolean ended(String agencyCode, String caseNumber) {
		return runtime.createProcessInstanceQuery().processInstanceId(processOf(agencyCode, caseNumber)).count() == 0;
	}

	/** The waiting timer of the BPMN element {@code timerId}, or null. */
	public Job timer(String agencyCode, String caseNumber, String timerId) {
		return management.createTimerJobQuery().processInstanceId(processOf(agencyCode, caseNumber))
				.elementId(timerId).singleResult();
	}

	/** Fires a timer now, as the job executor would once it is due. */
	public void fire(Job timer) {
		management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
	}

	public String processOf(String agencyCode, String caseNumber) {
		return cases.find(caseNumber, Agencies.user(agencyCode, ogi.casework.accounts.Role.CLERK))
				.processInstanceId();
	}
}
