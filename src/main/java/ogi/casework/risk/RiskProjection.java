package ogi.casework.risk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import ogi.casework.litigation.LitigationManagement;
import ogi.casework.litigation.MatterChanged;
import ogi.casework.shared.CaseChanged;
import ogi.casework.shared.CaseStatus;

/**
 * Refreshes a case's risk once a change of the case has committed, in a transaction of its own: a failure here never
 * undoes the change, and the daily reconciliation repairs a missed refresh.
 */
@Component
class RiskProjection {

	private static final Logger log = LoggerFactory.getLogger(RiskProjection.class);

	private final RiskManagement risks;

	private final ApplicantHistory history;

	private final RiskFacts facts;

	private final TransactionTemplate transactions;

	private final LitigationManagement litigation;

	RiskProjection(RiskManagement risks, ApplicantHistory history, RiskFacts facts, LitigationManagement litigation,
			PlatformTransactionManager transactionManager) {
		this.litigation = litigation;
		this.risks = risks;
		this.history = history;
		this.facts = facts;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
		for (String caseNumber : litigation.caseNumbersOf(change.agencyCode(), change.matterId())) {
			refresh(change.agencyCode(), caseNumber, null);
			for (String other : history.casesOfApplicantOf(change.agencyCode(), caseNumber, facts.today())) {
				if (!other.equals(caseNumber)) {
					refresh(change.agencyCode(), other, null);
				}
			}
		}
	}

	private void refresh(String agency, String caseNumber, CaseStatus status) {
		try {
			transactions.executeWithoutResult(tx -> risks.refresh(agency, caseNumber, status));
		}
		catch (RuntimeException e) {
			log.warn("Risk of case {}/{} not refreshed; the daily reconciliation will: {}", agency, caseNumber,
					e.toString());
		}
	}
}
