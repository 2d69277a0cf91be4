package ogi.casework.risk;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import ogi.casework.litigation.LitigationManagement;
import ogi.casework.litigation.MatterChanged;
import ogi.casework.shared.AfterCommit;
import ogi.casework.shared.CaseChanged;
import ogi.casework.shared.CaseStatus;

/**
 * Refreshes a case's risk once a change of the case has committed, in a transaction of its own on the after-commit
 * threads ({@link AfterCommit}): a failure here never undoes the change, and the daily reconciliation repairs a missed
 * refresh.
 */
@Component
class RiskProjection {

	private final RiskManagement risks;

	private final ApplicantHistory history;

	private final RiskFacts facts;

	private final AfterCommit afterCommit;

	private final LitigationManagement litigation;

	RiskProjection(RiskManagement risks, ApplicantHistory history, RiskFacts facts, LitigationManagement litigation,
			AfterCommit afterCommit) {
		this.litigation = litigation;
		this.risks = risks;
		this.history = history;
		this.facts = facts;
		this.afterCommit = afterCommit;
	}

	/** Refreshes the case once its change has committed. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CaseChanged change) {
		refresh(change.agencyCode(), change.caseNumber(), change.status());
	}

	/**
	 * A reconsideration or lawsuit changed: its cases, and the applicant's other cases (whose history of remedies it
	 * changes), are refreshed.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(MatterChanged change) {
		String agency = change.agencyCode();
		afterCommit.inNewTransaction("Risk refresh after matter " + change.matterId()
				+ " (the daily reconciliation repeats it)", () -> {
					for (String caseNumber : litigation.caseNumbersOf(agency, change.matterId())) {
						risks.refresh(agency, caseNumber, null);
						for (String other : history.casesOfApplicantOf(agency, caseNumber, facts.today())) {
							if (!other.equals(caseNumber)) {
								risks.refresh(agency, other, null);
							}
						}
					}
				});
	}

	private void refresh(String agency, String caseNumber, CaseStatus status) {
		afterCommit.inNewTransaction("Risk refresh of case " + agency + "/" + caseNumber
				+ " (the daily reconciliation repeats it)", () -> risks.refresh(agency, caseNumber, status));
	}
}
