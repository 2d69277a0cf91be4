package ogi.casework.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date listed in a State Council holiday notice: {@code offDay} true is a rest day, false a working day (调休).
 *
 * @param date the listed date
 * @param offDay the notice's {@code isOffDay}
 * @param name the holiday the notice lists the date under, e.g. 「国庆节」
 */
record HolidayEntry(LocalDate date, boolean offDay, String name) {

	HolidayEntry {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(name, "name");
	}
}
