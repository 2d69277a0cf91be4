package ogi.casework.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Excluded time: the working days after {@code startedOn} up to and including its end do not count towards the reply
 * period. While it runs, its end is taken as {@code plannedEnd} (the consulted party's 15-working-day window, the
 * applicant's payment window). A pause belongs to one consultation or one fee notice: {@code kind} and its
 * {@code number}.
 */
public record Pause(String agencyCode, String caseNumber, PauseKind kind, int number, LocalDate startedOn,
		LocalDate plannedEnd, LocalDate endedOn, String basis, String recordedBy, Instant recordedAt) {

	public boolean isOpen() {
		return endedOn == null;
	}

	/** The last excluded day: the actual end, or the planned one while the pause runs. */
	public LocalDate effectiveEnd() {
		return endedOn == null ? plannedEnd : endedOn;
	}

	/** Whether this is the pause of {@code kind}'s subject {@code number} (consultation n, fee notice n). */
	public boolean is(PauseKind.Subject subject, int number) {
		return kind.subject() == subject && this.number == number;
	}
}
