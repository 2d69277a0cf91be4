package ogi.casework.risk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import ogi.casework.shared.CaseEvent;

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

	RiskProjection(RiskManagement risks, ApplicantHistory history, RiskFacts facts,
			PlatformTransactionManager transactionManager) {
		this.risks = risks;
		this.history = history;
		this.facts = facts;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Refreshes the case; a reconsideration or lawsuit about it (litigation's {@code MATTER_*} events) changes the
	 * history of its applicant, so their other cases are refreshed as well.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CaseEvent event) {
		refresh(event.agencyCode(), event.caseNumber(), event.toStatus(), event.action());
		if (event.action() != null && event.action().startsWith("MATTER_")) {
			for (String other : history.casesOfApplicantOf(event.agencyCode(), event.caseNumber(), facts.today())) {
				if (!other.equals(event.caseNumber())) {
					refresh(event.agencyCode(), other, null, event.action());
				}
			}
		}
	}

	private void refresh(String agency, String caseNumber, String status, String action) {
		try {
			transactions.executeWithoutResult(tx -> risks.refresh(agency, caseNumber, status));
		}
		catch (RuntimeException e) {
			log.warn("Risk of case {}/{} not refreshed after {}; the daily reconciliation will: {}", agency,
					caseNumber, action, e.toString());
		}
	}
}
