package ogi.casework.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of the official calendar with the reason for its status; {@code holidayName} names the holiday of a
 * {@link DayKind#HOLIDAY}, {@link DayKind#REGIONAL_HOLIDAY} or {@link DayKind#ADJUSTED_WORKDAY} as the notice spells it
 * (e.g. 「春节」) and is null otherwise, and {@code provisional} is true while the day may still change because a
 * notice is not published (see {@link OfficialCalendar}).
 */
public record CalendarDay(LocalDate date, boolean workingDay, DayKind kind, String holidayName, boolean provisional) {

	/** Rejects a missing date or kind. */
	public CalendarDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
	}
}
