package ogi.casework.shared;

import java.time.Instant;

/**
 * Something about a case changed; read models (risk, reporting, the register) re-read what they need through the
 * owning modules' APIs. Carries the case's status as a typed value, so that no listener parses an audit line.
 *
 * @param from the case's status before the change, null when the change opened the case
 * @param status the case's status after the change
 */
public record CaseChanged(String agencyCode, String caseNumber, CaseStatus from, CaseStatus status, Instant at) {

	/** The change opened the case (it had no status before): no read model has a row of it yet. */
	public boolean opened() {
		return from == null;
	}

	/**
	 * The change gave the case its receipt date after it was opened: an application submitted online is received on
	 * the day the agency confirms it (Art. 31(3)), so it leaves {@link CaseStatus#AWAITING_CONFIRMATION} with one.
	 */
	public boolean receiptRecorded() {
		return from == CaseStatus.AWAITING_CONFIRMATION && status != CaseStatus.AWAITING_CONFIRMATION;
	}
}
