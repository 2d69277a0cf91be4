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
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
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
 * <b>Data.</b> The holiday files vendored in the release, overlaid by the notices administrators loaded into the
 * database since (a loaded year replaces the vendored file of that year as a whole). Methods without an agency answer
 * on this national calendar. Methods taking an agency code answer on that agency's calendar: the national one, or,
 * if the agency is assigned to a region, the national one overlaid by the rest days (and working days) the regional
 * government sets for ethnic-minority holidays (《全国年节及纪念日放假办法》 Art. 4, spec §9.1) — a date a regional
 * notice lists takes the region's status.
 * <p>
 * <b>Provisional results</b> ([I], spec §9.2). A result is provisional while a date it looked at may still change
 * because a State Council notice is not published: a date of a year without a published notice, and — because the
 * notice for year Y+1 may rearrange the last days of December of Y (the 2008 and 2019 notices did from 29 December,
 * the 2023 notice on 31 December) — a date on or after 25 December of Y ({@link #UNSETTLED_FROM}) while the notice
 * for Y+1 is unpublished. Regional notices do not make results provisional: a region without a notice for a year
 * simply has no extra days in it (an implementation choice).
 * <p>
 * <b>Cluster.</b> Several nodes share one database. A change made on this node replaces the in-memory data within
 * the transaction that stores it (and puts the old data back if that transaction rolls back); every node compares the
 * database's version counter with its own at most every {@code ogi.calendar.refresh-interval} (30 s by default,
 * {@link CalendarRefresh}) and reloads when it is behind — a scheduled check rather than a check on read, so that no
 * computation does I/O.
 * <p>
 * The data of every year is held in one immutable snapshot that is replaced as a whole, so readers never see a
 * half-loaded year. Working days are counted with a closed formula for Monday–Friday plus prefix sums over the dates
 * the notices list, so a count is O(log n) and finding the N-th working day O(log² N).
 */
@Component
@DependsOnDatabaseInitialization
public class OfficialCalendar {

	/** Where the vendored holiday files live on the classpath. */
	static final String LOCATION = "classpath*:calendar/holidays/*.json";

	/** Longest range {@link #days} returns: one leap year. */
	static final int MAX_DAYS_IN_RANGE = 366;

	/** The first year of the vendored State Council notices (spec §9.2: 2007–2024 complete). */
	static final int FIRST_VENDORED_YEAR = 2007;

	/**
	 * [I] spec §9.2: from this day of December of year Y a date stays provisional until the notice for Y+1 is
	 * published; the earliest date a following year's notice has changed in 2007–2026 is 29 December, and 25 December
	 * leaves a weekend of margin.
	 */
	static final MonthDay UNSETTLED_FROM = MonthDay.of(12, 25);

	private final Object loadLock = new Object();

	private final NavigableMap<Integer, YearNotice> vendored;

	private volatile State state;

	/** Loads the vendored holiday files ({@value #LOCATION}) only, for tests and tools that run without a database. */
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
		this.vendored = Collections.unmodifiableNavigableMap(byYear);
		this.state = State.of(StoredCalendar.NONE.version(), byYear, Map.of(), Map.of());
	}

	/** The application's calendar: the vendored files overlaid by what is stored in the database (the database wins per year). */
	@Autowired
	OfficialCalendar(CalendarStore store) {
		this();
		install(store.read());
	}

	/**
	 * Whether state organs work on {@code date} on the national calendar: a date listed in a notice works unless it is
	 * an off day, any other date works Monday to Friday (spec §9.1).
	 */
	public boolean isWorkingDay(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return state.national.isWorkingDay(date.toEpochDay());
	}

	/** {@link #isWorkingDay(LocalDate)} on the calendar of {@code agencyCode}, with its region's days (Art. 4). */
	public boolean isWorkingDay(String agencyCode, LocalDate date) {
		Objects.requireNonNull(date, "date");
		return state.of(agencyCode).isWorkingDay(date.toEpochDay());
	}

	/**
	 * 民事诉讼法 Art. 85: the day the period starts is not counted, so the result is the {@code workingDays}-th working
	 * day after {@code from} on the national calendar; {@code from} may itself be a rest day (spec §9.1, receipt on a
	 * non-working day).
	 *
	 * @throws IllegalArgumentException if {@code workingDays} is less than 1
	 */
	public WorkingDayResult addWorkingDays(LocalDate from, int workingDays) {
		return addWorkingDays(state.national, from, workingDays);
	}

	/** {@link #addWorkingDays(LocalDate, int)} on the calendar of {@code agencyCode}, with its region's days (Art. 4). */
	public WorkingDayResult addWorkingDays(String agencyCode, LocalDate from, int workingDays) {
		return addWorkingDays(state.of(agencyCode), from, workingDays);
	}

	/**
	 * The number of working days in {@code (fromExclusive, toInclusive]} on the national calendar, i.e. counted as
	 * 民事诉讼法 Art. 85 counts a period; 0 if {@code toInclusive} is not after {@code fromExclusive}.
	 */
	public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
		return workingDaysBetween(state.national, fromExclusive, toInclusive);
	}

	/** {@link #workingDaysBetween(LocalDate, LocalDate)} on the calendar of {@code agencyCode}, with its region's days. */
	public int workingDaysBetween(String agencyCode, LocalDate fromExclusive, LocalDate toInclusive) {
		return workingDaysBetween(state.of(agencyCode), fromExclusive, toInclusive);
	}

	/**
	 * 民事诉讼法 Art. 85 (via 行政复议法 Art. 88 and 行政诉讼法 Art. 101): a period of {@code calendarDays} days ends
	 * {@code calendarDays} days after {@code start}; if that day is a 法定休假日 (a statutory holiday or a weekend), the
	 * period ends on the first working day after it — a 调休 working Saturday is not a rest day (spec §5 note, §9.1).
	 *
	 * @throws IllegalArgumentException if {@code calendarDays} is less than 1
	 */
	public WorkingDayResult calendarDayPeriodEnd(LocalDate start, int calendarDays) {
		return calendarDayPeriodEnd(state.national, start, calendarDays);
	}

	/**
	 * {@link #calendarDayPeriodEnd(LocalDate, int)} on the calendar of {@code agencyCode}: a regional rest day counts as
	 * a 法定休假日 ([I]: Art. 4 makes it a statutory holiday where the regional government sets it).
	 */
	public WorkingDayResult calendarDayPeriodEnd(String agencyCode, LocalDate start, int calendarDays) {
		return calendarDayPeriodEnd(state.of(agencyCode), start, calendarDays);
	}

	/**
	 * 民法典 Art. 202 and 民事诉讼法 Art. 85: a period of {@code months} months ends on the same day of the month
	 * {@code months} months after {@code start} (the month's last day if it has no such day), rolled to the first
	 * working day if that day is a rest day, as in {@link #calendarDayPeriodEnd(LocalDate, int)}.
	 *
	 * @throws IllegalArgumentException if {@code months} is less than 1
	 */
	public WorkingDayResult monthPeriodEnd(LocalDate start, int months) {
		return monthPeriodEnd(state.national, start, months);
	}

	/** {@link #monthPeriodEnd(LocalDate, int)} on the calendar of {@code agencyCode}, with its region's days. */
	public WorkingDayResult monthPeriodEnd(String agencyCode, LocalDate start, int months) {
		return monthPeriodEnd(state.of(agencyCode), start, months);
	}

	/**
	 * Every day from {@code from} to {@code toInclusive} on the national calendar with its status and the reason for it.
	 *
	 * @throws IllegalArgumentException if {@code toInclusive} is before {@code from} or the range has more than
	 * {@value #MAX_DAYS_IN_RANGE} days
	 */
	public List<CalendarDay> days(LocalDate from, LocalDate toInclusive) {
		return days(state.national, from, toInclusive);
	}

	/** {@link #days(LocalDate, LocalDate)} on the calendar of {@code agencyCode}, regional rest days included. */
	public List<CalendarDay> days(String agencyCode, LocalDate from, LocalDate toInclusive) {
		return days(state.of(agencyCode), from, toInclusive);
	}

	/** Whether the State Council holiday notice for {@code year} is loaded (its data names at least one notice). */
	public boolean isPublished(int year) {
		return state.national.published.contains(year);
	}

	/** The years whose State Council holiday notice is loaded, in ascending order. */
	public Set<Integer> publishedYears() {
		return state.national.published;
	}

	/**
	 * The first day the official calendar has data for: 1 January of the earliest year whose notice is loaded (2007 in
	 * the vendored data, spec §9.2). Working days before it cannot be counted.
	 */
	public LocalDate coverageStart() {
		return state.national.published.stream().min(Integer::compare).map(year -> LocalDate.of(year, 1, 1))
				.orElse(LocalDate.of(FIRST_VENDORED_YEAR, 1, 1));
	}

	/**
	 * The version of the stored data this calendar holds: 0 for the vendored files alone; it grows with every change
	 * made on any node, so a result computed under an older version may be out of date.
	 */
	public long version() {
		return state.version;
	}

	/**
	 * Replaces the data of {@code year} with a newly published (or corrected) notice in memory only, atomically: a
	 * computation sees either the old or the new data, never a mix. An empty {@code papers} list leaves the year
	 * unpublished. The application loads notices through the database instead ({@link #install}).
	 *
	 * @throws IllegalArgumentException if a listed date is outside {@code year - 1 .. year + 1} or listed twice
	 */
	void load(int year, List<String> papers, List<HolidayEntry> days) {
		var notice = new YearNotice(year, papers, days);
		synchronized (this.loadLock) {
			State current = this.state;
			var national = new TreeMap<>(current.notices);
			national.put(year, notice);
			this.state = State.of(current.version, national, current.regions, current.regionOfAgency);
		}
	}

	/**
	 * Replaces all data with the vendored files overlaid by {@code stored}, whatever its version, and returns an action
	 * that puts the replaced data back unless something newer was installed since (for a rolled-back transaction).
	 */
	Runnable install(StoredCalendar stored) {
		synchronized (this.loadLock) {
			State previous = this.state;
			State installed = overlaid(stored);
			this.state = installed;
			return () -> {
				synchronized (this.loadLock) {
					if (this.state == installed) {
						this.state = previous;
					}
				}
			};
		}
	}

	/** Installs {@code stored} if it is newer than the data held; returns whether it was. */
	boolean refresh(StoredCalendar stored) {
		synchronized (this.loadLock) {
			if (stored.version() <= this.state.version) {
				return false;
			}
			this.state = overlaid(stored);
			return true;
		}
	}

	/** The vendored file of {@code year}, if the release has one. */
	Optional<YearNotice> vendoredNotice(int year) {
		return Optional.ofNullable(this.vendored.get(year));
	}

	/** Whether state organs work on {@code date} in {@code regionCode} (the national calendar for an unknown region). */
	boolean isWorkingDayInRegion(String regionCode, LocalDate date) {
		State current = this.state;
		return current.regional.getOrDefault(regionCode, current.national).isWorkingDay(date.toEpochDay());
	}

	private State overlaid(StoredCalendar stored) {
		var national = new TreeMap<>(this.vendored);
		national.putAll(stored.notices());
		return State.of(stored.version(), national, stored.regions(), stored.regionOfAgency());
	}

	private static WorkingDayResult addWorkingDays(Snapshot s, LocalDate from, int workingDays) {
		Objects.requireNonNull(from, "from");
		if (workingDays < 1) {
			throw new IllegalArgumentException("workingDays must be at least 1: " + workingDays);
		}
		long start = from.toEpochDay();
		long due = s.nthWorkingDayAfter(start, workingDays);
		return new WorkingDayResult(LocalDate.ofEpochDay(due), s.provisional(start + 1, due));
	}

	private static int workingDaysBetween(Snapshot s, LocalDate fromExclusive, LocalDate toInclusive) {
		Objects.requireNonNull(fromExclusive, "fromExclusive");
		Objects.requireNonNull(toInclusive, "toInclusive");
		if (!toInclusive.isAfter(fromExclusive)) {
			return 0;
		}
		return Math.toIntExact(s.workingDaysUpTo(toInclusive.toEpochDay()) - s.workingDaysUpTo(fromExclusive.toEpochDay()));
	}

	private static WorkingDayResult calendarDayPeriodEnd(Snapshot s, LocalDate start, int calendarDays) {
		Objects.requireNonNull(start, "start");
		if (calendarDays < 1) {
			throw new IllegalArgumentException("calendarDays must be at least 1: " + calendarDays);
		}
		return rollToWorkingDay(s, start.plusDays(calendarDays));
	}

	private static WorkingDayResult monthPeriodEnd(Snapshot s, LocalDate start, int months) {
		Objects.requireNonNull(start, "start");
		if (months < 1) {
			throw new IllegalArgumentException("months must be at least 1: " + months);
		}
		return rollToWorkingDay(s, start.plusMonths(months));
	}

	private static List<CalendarDay> days(Snapshot s, LocalDate from, LocalDate toInclusive) {
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
		var days = new ArrayList<CalendarDay>((int) count);
		for (LocalDate date = from; !date.isAfter(toInclusive); date = date.plusDays(1)) {
			days.add(s.describe(date));
		}
		return List.copyOf(days);
	}

	private static WorkingDayResult rollToWorkingDay(Snapshot s, LocalDate nominalEnd) {
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

	/**
	 * Everything held in memory, replaced as a whole: the national notices by year, each region's notices, the region
	 * of each agency, and the snapshots built from them.
	 */
	private static final class State {

		final long version;

		final NavigableMap<Integer, YearNotice> notices;

		final Map<String, NavigableMap<Integer, YearNotice>> regions;

		final Map<String, String> regionOfAgency;

		final Snapshot national;

		final Map<String, Snapshot> regional;

		private State(long version, NavigableMap<Integer, YearNotice> notices,
				Map<String, ? extends Map<Integer, YearNotice>> regions, Map<String, String> regionOfAgency) {
			this.version = version;
			this.notices = Collections.unmodifiableNavigableMap(new TreeMap<>(notices));
			var regionsCopy = new TreeMap<String, NavigableMap<Integer, YearNotice>>();
			regions.forEach((code, byYear) -> regionsCopy.put(code, Collections.unmodifiableNavigableMap(new TreeMap<>(byYear))));
			this.regions = Collections.unmodifiableMap(regionsCopy);
			this.regionOfAgency = Map.copyOf(regionOfAgency);
			this.national = Snapshot.national(this.notices);
			var snapshots = new HashMap<String, Snapshot>();
			this.regions.forEach((code, byYear) -> snapshots.put(code, Snapshot.regional(this.national, byYear)));
			this.regional = Map.copyOf(snapshots);
		}

		static State of(long version, NavigableMap<Integer, YearNotice> notices,
				Map<String, ? extends Map<Integer, YearNotice>> regions, Map<String, String> regionOfAgency) {
			return new State(version, notices, regions, regionOfAgency);
		}

		/** The calendar of {@code agencyCode}: its region's, or the national one. */
		Snapshot of(String agencyCode) {
			Objects.requireNonNull(agencyCode, "agencyCode");
			String region = this.regionOfAgency.get(agencyCode);
			return region == null ? this.national : this.regional.getOrDefault(region, this.national);
		}
	}

	/** A date a notice lists, and whether a regional notice lists it. */
	private record Listing(HolidayEntry entry, boolean regional) {
	}

	/** Immutable view of one calendar (national, or national overlaid by a region), indexed by date. */
	private static final class Snapshot {

		/** Mondays to Fridays among the first {@code r} days from 1970-01-01, a Thursday, for r = 0..6. */
		private static final int[] WEEKDAYS_IN_FIRST = { 0, 1, 2, 2, 2, 3, 4 };

		/** The years whose State Council notice is published; regional notices do not count. */
		final SortedSet<Integer> published;

		/** The national calendar under a regional one; null for the national calendar itself. */
		private final Snapshot base;

		/** Listed dates by epoch day; where two notices list the same date, the later wins, and a region's wins over both. */
		private final Map<Long, Listing> listed;

		/** Listed epoch days, ascending. */
		private final long[] listedDays;

		/**
		 * {@code correction[i]}: working days the listed dates {@code listedDays[0..i)} add to (or, negative, remove
		 * from) the Monday–Friday count.
		 */
		private final long[] correction;

		private Snapshot(SortedSet<Integer> published, Map<Long, Listing> listed, Snapshot base) {
			this.published = published;
			this.base = base;
			this.listed = listed;
			this.listedDays = listed.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
			this.correction = new long[this.listedDays.length + 1];
			for (int i = 0; i < this.listedDays.length; i++) {
				long day = this.listedDays[i];
				int delta = (this.listed.get(day).entry().offDay() ? 0 : 1) - (isMondayToFriday(day) ? 1 : 0);
				this.correction[i + 1] = this.correction[i] + delta;
			}
		}

		static Snapshot national(NavigableMap<Integer, YearNotice> notices) {
			var published = new TreeSet<Integer>();
			var listed = new HashMap<Long, Listing>();
			for (YearNotice notice : notices.values()) {
				if (notice.published()) {
					published.add(notice.year());
				}
				for (HolidayEntry day : notice.days()) {
					listed.put(day.date().toEpochDay(), new Listing(day, false));
				}
			}
			return new Snapshot(Collections.unmodifiableSortedSet(published), listed, null);
		}

		static Snapshot regional(Snapshot national, NavigableMap<Integer, YearNotice> regionNotices) {
			var listed = new HashMap<>(national.listed);
			for (YearNotice notice : regionNotices.values()) {
				for (HolidayEntry day : notice.days()) {
					listed.put(day.date().toEpochDay(), new Listing(day, true));
				}
			}
			return new Snapshot(national.published, listed, national);
		}

		boolean isWorkingDay(long epochDay) {
			Listing listing = this.listed.get(epochDay);
			return listing != null ? !listing.entry().offDay() : isMondayToFriday(epochDay);
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
			long epochDay = date.toEpochDay();
			boolean provisional = provisional(epochDay, epochDay);
			Listing listing = this.listed.get(epochDay);
			if (listing != null && listing.regional()) {
				HolidayEntry entry = listing.entry();
				if (entry.offDay()) {
					return new CalendarDay(date, false, DayKind.REGIONAL_HOLIDAY, entry.name(), provisional);
				}
				if (!this.base.isWorkingDay(epochDay)) {
					return new CalendarDay(date, true, DayKind.ADJUSTED_WORKDAY, entry.name(), provisional);
				}
				// A region confirming a national working day changes nothing: the national reason stands.
				return this.base.describe(date);
			}
			HolidayEntry entry = listing == null ? null : listing.entry();
			boolean weekend = !isMondayToFriday(epochDay);
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
