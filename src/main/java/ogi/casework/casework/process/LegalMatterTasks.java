package ogi.casework.casework.process;

import java.time.Clock;

import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import ogi.casework.accounts.Role;
import ogi.casework.casework.Notifying;
import ogi.casework.litigation.LitigationManagement;

/**
 * The one bean behind every expression of {@code legal-matter.bpmn20.xml}. Its bean name and method signatures are a
 * persisted contract: running process instances call them by name, so rename nothing without a migration.
 */
@Component("legalMatterTasks")
class LegalMatterTasks {

	static final String REMINDER = "LEGAL_REMINDER";

	static final String ESCALATION = "LEGAL_DEADLINE_MISSED";

	private final LitigationManagement litigation;

	private final Notifying notifying;

	private final Clock clock;

	LegalMatterTasks(LitigationManagement litigation, Notifying notifying, Clock clock) {
		this.litigation = litigation;
		this.notifying = notifying;
		this.clock = clock;
	}

	/**
	 * Raises every reminder and escalation of the matter that is due and not raised before (timers fire at least
	 * once; each alarm is notified once): a reminder to legal staff (and the head before a hearing, 复议法 Art. 51), an
	 * escalation of a missed reply or defence deadline to the head and legal staff (复议法 Art. 70 / 行诉法 Art. 34).
	 * Then reads the next alarm into {@code nextAlarmAt}.
	 */
	public void raiseAlarms(DelegateExecution execution) {
		String agencyCode = (String) execution.getVariable(LegalMatterProcesses.AGENCY_CODE);
		long matterId = ((Number) execution.getVariable(LegalMatterProcesses.MATTER_ID)).longValue();
		var now = clock.instant();
		for (var raised : litigation.raiseDueAlarms(agencyCode, matterId, now)) {
			var alarm = raised.alarm();
			for (Role role : alarm.recipients()) {
				for (String caseNumber : raised.caseNumbers()) {
					notifying.notify(agencyCode, "role:" + role.name(), caseNumber,
							alarm.escalation() ? ESCALATION : REMINDER, alarm.message(), alarm.wording());
				}
			}
		}
		execution.setVariables(LegalMatterProcesses.variables(agencyCode, matterId,
				litigation.schedule(agencyCode, matterId)));
	}
}
