package ogi.casework.consultation;

import java.time.Instant;
import java.time.LocalDate;

/** A written request for an opinion (征求意见书) and its answer. */
public record Consultation(String agencyCode, String caseNumber, int number, ConsultationKind kind, String party,
		String question, LocalDate sentOn, Opinion opinion, String answer, LocalDate answeredOn, String requestedBy,
		Instant requestedAt, String answerRecordedBy) {

	public boolean isPending() {
		return opinion == null;
	}
}
