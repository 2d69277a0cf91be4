package ogi.casework.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/** A request to extend the reply period and the office head's decision on it. */
public record Extension(String agencyCode, String caseNumber, int number, ExtensionKind kind, int workingDays,
		String reason, Status status, String requestedBy, Instant requestedAt, String decidedBy, LocalDate decidedOn,
		LocalDate noticedOn, String decisionNote) {

	/** Where a request stands. */
	public enum Status {
		REQUESTED, APPROVED, REFUSED
	}
}
