package ogi.casework.consultation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Internal assistance (协查/协办): another department of the same agency asked to search and answer by a due date;
 * its answer — found or not, and what it searched — joins the case's search record (spec §8.3 item 6).
 */
public record Assistance(String agencyCode, String caseNumber, int number, String department, String request,
		LocalDate askedOn, LocalDate dueOn, Boolean found, String searched, String answer, LocalDate answeredOn,
		String askedBy, Instant askedAt, String answerRecordedBy) {

	public boolean isPending() {
		return found == null;
	}
}
