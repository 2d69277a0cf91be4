package ogi.casework.audit;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.shared.CaseEvent;

/**
 * Writes every {@link CaseEvent} to the audit trail in the transaction of the change itself, so that a change and
 * its audit line commit or roll back together.
 */
@Service
public class AuditManagement {

	private final AuditTrail trail;

	AuditManagement(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	@Transactional
	void on(CaseEvent event) {
		trail.append(event);
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> history(String agencyCode, String caseNumber) {
		return trail.history(agencyCode, caseNumber);
	}
}
