package ogi.casework.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One ledger entry: a period of {@code length} {@code unit}s counted from the day after {@code startDate}, not
 * counting {@code pausedWorkingDays} of excluded time, due on {@code dueDate}. Each recomputation adds an entry and
 * retires the previous one, so the ledger keeps the whole history with the reason for each change.
 *
 * @param startReason what happened on the start date (receipt, supplement, delivery …)
 * @param provisional the computation reached a year whose official holiday notice is not loaded yet
 * @param explanation the computation in words, as shown to people and to a reviewing body
 * @param reason why this entry was computed (receipt, pause, extension, calendar change …), in words
 * @param cause why this entry was computed, as a typed value
 * @param causeNumber the extension, consultation or fee notice the cause concerns, if any
 */
public record Deadline(Long id, String agencyCode, String caseNumber, DeadlineKind kind, LocalDate startDate,
		String startReason, int length, PeriodUnit unit, int pausedWorkingDays, LocalDate dueDate, boolean provisional, String basis,
		String explanation, String reason, boolean active, String recordedBy, Instant recordedAt, DeadlineCause cause,
		Integer causeNumber) {
}
