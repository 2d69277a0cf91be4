package ogi.casework.shared;

import java.time.Instant;

/**
 * A state change of a case, for the audit trail and for read models: who, when, what, before and after.
 *
 * @param agencyCode the agency (tenant) owning the case
 * @param caseNumber the case
 * @param action what happened, as a verb phrase in code form (e.g. {@code REPLY_APPROVED})
 * @param actor the username, or {@code system} for timers
 * @param at when
 * @param fromStatus the case status before
 * @param toStatus the case status after
 * @param detail a short human-readable description of what was recorded
 */
public record CaseEvent(String agencyCode, String caseNumber, String action, String actor, Instant at,
		String fromStatus, String toStatus, String detail) {
}
