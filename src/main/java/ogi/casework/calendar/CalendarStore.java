package ogi.casework.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import ogi.casework.shared.ReadsOnly;

/** Reads the calendar data stored in the database in one go, for {@link OfficialCalendar} to hold in memory. */
@Component
class CalendarStore {

	private final CalendarNotices notices;

	private final CalendarRegions regions;

	private final CalendarChanges changes;

	CalendarStore(CalendarNotices notices, CalendarRegions regions, CalendarChanges changes) {
		this.notices = notices;
		this.regions = regions;
		this.changes = changes;
	}

	/** The version counter, cheap to read: it grows with every change made on any node. */
	@ReadsOnly
	long version() {
		return changes.version();
	}

	/**
	 * Everything stored; the version is read first, so the data is at least as new as the version it is labelled with
	 * (at READ COMMITTED a change committed in between is simply loaded again at the next check).
	 */
	@ReadsOnly
	StoredCalendar read() {
		long version = changes.version();
		var national = new HashMap<Integer, YearNotice>();
		var nationalDays = group(notices.days(), CalendarNotices.Day::noticeYear,
				day -> new HolidayEntry(day.listedDate(), day.offDay(), day.name()));
		for (CalendarNotices.Notice notice : notices.notices()) {
			national.put(notice.noticeYear(), new YearNotice(notice.noticeYear(), papers(notice.papers()),
					nationalDays.getOrDefault(notice.noticeYear(), List.of())));
		}
		var regional = new TreeMap<String, Map<Integer, YearNotice>>();
		regions.regions().forEach(region -> regional.put(region.regionCode(), new TreeMap<>()));
		var regionalDays = group(regions.days(), day -> day.regionCode() + "/" + day.noticeYear(),
				day -> new HolidayEntry(day.listedDate(), day.offDay(), day.name()));
		for (CalendarRegions.Notice notice : regions.notices()) {
			regional.computeIfAbsent(notice.regionCode(), code -> new TreeMap<>())
				.put(notice.noticeYear(), new YearNotice(notice.noticeYear(), papers(notice.papers()),
						regionalDays.getOrDefault(notice.regionCode() + "/" + notice.noticeYear(), List.of())));
		}
		var regionOfAgency = new HashMap<String, String>();
		regions.assignments().forEach(assignment -> regionOfAgency.put(assignment.agencyCode(), assignment.regionCode()));
		return new StoredCalendar(version, national, regional, regionOfAgency);
	}

	/** Notice addresses are stored one per line. */
	static String joinPapers(List<String> papers) {
		return String.join("\n", papers);
	}

	static List<String> papers(String stored) {
		return stored == null || stored.isBlank() ? List.of() : List.of(stored.split("\n"));
	}

	/** Dates are stored as ISO dates separated by commas. */
	static String joinDates(Collection<LocalDate> dates) {
		return String.join(",", dates.stream().sorted().map(LocalDate::toString).toList());
	}

	static List<LocalDate> dates(String stored) {
		return stored == null || stored.isBlank() ? List.of()
				: Arrays.stream(stored.split(",")).map(LocalDate::parse).toList();
	}

	private static <T, K> Map<K, List<HolidayEntry>> group(List<T> rows, Function<T, K> key,
			Function<T, HolidayEntry> entry) {
		var grouped = new HashMap<K, List<HolidayEntry>>();
		for (T row : rows) {
			grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(entry.apply(row));
		}
		return grouped;
	}
}
