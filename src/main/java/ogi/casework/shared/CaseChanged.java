package ogi.casework.shared;

import java.time.Instant;

/**
 * Something about a case changed; read models (risk, reporting, the register) re-read what they need through the
 * owning modules' APIs. Carries the case's status as a typed value, so that no listener parses an audit line.
 *
 * @param status the case's status after the change
 * @param opened the change opened the case (it had no status before): no read model has a row of it yet
 */
public record CaseChanged(String agencyCode, String caseNumber, CaseStatus status, boolean opened, Instant at) {
}
