package ogi.casework.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A computed due date; {@code provisional} is true when the computation looked at a date that a State Council holiday
 * notice not yet loaded may still change — a date of a year without its notice, or late December before the next
 * year's notice (see {@link OfficialCalendar}) — so the date must be recomputed once the notice is published
 * (spec §9.2).
 */
public record WorkingDayResult(LocalDate date, boolean provisional) {

	/** Rejects a missing date. */
	public WorkingDayResult {
		Objects.requireNonNull(date, "date");
	}
}
