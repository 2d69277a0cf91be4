package ogi.casework.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official PRC working-day calendar of state organs: Saturday and Sunday rest (《国务院关于职工工作时间的规定》
 * Art. 7) as rearranged by each year's State Council holiday notice (《全国年节及纪念日放假办法》 Arts. 2, 6, 7), with
 * the deadline arithmetic of 民事诉讼法 Art. 85 (spec §5 and §9).
 * <p>
 * <b>Provisional results</b> ([I], spec §9.2). A result is provisional while a date it looked at may still change
 * because a State Council notice is not published: a date of a year without a published notice, and — because the
 * notice for year Y+1 may rearrange the last days of December of Y (the 2008 and 2019 notices did from 29 December,
 * the 2023 notice on 31 December) — a date on or after 25 December of Y ({@link #UNSETTLED_FROM}) while the notice
 * for Y+1 is unpublished.
 * <p>
 * The data of every year is held in one immutable snapshot that is replaced as a whole when a year is (re)loaded, so
 * readers never see a half-loaded year and no computation does I/O. Working days are counted with a closed formula for
 * Monday–Friday plus prefix sums over the dates the notices list, so a count is O(log n) and finding the N-th working
 * day O(log² N).
 */
@Component
public class OfficialCalendar {

	/** Where the vendored holiday files live on the classpath. */
	static final String LOCATION = "classpath*:calendar/holidays/*.json";

	/** Longest range {@link #days} returns: one leap year. */
	static final int MAX_DAYS_IN_RANGE = 366;

	/**
	 * [I] spec §9.2: from this day of December of year Y a date stays provisional until the notice for Y+1 is
	 * published; the earliest date a following year's notice has changed in 2007–2026 is 29 December, and 25 December
	 * leaves a weekend of margin.
	 */
	static final MonthDay UNSETTLED_FROM = MonthDay.of(12, 25);

	private final Object loadLock = new Object();

	private volatile Snapshot snapshot;

	/** Loads the vendored holiday files ({@value #LOCATION}). */
	public OfficialCalendar() {
		this(readNotices(LOCATION));
	}

	/** A calendar built from the given years' data, for tests and for loading from other sources. */
	OfficialCalendar(Collection<YearNotice> notices) {
		var byYear = new TreeMap<Integer, YearNotice>();
		for (YearNotice notice : notices) {
			if (byYear.put(notice.year(), notice) != null) {
				throw new IllegalArgumentException("holiday data for " + notice.year() + " is given twice");
			}
		}
		this.snapshot = Snapshot.of(byYear);
	}

	/**
	 * Whether state organs work on {@code date}: a date listed in a notice works unless it is an off day, any other
	 * date works Monday to Friday (spec §9.1).
	 */
	public boolean isWorkingDay(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return snapshot.isWorkingDay(date);
	}

	/**
	 * 民事诉讼法 Art. 85: the day the period starts is not counted, so the result is the {@code workingDays}-th working
	 * day after {@code from}; {@code from} may itself be a rest day (spec §9.1, receipt on a non-working day).
	 *
	 * @throws IllegalArgumentException if {@code workingDays} is less than 1
	 */
	public WorkingDayResult addWorkingDays(LocalDate from, int workingDays) {
		Objects.requireNonNull(from, "from");
		if (workingDays < 1) {
			throw new IllegalArgumentException("workingDays must be at least 1: " + workingDays);
		}
		Snapshot s = snapshot;
		long start = from.toEpochDay();
		long due = s.nthWorkingDayAfter(start, workingDays);
		return new WorkingDayResult(LocalDate.ofEpochDay(due), s.provisional(start + 1, due));
	}

	/**
	 * The number of working days in {@code (fromExclusive, toInclusive]}, i.e. counted as 民事诉讼法 Art. 85 counts a
	 * period; 0 if {@code toInclusive} is not after {@code fromExclusive}.
	 */
	public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
		Objects.requireNonNull(fromExclusive, "fromExclusive");
		Objects.requireNonNull(toInclusive, "toInclusive");
		if (!toInclusive.isAfter(fromExclusive)) {
			return 0;
		}
		Snapshot s = snapshot;
		return Math.toIntExact(s.workingDaysUpTo(toInclusive.toEpochDay()) - s.workingDaysUpTo(fromExclusive.toEpochDay()));
	}

	/**
	 * 民事诉讼法 Art. 85 (via 行政复议法 Art. 88 and 行政诉讼法 Art. 101): a period of {@code calendarDays} days ends
	 * {@code calendarDays} days after {@code start}; if that day is a 法定休假日 (a statutory holiday or a weekend), the
	 * period ends on the first working day after it — a 调休 working Saturday is not a rest day (spec §5 note, §9.1).
	 *
	 * @throws IllegalArgumentException if {@code calendarDays} is less than 1
	 */
	public WorkingDayResult calendarDayPeriodEnd(LocalDate start, int calendarDays) {
		Objects.requireNonNull(start, "start");
		if (calendarDays < 1) {
			throw new IllegalArgumentException("calendarDays must be at least 1: " + calendarDays);
		}
		return rollToWorkingDay(start.plusDays(calendarDays));
	}

	/**
	 * 民法典 Art. 202 and 民事诉讼法 Art. 85: a period of {@code months} months ends on the same day of the month
	 * {@code months} months after {@code start} (the month's last day if it has no such day), rolled to the first
	 * working day if that day is a rest day, as in {@link #calendarDayPeriodEnd}.
	 *
	 * @throws IllegalArgumentException if {@code months} is less than 1
	 */
	public WorkingDayResult monthPeriodEnd(LocalDate start, int months) {
		Objects.requireNonNull(start, "start");
		if (months < 1) {
			throw new IllegalArgumentException("months must be at least 1: " + months);
		}
		return rollToWorkingDay(start.plusMonths(months));
	}

	/**
	 * Every day from {@code from} to {@code toInclusive} with its status and the reason for it.
	 *
	 * @throws IllegalArgumentException if {@code toInclusive} is before {@code from} or the range has more than
	 * {@value #MAX_DAYS_IN_RANGE} days
	 */
	public List<CalendarDay> days(LocalDate from, LocalDate toInclusive) {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(toInclusive, "toInclusive");
		if (toInclusive.isBefore(from)) {
			throw new IllegalArgumentException("toInclusive " + toInclusive + " is before from " + from);
		}
		long count = toInclusive.toEpochDay() - from.toEpochDay() + 1;
		if (count > MAX_DAYS_IN_RANGE) {
			throw new IllegalArgumentException(
					"a range may have at most " + MAX_DAYS_IN_RANGE + " days: " + from + ".." + toInclusive + " has " + count);
		}
		Snapshot s = snapshot;
		var days = new ArrayList<CalendarDay>((int) count);
		for (LocalDate date = from; !date.isAfter(toInclusive); date = date.plusDays(1)) {
			days.add(s.describe(date));
		}
		return List.copyOf(days);
	}

	/** Whether the State Council holiday notice for {@code year} is loaded (its data names at least one notice). */
	public boolean isPublished(int year) {
		return snapshot.published.contains(year);
	}

	/** The years whose State Council holiday notice is loaded, in ascending order. */
	public Set<Integer> publishedYears() {
		return snapshot.published;
	}

	/**
	 * Replaces the data of {@code year} with a newly published (or corrected) notice, atomically: a computation sees
	 * either the old or the new data, never a mix. An empty {@code papers} list leaves the year unpublished.
	 *
	 * @throws IllegalArgumentException if a listed date is outside {@code year - 1 .. year + 1} or listed twice
	 */
	void load(int year, List<String> papers, List<HolidayEntry> days) {
		var notice = new YearNotice(year, papers, days);
		synchronized (this.loadLock) {
			var byYear = new TreeMap<>(this.snapshot.notices);
			byYear.put(year, notice);
			this.snapshot = Snapshot.of(byYear);
		}
	}

	private WorkingDayResult rollToWorkingDay(LocalDate nominalEnd) {
		Snapshot s = snapshot;
		long nominal = nominalEnd.toEpochDay();
		long end = s.isWorkingDay(nominal) ? nominal : s.nthWorkingDayAfter(nominal, 1);
		return new WorkingDayResult(LocalDate.ofEpochDay(end), s.provisional(nominal, end));
	}

	static List<YearNotice> readNotices(String locationPattern) {
		Resource[] resources;
		try {
			resources = new PathMatchingResourcePatternResolver(OfficialCalendar.class.getClassLoader())
				.getResources(locationPattern);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list the holiday data at " + locationPattern, e);
		}
		if (resources.length == 0) {
			throw new IllegalStateException("no holiday data found at " + locationPattern);
		}
		var mapper = JsonMapper.builder().build();
		var notices = new ArrayList<YearNotice>();
		for (Resource resource : resources) {
			notices.add(read(mapper, resource));
		}
		return notices;
	}

	private static YearNotice read(JsonMapper mapper, Resource resource) {
		String source = resource.getDescription();
		JsonNode root;
		try (InputStream in = resource.getInputStream()) {
			root = mapper.readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + source, e);
		}
		catch (JacksonException e) {
			throw new IllegalStateException(source + " is not valid JSON", e);
		}
		JsonNode year = root.path("year");
		if (!year.isInt()) {
			throw new IllegalStateException(source + ": 'year' must be a number");
		}
		String fileName = resource.getFilename();
		if (fileName != null && fileName.matches("\\d{4}\\.json")
				&& !fileName.equals(year.asInt() + ".json")) {
			throw new IllegalStateException(source + " holds the data of " + year.asInt());
		}
		var papers = new ArrayList<String>();
		for (JsonNode paper : array(root, "papers", source)) {
			if (!paper.isString()) {
				throw new IllegalStateException(source + ": every entry of 'papers' must be a string");
			}
			papers.add(paper.asString());
		}
		var days = new ArrayList<HolidayEntry>();
		for (JsonNode day : array(root, "days", source)) {
			JsonNode name = day.path("name");
			JsonNode date = day.path("date");
			JsonNode offDay = day.path("isOffDay");
			if (!name.isString() || !date.isString() || !offDay.isBoolean()) {
				throw new IllegalStateException(
						source + ": every day needs a string 'name', a string 'date' and a boolean 'isOffDay': " + day);
			}
			try {
				days.add(new HolidayEntry(LocalDate.parse(date.asString()), offDay.asBoolean(), name.asString()));
			}
			catch (DateTimeException e) {
				throw new IllegalStateException(source + ": '" + date.asString() + "' is not an ISO date", e);
			}
		}
		try {
			return new YearNotice(year.asInt(), papers, days);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException(source + ": " + e.getMessage(), e);
		}
	}

	private static JsonNode array(JsonNode root, String field, String source) {
		JsonNode node = root.path(field);
		if (!node.isArray()) {
			throw new IllegalStateException(source + ": '" + field + "' must be an array");
		}
		return node;
	}

	/** Immutable view of all loaded years, indexed by date. */
	private static final class Snapshot {

		/** Mondays to Fridays among the first {@code r} days from 1970-01-01, a Thursday, for r = 0..6. */
		private static final int[] WEEKDAYS_IN_FIRST = { 0, 1, 2, 2, 2, 3, 4 };

		final NavigableMap<Integer, YearNotice> notices;

		final SortedSet<Integer> published;

		/** Listed dates by epoch day; where two files list the same date, the later notice wins. */
		private final Map<Long, HolidayEntry> listed;

		/** Listed epoch days, ascending. */
		private final long[] listedDays;

		/**
		 * {@code correction[i]}: working days the listed dates {@code listedDays[0..i)} add to (or, negative, remove
		 * from) the Monday–Friday count.
		 */
		private final long[] correction;

		private Snapshot(NavigableMap<Integer, YearNotice> notices) {
			this.notices = Collections.unmodifiableNavigableMap(notices);
			var published = new TreeSet<Integer>();
			var listed = new HashMap<Long, HolidayEntry>();
			for (YearNotice notice : notices.values()) {
				if (notice.published()) {
					published.add(notice.year());
				}
				for (HolidayEntry day : notice.days()) {
					listed.put(day.date().toEpochDay(), day);
				}
			}
			this.published = Collections.unmodifiableSortedSet(published);
			this.listed = listed;
			this.listedDays = listed.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
			this.correction = new long[this.listedDays.length + 1];
			for (int i = 0; i < this.listedDays.length; i++) {
				long day = this.listedDays[i];
				int delta = (this.listed.get(day).offDay() ? 0 : 1) - (isMondayToFriday(day) ? 1 : 0);
				this.correction[i + 1] = this.correction[i] + delta;
			}
		}

		static Snapshot of(NavigableMap<Integer, YearNotice> notices) {
			return new Snapshot(notices);
		}

		boolean isWorkingDay(LocalDate date) {
			return isWorkingDay(date.toEpochDay());
		}

		boolean isWorkingDay(long epochDay) {
			HolidayEntry entry = this.listed.get(epochDay);
			return entry != null ? !entry.offDay() : isMondayToFriday(epochDay);
		}

		/**
		 * A running count of working days whose difference between two days {@code a < b} is the number of working
		 * days in {@code (a, b]}; it grows by exactly 1 on each working day and stays flat on each rest day.
		 */
		long workingDaysUpTo(long epochDay) {
			int listedUpTo = Arrays.binarySearch(this.listedDays, epochDay);
			int count = listedUpTo >= 0 ? listedUpTo + 1 : -listedUpTo - 1;
			return mondaysToFridaysBefore(epochDay + 1) + this.correction[count];
		}

		/** The first day after {@code epochDay} at which {@code n} working days have passed, n >= 1. */
		long nthWorkingDayAfter(long epochDay, int n) {
			long target = workingDaysUpTo(epochDay) + n;
			// Invariant: workingDaysUpTo(low) < target <= workingDaysUpTo(high).
			long low = epochDay;
			long high = epochDay + n;
			while (workingDaysUpTo(high) < target) {
				low = high;
				high = epochDay + 2 * (high - epochDay);
			}
			while (high - low > 1) {
				long middle = low + (high - low) / 2;
				if (workingDaysUpTo(middle) < target) {
					low = middle;
				}
				else {
					high = middle;
				}
			}
			return high;
		}

		/**
		 * Whether a day in {@code [first, last]} may still change: it lies in a year without a published notice, or on
		 * or after {@link #UNSETTLED_FROM} of its year while the next year's notice is unpublished (spec §9.2, [I]).
		 */
		boolean provisional(long first, long last) {
			LocalDate lastDate = LocalDate.ofEpochDay(last);
			int lastYear = lastDate.getYear();
			for (int year = LocalDate.ofEpochDay(first).getYear(); year <= lastYear; year++) {
				if (!this.published.contains(year)) {
					return true;
				}
			}
			// Earlier years' late Decembers are followed by a year checked above; only the last one can be open.
			return !lastDate.isBefore(UNSETTLED_FROM.atYear(lastYear)) && !this.published.contains(lastYear + 1);
		}

		CalendarDay describe(LocalDate date) {
			boolean provisional = provisional(date.toEpochDay(), date.toEpochDay());
			HolidayEntry entry = this.listed.get(date.toEpochDay());
			boolean weekend = !isMondayToFriday(date.toEpochDay());
			if (entry != null && entry.offDay()) {
				return new CalendarDay(date, false, DayKind.HOLIDAY, entry.name(), provisional);
			}
			if (entry != null && weekend) {
				return new CalendarDay(date, true, DayKind.ADJUSTED_WORKDAY, entry.name(), provisional);
			}
			// An unlisted day, or a weekday a notice merely confirms as working (e.g. 2020-02-03).
			return new CalendarDay(date, !weekend, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, null, provisional);
		}

		private static boolean isMondayToFriday(long epochDay) {
			DayOfWeek day = DayOfWeek.of((int) Math.floorMod(epochDay + 3, 7L) + 1);
			return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
		}

		/** Mondays to Fridays in {@code [1970-01-01, epochDay)}, negative for days before 1970. */
		private static long mondaysToFridaysBefore(long epochDay) {
			return Math.floorDiv(epochDay, 7L) * 5 + WEEKDAYS_IN_FIRST[(int) Math.floorMod(epochDay, 7L)];
		}
	}
}
