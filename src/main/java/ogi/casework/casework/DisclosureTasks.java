package ogi.casework.casework;

import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.deadlines.ReplyCycle;
import ogi.casework.risk.RiskManagement;

/**
 * The one bean behind every expression of {@code disclosure-request.bpmn20.xml}. Its bean name and method signatures
 * are a persisted contract: running process instances call them by name, so rename nothing without a migration.
 */
@Component("disclosureTasks")
class DisclosureTasks {

	private final CaseManagement cases;

	private final RiskManagement risks;

	private final DeadlineManagement deadlines;

	DisclosureTasks(CaseManagement cases, RiskManagement risks, DeadlineManagement deadlines) {
		this.cases = cases;
		this.risks = risks;
		this.deadlines = deadlines;
	}

	/**
	 * Whether this instance runs a later reply cycle of a case reopened by a correcting decision (复议法 Arts. 64, 66;
	 * 行诉法 Arts. 70, 72), which starts at the handler's step instead of registration.
	 */
	public boolean reopened(String agencyCode, String caseNumber) {
		return deadlines.latestReplyCycle(agencyCode, caseNumber).map(ReplyCycle::cycle).orElse(1) > 1;
	}

	/** Whether an approved reply goes to legal staff: its litigation risk reached {@code ogi.risk.legal-review-level}. */
	public boolean needsLegalReview(String agencyCode, String caseNumber) {
		return risks.needsLegalReview(agencyCode, caseNumber);
	}

	/** Art. 30: no supplement within the period, without good reason → deemed abandoned (row (六)1). */
	public void closeAsAbandoned(String agencyCode, String caseNumber) {
		cases.closeAsAbandoned(agencyCode, caseNumber);
	}

	/** Spec F-5: the fee was not paid within 20 working days of receiving the notice; deemed abandoned (row (六)2). */
	public void closeAsUnpaid(String agencyCode, String caseNumber) {
		cases.closeAsUnpaid(agencyCode, caseNumber);
	}

	/**
	 * Arts. 32, 34: a consulted party's 15 working days passed; whoever's window has passed without an answer is
	 * recorded as silent, and the case waits again while others still have time.
	 */
	public void recordConsultationSilence(DelegateExecution execution) {
		var next = cases.recordConsultationSilence((String) execution.getVariable(CaseVariables.AGENCY_CODE),
				(String) execution.getVariable(CaseVariables.CASE_NUMBER));
		execution.setVariable(CaseVariables.CONSULTATION_PENDING, next.isPresent());
		next.ifPresent(windowEnd -> execution.setVariable(CaseVariables.CONSULTATION_WINDOW_ENDS_AT, windowEnd));
	}

	/** Art. 30 (T1): seven working days passed without registration; a supplement notice now would be late. */
	public void noteSupplementNoticePeriodPassed(String agencyCode, String caseNumber) {
		cases.noteSupplementNoticePeriodPassed(agencyCode, caseNumber);
	}

	/** Reminds whoever holds the case that the reply is due soon. */
	public void remindOfReplyDeadline(String agencyCode, String caseNumber) {
		cases.remindOfReplyDeadline(agencyCode, caseNumber);
	}

	/** Art. 33(2): the reply period has passed without a delivered reply. */
	public void markOverdue(String agencyCode, String caseNumber) {
		cases.markOverdue(agencyCode, caseNumber);
	}
}
