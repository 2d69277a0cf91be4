package ogi.casework.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A new reply cycle of a case reopened because a reconsideration body or court ordered the agency to reply again
 * (复议法 Arts. 64, 66; 行诉法 Arts. 70, 72): day 0 is the receipt of the decision, the period is the one the decision
 * sets (a number of working days, or a date), else the agency's default [I].
 *
 * @param cycle 2 for the first reopening, and so on
 * @param workingDays the period in working days, or null when the decision sets a date
 * @param fixedDueOn the date the decision sets, or null
 * @param basis where the period comes from, in words
 */
public record ReplyCycle(String agencyCode, String caseNumber, int cycle, LocalDate startedOn, Integer workingDays,
		LocalDate fixedDueOn, String basis, String recordedBy, Instant recordedAt) {
}
