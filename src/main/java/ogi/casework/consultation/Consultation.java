package ogi.casework.consultation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A written request for an opinion (征求意见书) and its answer.
 *
 * @param letterReceivedOn when the consulted party received the letter, once known: its window runs from then (Arts.
 *        32, 34)
 * @param opinion null while pending; {@link Opinion#NO_ANSWER} when its window passed in silence
 */
public record Consultation(String agencyCode, String caseNumber, int number, ConsultationKind kind, String party,
		String question, LocalDate sentOn, Opinion opinion, String answer, LocalDate answeredOn, String requestedBy,
		Instant requestedAt, String answerRecordedBy, LocalDate letterReceivedOn) {

	public boolean isPending() {
		return opinion == null;
	}

	/** Whether its window was recorded as having passed without an answer. */
	public boolean isSilent() {
		return opinion == Opinion.NO_ANSWER;
	}

	/** The day its window runs from: the party's receipt of the letter, until that is known the day it was sent. */
	public LocalDate windowStart() {
		return letterReceivedOn != null ? letterReceivedOn : sentOn;
	}
}
