package ogi.casework.casework.process;

import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import ogi.casework.casework.ProcessCallbacks;

/**
 * The one bean behind every expression of {@code disclosure-request.bpmn20.xml}. Its bean name and method signatures
 * are a persisted contract: running process instances call them by name, so rename nothing without a migration. Each
 * method hands the case's identifiers to the lifecycle step that decides, on legal dates, what the wake-up means.
 */
@Component("disclosureTasks")
class DisclosureTasks {

	private final ProcessCallbacks callbacks;

	DisclosureTasks(ProcessCallbacks callbacks) {
		this.callbacks = callbacks;
	}

	/**
	 * Whether this instance runs a later reply cycle of a case reopened by a correcting decision (复议法 Arts. 64, 66;
	 * 行诉法 Arts. 70, 72), which starts at the handler's step instead of registration.
	 */
	public boolean reopened(String agencyCode, String caseNumber) {
		return callbacks.reopened(agencyCode, caseNumber);
	}

	/**
	 * Art. 30: the supplement period's timer woke; returns whether the application is deemed abandoned (else the
	 * period was moved and the case waits again).
	 */
	public boolean supplementPeriodEnded(String agencyCode, String caseNumber) {
		return callbacks.supplementPeriodEnded(agencyCode, caseNumber);
	}

	/** Spec F-5: the fee was not paid within its window; the application is deemed abandoned (row (六)2). */
	public void closeAsUnpaid(String agencyCode, String caseNumber) {
		callbacks.feeWindowEnded(agencyCode, caseNumber);
	}

	/**
	 * Arts. 32, 34: a consulted party's window passed; whoever's window has passed without an answer is recorded as
	 * silent, and the case waits again while others still have time.
	 */
	public void recordConsultationSilence(DelegateExecution execution) {
		var next = callbacks.consultationWindowsPassed((String) execution.getVariable(CaseVariables.AGENCY_CODE),
				(String) execution.getVariable(CaseVariables.CASE_NUMBER));
		execution.setVariable(CaseVariables.CONSULTATION_PENDING, next.isPresent());
		next.ifPresent(windowEnd -> execution.setVariable(CaseVariables.CONSULTATION_WINDOW_ENDS_AT, windowEnd));
	}

	/** Art. 30 (T1): seven working days passed without registration; a supplement notice now would be late. */
	public void noteSupplementNoticePeriodPassed(String agencyCode, String caseNumber) {
		callbacks.supplementNoticePeriodPassed(agencyCode, caseNumber);
	}

	/** Reminds whoever holds the case that the reply is due soon. */
	public void remindOfReplyDeadline(String agencyCode, String caseNumber) {
		callbacks.remindOfReplyDeadline(agencyCode, caseNumber);
	}

	/**
	 * Art. 33(2): the reply clock woke; returns {@code OVERDUE} (escalate to the head), {@code RUNNING} (wait for the
	 * due date, read again into {@code replyOverdueAt}) or {@code STOPPED} (replied or concluded).
	 */
	public String replyClockWoke(String agencyCode, String caseNumber) {
		return callbacks.replyClockWoke(agencyCode, caseNumber);
	}
}
