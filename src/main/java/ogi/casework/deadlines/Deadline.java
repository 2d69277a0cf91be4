package ogi.casework.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One ledger entry: a period of {@code workingDays} counted from the day after {@code startDate}, due on
 * {@code dueDate}. A superseded entry stays in the ledger for the record.
 *
 * @param provisional the computation reached a year whose official holiday notice is not loaded yet
 * @param explanation the computation in words, as shown to people and to a reviewing body
 */
public record Deadline(Long id, String agencyCode, String caseNumber, DeadlineKind kind, LocalDate startDate,
		int workingDays, LocalDate dueDate, boolean provisional, String basis, String explanation, boolean active,
		String recordedBy, Instant recordedAt) {
}
