package ogi.casework.casework.process;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ogi.casework.litigation.LitigationManagement;
import ogi.casework.litigation.MatterChanged;
import ogi.casework.litigation.MatterSchedule;

/**
 * Keeps one legalMatter process per reconsideration or lawsuit on the schedule the litigation module computes: starts
 * it when the matter is registered, moves its timer when a deadline moves (a hearing added, a filing made, a calendar
 * change) by waking it with the message {@code matterChanged}. Runs in the transaction of the matter's change.
 */
@Component
class LegalMatterProcesses {

	static final String PROCESS = "legalMatter";

	static final String TIMER = "alarmDue";

	static final String MESSAGE = "matterChanged";

	static final String AGENCY_CODE = "agencyCode";

	static final String MATTER_ID = "matterId";

	static final String NEXT_ALARM_AT = "nextAlarmAt";

	static final String CONCLUDED = "matterConcluded";

	private final LitigationManagement litigation;

	private final RuntimeService runtime;

	private final ManagementService management;

	LegalMatterProcesses(LitigationManagement litigation, RuntimeService runtime, ManagementService management) {
		this.litigation = litigation;
		this.runtime = runtime;
		this.management = management;
	}

	@EventListener
	void on(MatterChanged change) {
		var schedule = litigation.schedule(change.agencyCode(), change.matterId());
		var instance = instanceOf(change.agencyCode(), change.matterId());
		if (instance == null) {
			if (!schedule.concluded()) {
				runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS)
						.overrideProcessDefinitionTenantId(change.agencyCode())
						.businessKey(businessKey(change.matterId()))
						.variables(variables(change.agencyCode(), change.matterId(), schedule)).start();
			}
			return;
		}
		runtime.setVariables(instance.getId(), variables(change.agencyCode(), change.matterId(), schedule));
		// Waiting for the alarm or for a change, or for a change only: the message wakes it, the gateway routes it
		// again on the new schedule, and the timer (if any) is created anew at the new date.
		var waiting = runtime.createExecutionQuery().processInstanceId(instance.getId())
				.messageEventSubscriptionName(MESSAGE).singleResult();
		if (waiting != null) {
			runtime.messageEventReceived(MESSAGE, waiting.getId());
		}
	}

	/** The running instance of the matter, or null. */
	ProcessInstance instanceOf(String agencyCode, long matterId) {
		return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceTenantId(agencyCode)
				.processInstanceBusinessKey(businessKey(matterId)).singleResult();
	}

	/** The waiting alarm timer of the instance, or null. */
	Job timer(String processInstanceId) {
		return management.createTimerJobQuery().processInstanceId(processInstanceId).elementId(TIMER).singleResult();
	}

	static Map<String, Object> variables(String agencyCode, long matterId, MatterSchedule schedule) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(AGENCY_CODE, agencyCode);
		variables.put(MATTER_ID, matterId);
		variables.put(NEXT_ALARM_AT, schedule.nextAlarmAt() == null ? null : Date.from(schedule.nextAlarmAt()));
		variables.put(CONCLUDED, schedule.concluded());
		return variables;
	}

	static String businessKey(long matterId) {
		return "matter-" + matterId;
	}
}
