package ogi.casework.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A computed due date; {@code provisional} is true when the computation looked at a date of a year whose State
 * Council holiday notice is not loaded, so the date was found on the Monday–Friday rule and must be recomputed once
 * the notice is published (spec §9.2).
 */
public record WorkingDayResult(LocalDate date, boolean provisional) {

	/** Rejects a missing date. */
	public WorkingDayResult {
		Objects.requireNonNull(date, "date");
	}
}
