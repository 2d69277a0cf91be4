package ogi.casework.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The content of one year's holiday data file: the notices it was built from ({@code papers}) and the dates they list,
 * which may include dates of the neighbouring years.
 */
record YearNotice(int year, List<String> papers, List<HolidayEntry> days) {

	/** Earliest year accepted; the State Council notices in the data set start with 2007. */
	static final int MIN_YEAR = 1949;

	/** Latest year accepted, to catch typing errors. */
	static final int MAX_YEAR = 2999;

	YearNotice {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new IllegalArgumentException("year must be between " + MIN_YEAR + " and " + MAX_YEAR + ": " + year);
		}
		papers = List.copyOf(Objects.requireNonNull(papers, "papers"));
		days = List.copyOf(Objects.requireNonNull(days, "days"));
		LocalDate first = LocalDate.of(year - 1, 1, 1);
		LocalDate last = LocalDate.of(year + 1, 12, 31);
		var seen = new HashSet<LocalDate>();
		for (HolidayEntry day : days) {
			if (day.date().isBefore(first) || day.date().isAfter(last)) {
				throw new IllegalArgumentException("the notice for " + year + " lists " + day.date()
						+ ", which is not in " + (year - 1) + ".." + (year + 1));
			}
			if (!seen.add(day.date())) {
				throw new IllegalArgumentException("the notice for " + year + " lists " + day.date() + " twice");
			}
		}
	}

	/** A year is published when its data names at least one State Council notice. */
	boolean published() {
		return !papers.isEmpty();
	}
}
