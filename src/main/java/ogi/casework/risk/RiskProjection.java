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

	private final TransactionTemplate transactions;

	RiskProjection(RiskManagement risks, PlatformTransactionManager transactionManager) {
		this.risks = risks;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CaseEvent event) {
		try {
			transactions.executeWithoutResult(
					tx -> risks.refresh(event.agencyCode(), event.caseNumber(), event.toStatus()));
		}
		catch (RuntimeException e) {
			log.warn("Risk of case {}/{} not refreshed after {}; the daily reconciliation will: {}",
					event.agencyCode(), event.caseNumber(), event.action(), e.toString());
		}
	}
}
