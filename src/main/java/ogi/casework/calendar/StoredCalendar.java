package ogi.casework.calendar;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What administrators stored in the database, as of {@code version}: the national notices they loaded (each replaces
 * the vendored file of its year), the notices of each region, and the region of each agency.
 */
record StoredCalendar(long version, Map<Integer, YearNotice> notices, Map<String, Map<Integer, YearNotice>> regions,
		Map<String, String> regionOfAgency) {

	/** Nothing stored: the vendored files alone. */
	static final StoredCalendar NONE = new StoredCalendar(0, Map.of(), Map.of(), Map.of());

	StoredCalendar {
		notices = Map.copyOf(Objects.requireNonNull(notices, "notices"));
		var copy = new TreeMap<String, Map<Integer, YearNotice>>();
		Objects.requireNonNull(regions, "regions").forEach((code, byYear) -> copy.put(code, Map.copyOf(byYear)));
		regions = Map.copyOf(copy);
		regionOfAgency = Map.copyOf(Objects.requireNonNull(regionOfAgency, "regionOfAgency"));
	}
}
