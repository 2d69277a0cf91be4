package ogi.casework.audit;

import java.time.Instant;

/** One line of the administration audit trail. */
public record AdministrationEntry(long id, Instant at, String actor, String actorAgency, String action,
		String agencyCode, String subject, String detail) {
}
