package ogi.casework.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How the dates one notice lists differ from the previous data of the same year: dates newly listed, dates no longer
 * listed, and dates listed with another status or name.
 */
record ListingDiff(SortedSet<LocalDate> added, SortedSet<LocalDate> removed, SortedSet<LocalDate> changed) {

	static ListingDiff between(Collection<HolidayEntry> before, Collection<HolidayEntry> after) {
		Map<LocalDate, HolidayEntry> old = new HashMap<>();
		before.forEach(entry -> old.put(entry.date(), entry));
		var added = new TreeSet<LocalDate>();
		var changed = new TreeSet<LocalDate>();
		var removed = new TreeSet<>(old.keySet());
		for (HolidayEntry entry : after) {
			HolidayEntry previous = old.get(entry.date());
			removed.remove(entry.date());
			if (previous == null) {
				added.add(entry.date());
			}
			else if (!previous.equals(entry)) {
				changed.add(entry.date());
			}
		}
		return new ListingDiff(added, removed, changed);
	}

	/** Every date in any of the three sets. */
	SortedSet<LocalDate> all() {
		var all = new TreeSet<>(added);
		all.addAll(removed);
		all.addAll(changed);
		return all;
	}

	/** E.g. "3 dates added, 1 removed, 0 changed". */
	String summary() {
		return "%d dates added, %d removed, %d changed".formatted(added.size(), removed.size(), changed.size());
	}
}
