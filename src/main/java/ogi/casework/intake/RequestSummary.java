package ogi.casework.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * The parts of an application that repeat detection compares: who asked (the applicant key, a keyed hash of the
 * identity number — {@code ogi.casework.shared.ApplicantKeys}), what, and when.
 */
record RequestSummary(String caseNumber, String applicantKey, String requestedInformation, String documentNumber,
		LocalDate receiptDate, Instant receivedAt) {

	/** The order applications came in: receipt date (Art. 31), then the moment they were logged, then case number. */
	static final Comparator<RequestSummary> ARRIVAL = Comparator.comparing(RequestSummary::receiptDate)
			.thenComparing(RequestSummary::receivedAt).thenComparing(RequestSummary::caseNumber);

	/** Whether both come from the same applicant; an application without a key yet matches no one. */
	boolean sameApplicantAs(RequestSummary other) {
		return applicantKey != null && applicantKey.equals(other.applicantKey);
	}

	/** Whether this application came in before {@code other}. */
	boolean isBefore(RequestSummary other) {
		return ARRIVAL.compare(this, other) < 0;
	}
}
