package ogi.casework.audit;

import java.time.Instant;

/** One line of a case's audit trail. */
public record AuditEntry(long id, String agencyCode, String caseNumber, String action, String actor, Instant at,
		String fromStatus, String toStatus, String detail) {
}
