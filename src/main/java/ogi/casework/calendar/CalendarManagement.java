package ogi.casework.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.calendar.CalendarChanges.Action;
import ogi.casework.calendar.CalendarChanges.Change;
import ogi.casework.shared.AdministrationEvent;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.ReadsOnly;

/**
 * Administration of the official calendar without a release: loading a newly published (or corrected) State Council
 * notice, defining a region's rest days, assigning an agency to a region; each change is stored, audited with who,
 * when and what changed, made visible to this node's {@link OfficialCalendar} at once (other nodes follow within the
 * refresh interval), and announced with {@link CalendarChanged} in the same transaction.
 * <p>
 * Every change first locks the version row, so changes are made one at a time across the cluster and each is compared
 * with the data the previous one committed.
 * <p>
 * Who may change what: a State Council notice is the same for every agency, so only a platform administrator loads it
 * (an agency's administrator could otherwise move every other agency's deadlines). A region
 * is maintained by the agency whose administrator defined it first; another agency's administrator cannot change its
 * days, and an administrator assigns only their own agency to a region — so no administrator changes the calendar of
 * another agency that did not choose that region ([I], spec §9.1 per-region calendars).
 */
@Service
public class CalendarManagement {

	/** Region codes: upper-case letters, digits, - and _, e.g. {@code CN-XJ} or {@code GUANGXI}. */
	static final String REGION_CODE = "[A-Z][A-Z0-9_-]{1,31}";

	private final CalendarNotices notices;

	private final CalendarRegions regions;

	private final CalendarChanges changes;

	private final CalendarStore store;

	private final OfficialCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarManagement(CalendarNotices notices, CalendarRegions regions, CalendarChanges changes, CalendarStore store,
			OfficialCalendar calendar, ApplicationEventPublisher events, Clock clock) {
		this.notices = notices;
		this.regions = regions;
		this.changes = changes;
		this.store = store;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Loads a State Council notice 「关于YYYY年部分节假日安排的通知」 (《全国年节及纪念日放假办法》 Art. 7), replacing
	 * whatever data the year had (the vendored file or an earlier load), atomically in the database and in memory.
	 *
	 * @throws InvalidInput if the notice breaks a rule; nothing is stored then
	 */
	@Transactional
	public ChangeView loadNotice(NoticeForm form, CurrentUser admin) {
		if (!admin.has(Role.PLATFORM_ADMIN)) {
			throw new AccessDeniedException("the national calendar is the same for every agency and is loaded by "
					+ "platform administrators only");
		}
		YearNotice notice = form.nationalNotice();
		int year = notice.year();
		StoredCalendar before = lockAndCatchUp();
		YearNotice previous = before.notices().containsKey(year) ? before.notices().get(year)
				: this.calendar.vendoredNotice(year).orElse(new YearNotice(year, List.of(), List.of()));
		ListingDiff diff = ListingDiff.between(previous.days(), notice.days());
		Map<LocalDate, Boolean> statusBefore = statuses(diff.all(), this.calendar::isWorkingDay);

		Instant now = Instant.now(this.clock);
		this.notices.deleteDays(year);
		this.notices.delete(year);
		this.notices.insert(new CalendarNotices.Notice(year, CalendarStore.joinPapers(notice.papers()),
				admin.username(), now));
		if (!notice.days().isEmpty()) {
			this.notices.insertDays(year, notice.days());
		}
		Change change = record(before, Action.NOTICE_LOADED, year, null, null, notice.papers(), diff,
				(previous.published() ? "replaces the notice " + String.join(" ", previous.papers()) + "; "
						: "first notice for " + year + "; ") + diff.summary(),
				admin, now);
		installStoredData();

		Set<LocalDate> changedDates = changedSince(statusBefore, this.calendar::isWorkingDay);
		this.events.publishEvent(new CalendarChanged(year, changedDates, notice.papers().get(0), admin.username()));
		return ChangeView.of(change);
	}

	/**
	 * Loads a regional government's notice for one year (《全国年节及纪念日放假办法》 Art. 4: rest days for
	 * ethnic-minority holidays, and any working days it sets), replacing the region's earlier data for that year. The
	 * first administrator to define a region makes their agency its maintainer.
	 *
	 * @throws InvalidInput if the region code or the notice breaks a rule
	 * @throws AccessDeniedException if another agency maintains the region
	 */
	@Transactional
	ChangeView loadRegionNotice(String regionCode, NoticeForm form, CurrentUser admin) {
		requireAgencyAdministrator(admin);
		checkRegionCode(regionCode);
		YearNotice notice = form.regionalNotice();
		int year = notice.year();
		StoredCalendar before = lockAndCatchUp();
		Instant now = Instant.now(this.clock);
		var region = this.regions.find(regionCode);
		if (region.isPresent() && !region.get().ownerAgencyCode().equals(admin.agencyCode())) {
			throw new AccessDeniedException("region " + regionCode + " is maintained by the administrators of "
					+ region.get().ownerAgencyCode() + ", not of " + admin.agencyCode());
		}
		if (region.isEmpty()) {
			this.regions.insert(new CalendarRegions.Region(regionCode, admin.agencyCode(), admin.username(), now));
		}
		YearNotice previous = before.regions().getOrDefault(regionCode, Map.of()).getOrDefault(year,
				new YearNotice(year, List.of(), List.of()));
		ListingDiff diff = ListingDiff.between(previous.days(), notice.days());
		Map<LocalDate, Boolean> statusBefore = statuses(diff.all(),
				date -> this.calendar.isWorkingDayInRegion(regionCode, date));

		this.regions.deleteDays(regionCode, year);
		this.regions.deleteNotice(regionCode, year);
		this.regions.insertNotice(new CalendarRegions.Notice(regionCode, year,
				CalendarStore.joinPapers(notice.papers()), admin.username(), now));
		if (!notice.days().isEmpty()) {
			this.regions.insertDays(regionCode, year, notice.days());
		}
		Change change = record(before, Action.REGION_NOTICE_LOADED, year, regionCode, null, notice.papers(), diff,
				(region.isEmpty() ? "defines region " + regionCode + "; " : "") + diff.summary(), admin, now);
		installStoredData();

		Set<LocalDate> changedDates = changedSince(statusBefore,
				date -> this.calendar.isWorkingDayInRegion(regionCode, date));
		this.events.publishEvent(new CalendarChanged(year, changedDates, notice.papers().get(0), admin.username(),
				regionCode, agenciesIn(before, regionCode)));
		return ChangeView.of(change);
	}

	/**
	 * Puts the administrator's own agency on the calendar of {@code regionCode}; an agency follows one region at most.
	 *
	 * @throws AccessDeniedException if {@code agencyCode} is not the administrator's agency
	 * @throws NotFound if the region has not been defined
	 */
	@Transactional
	AssignmentView assign(String regionCode, String agencyCode, CurrentUser admin) {
		requireAgencyAdministrator(admin);
		requireOwnAgency(agencyCode, admin);
		StoredCalendar before = lockAndCatchUp();
		if (this.regions.find(regionCode).isEmpty()) {
			throw new NotFound("No region " + regionCode + ": define its days first (POST /api/calendar/regions/"
					+ regionCode + "/days)");
		}
		String previousRegion = before.regionOfAgency().get(agencyCode);
		if (regionCode.equals(previousRegion)) {
			return this.regions.assignmentOf(agencyCode).map(AssignmentView::of).orElseThrow();
		}
		Instant now = Instant.now(this.clock);
		var assignment = new CalendarRegions.Assignment(agencyCode, regionCode, admin.username(), now);
		moveAgency(before, agencyCode, previousRegion, regionCode, Action.AGENCY_ASSIGNED, admin, now, () -> {
			this.regions.deleteAssignment(agencyCode);
			this.regions.insertAssignment(assignment);
		});
		return AssignmentView.of(assignment);
	}

	/**
	 * Puts the administrator's own agency on the calendar of {@code regionCode}, or back on the national calendar when
	 * it is null or blank: what the administration page's region form does. Every open case whose dates the move
	 * changes is recomputed, as for {@link #assign}.
	 */
	@Transactional
	public void followRegion(String regionCode, CurrentUser admin) {
		requireAgencyAdministrator(admin);
		if (regionCode == null || regionCode.isBlank()) {
			// assign and unassign lock the calendar and check the region themselves
			this.regions.assignmentOf(admin.agencyCode())
				.ifPresent(current -> unassign(current.regionCode(), admin.agencyCode(), admin));
			return;
		}
		assign(regionCode, admin.agencyCode(), admin);
	}

	/** The regions defined so far, and the one the administrator's agency follows (null: the national calendar). */
	public RegionChoice regionChoice(CurrentUser admin) {
		return new RegionChoice(this.regions.regions().stream().map(CalendarRegions.Region::regionCode).sorted()
			.toList(), this.regions.assignmentOf(admin.agencyCode()).map(CalendarRegions.Assignment::regionCode)
				.orElse(null));
	}

	/** The regions an agency may follow and the one it follows (null: the national calendar). */
	public record RegionChoice(List<String> regionCodes, String current) {
	}

	/**
	 * Takes the administrator's own agency out of {@code regionCode}, back to the national calendar.
	 *
	 * @throws AccessDeniedException if {@code agencyCode} is not the administrator's agency
	 * @throws NotFound if the agency is not assigned to that region
	 */
	@Transactional
	void unassign(String regionCode, String agencyCode, CurrentUser admin) {
		requireAgencyAdministrator(admin);
		requireOwnAgency(agencyCode, admin);
		StoredCalendar before = lockAndCatchUp();
		if (!regionCode.equals(before.regionOfAgency().get(agencyCode))) {
			throw new NotFound(agencyCode + " is not assigned to region " + regionCode);
		}
		moveAgency(before, agencyCode, regionCode, null, Action.AGENCY_UNASSIGNED, admin, Instant.now(this.clock),
				() -> this.regions.deleteAssignment(agencyCode));
	}

	/**
	 * The State Council notices loaded since the release, newest year first: what each lists and who loaded the
	 * version in force, for everyone (the notices are public); the history of every load for administrators.
	 */
	@ReadsOnly
	public List<NoticeView> notices(CurrentUser viewer) {
		if (isAdministrator(viewer)) {
			return notices();
		}
		return notices().stream().map(notice -> new NoticeView(notice.year(), notice.papers(), notice.loadedBy(),
				notice.loadedAt(), notice.days(), List.of())).toList();
	}

	private static boolean isAdministrator(CurrentUser viewer) {
		return viewer.has(Role.PLATFORM_ADMIN) || viewer.has(Role.ADMIN);
	}

	/** Every notice with its whole load history. */
	List<NoticeView> notices() {
		Map<Integer, List<ChangeView>> history = this.changes.history().stream()
			.filter(change -> change.action() == Action.NOTICE_LOADED)
			.collect(Collectors.groupingBy(Change::noticeYear, TreeMap::new,
					Collectors.mapping(ChangeView::of, Collectors.toList())));
		Map<Integer, List<NoticeView.Day>> days = this.notices.days().stream()
			.collect(Collectors.groupingBy(CalendarNotices.Day::noticeYear, Collectors.mapping(
					day -> new NoticeView.Day(day.listedDate(), day.name(), day.offDay()), Collectors.toList())));
		return this.notices.notices().stream()
			.sorted((a, b) -> Integer.compare(b.noticeYear(), a.noticeYear()))
			.map(notice -> new NoticeView(notice.noticeYear(), CalendarStore.papers(notice.papers()),
					notice.loadedBy(), notice.loadedAt(), days.getOrDefault(notice.noticeYear(), List.of()),
					history.getOrDefault(notice.noticeYear(), List.of())))
			.toList();
	}

	/**
	 * Every region with its maintainer and notices, for choosing one; a platform administrator sees every agency
	 * that follows it and all its history, anyone else only their own agency among its followers and the history
	 * their agency made or was concerned by.
	 */
	@ReadsOnly
	List<RegionView> regions(CurrentUser viewer) {
		if (viewer.has(Role.PLATFORM_ADMIN)) {
			return regions();
		}
		String own = viewer.agencyCode();
		java.util.function.Predicate<ChangeView> ours = change -> own.equals(change.changedByAgency())
				|| own.equals(change.agencyCode());
		return regions().stream()
			.map(region -> new RegionView(region.regionCode(), region.ownerAgencyCode(), region.createdBy(),
					region.createdAt(),
					region.agencyCodes().contains(own) ? Set.of(own) : Set.of(),
					region.notices().stream().map(notice -> new NoticeView(notice.year(), notice.papers(),
							notice.loadedBy(), notice.loadedAt(), notice.days(),
							notice.history().stream().filter(ours).toList())).toList(),
					region.history().stream().filter(ours).toList()))
			.toList();
	}

	/** Every region with its maintainer, agencies, notices (with their load history) and assignment history. */
	List<RegionView> regions() {
		List<Change> history = this.changes.history();
		Map<String, List<NoticeView.Day>> days = this.regions.days().stream()
			.collect(Collectors.groupingBy(day -> day.regionCode() + "/" + day.noticeYear(), Collectors.mapping(
					day -> new NoticeView.Day(day.listedDate(), day.name(), day.offDay()), Collectors.toList())));
		Map<String, List<NoticeView>> noticesByRegion = this.regions.notices().stream()
			.collect(Collectors.groupingBy(CalendarRegions.Notice::regionCode, Collectors.mapping(
					notice -> new NoticeView(notice.noticeYear(), CalendarStore.papers(notice.papers()),
							notice.loadedBy(), notice.loadedAt(),
							days.getOrDefault(notice.regionCode() + "/" + notice.noticeYear(), List.of()),
							history.stream()
								.filter(change -> change.action() == Action.REGION_NOTICE_LOADED
										&& notice.regionCode().equals(change.regionCode())
										&& Integer.valueOf(notice.noticeYear()).equals(change.noticeYear()))
								.map(ChangeView::of)
								.toList()),
					Collectors.toList())));
		Map<String, Set<String>> agencies = this.regions.assignments().stream()
			.collect(Collectors.groupingBy(CalendarRegions.Assignment::regionCode, Collectors.mapping(
					CalendarRegions.Assignment::agencyCode, Collectors.toCollection(TreeSet::new))));
		return this.regions.regions().stream()
			.map(region -> new RegionView(region.regionCode(), region.ownerAgencyCode(), region.createdBy(),
					region.createdAt(), agencies.getOrDefault(region.regionCode(), Set.of()),
					noticesByRegion.getOrDefault(region.regionCode(), List.of()),
					history.stream()
						.filter(change -> region.regionCode().equals(change.regionCode())
								&& change.action() != Action.REGION_NOTICE_LOADED)
						.map(ChangeView::of)
						.toList()))
			.toList();
	}

	private void moveAgency(StoredCalendar before, String agencyCode, String fromRegion, String toRegion,
			Action action, CurrentUser admin, Instant now, Runnable write) {
		var candidates = new TreeSet<LocalDate>();
		for (String region : new String[] { fromRegion, toRegion }) {
			if (region != null) {
				before.regions().getOrDefault(region, Map.of()).values()
					.forEach(notice -> notice.days().forEach(day -> candidates.add(day.date())));
			}
		}
		Predicate<LocalDate> workingAfter = toRegion == null ? this.calendar::isWorkingDay
				: date -> this.calendar.isWorkingDayInRegion(toRegion, date);
		SortedSet<LocalDate> changedDates = changedSince(
				statuses(candidates, date -> this.calendar.isWorkingDay(agencyCode, date)), workingAfter);

		write.run();
		String detail = agencyCode + " moves from "
				+ (fromRegion == null ? "the national calendar" : "region " + fromRegion) + " to "
				+ (toRegion == null ? "the national calendar" : "region " + toRegion) + "; " + changedDates.size()
				+ " dates change status";
		String regionCode = toRegion != null ? toRegion : fromRegion;
		record(before, action, null, regionCode, agencyCode, List.of(),
				new ListingDiff(new TreeSet<>(), new TreeSet<>(), changedDates), detail, admin, now);
		installStoredData();

		Map<Integer, Set<LocalDate>> byYear = changedDates.stream()
			.collect(Collectors.groupingBy(LocalDate::getYear, TreeMap::new, Collectors.toSet()));
		byYear.forEach((year, dates) -> this.events.publishEvent(
				new CalendarChanged(year, dates, null, admin.username(), regionCode, Set.of(agencyCode))));
	}

	/**
	 * Locks the version row until the transaction ends and brings this node up to everything committed before; the
	 * result is the stored data every change is compared with.
	 */
	private StoredCalendar lockAndCatchUp() {
		this.changes.lockVersion();
		StoredCalendar before = this.store.read();
		this.calendar.refresh(before);
		return before;
	}

	private Change record(StoredCalendar before, Action action, Integer year, String regionCode, String agencyCode,
			List<String> papers, ListingDiff diff, String detail, CurrentUser admin, Instant now) {
		long version = before.version() + 1;
		this.changes.setVersion(version);
		var change = new Change(null, version, action, year, regionCode, agencyCode,
				papers.isEmpty() ? null : CalendarStore.joinPapers(papers), CalendarStore.joinDates(diff.added()),
				CalendarStore.joinDates(diff.removed()), CalendarStore.joinDates(diff.changed()), detail,
				admin.username(), admin.agencyCode(), now);
		this.changes.insert(change);
		this.events.publishEvent(new AdministrationEvent(switch (action) {
			case NOTICE_LOADED -> AdministrationEvent.Action.NATIONAL_NOTICE_LOADED;
			case REGION_NOTICE_LOADED -> AdministrationEvent.Action.REGIONAL_NOTICE_LOADED;
			case AGENCY_ASSIGNED -> AdministrationEvent.Action.REGION_JOINED;
			case AGENCY_UNASSIGNED -> AdministrationEvent.Action.REGION_LEFT;
		}, admin.username(), admin.agencyCode(),
				action == Action.NOTICE_LOADED ? null : agencyCode != null ? agencyCode : admin.agencyCode(),
				regionCode != null ? regionCode + (year != null ? " " + year : "") : String.valueOf(year), detail, now));
		return change;
	}

	/**
	 * Puts what this transaction stored into the in-memory calendar now, so that listeners of {@link CalendarChanged}
	 * compute with it, and puts the old data back if the transaction does not commit.
	 */
	private void installStoredData() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("calendar changes must run in a transaction");
		}
		Runnable undo = this.calendar.install(this.store.read());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					undo.run();
				}
			}
		});
	}

	private static Map<LocalDate, Boolean> statuses(Collection<LocalDate> dates, Predicate<LocalDate> working) {
		var statuses = new TreeMap<LocalDate, Boolean>();
		dates.forEach(date -> statuses.put(date, working.test(date)));
		return statuses;
	}

	private static SortedSet<LocalDate> changedSince(Map<LocalDate, Boolean> before, Predicate<LocalDate> working) {
		var changed = new TreeSet<LocalDate>();
		before.forEach((date, wasWorking) -> {
			if (working.test(date) != wasWorking) {
				changed.add(date);
			}
		});
		return changed;
	}

	private static Set<String> agenciesIn(StoredCalendar stored, String regionCode) {
		return stored.regionOfAgency().entrySet().stream()
			.filter(entry -> entry.getValue().equals(regionCode))
			.map(Map.Entry::getKey)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static void checkRegionCode(String regionCode) {
		if (regionCode == null || !regionCode.matches(REGION_CODE)) {
			throw InvalidInput.of("regionCode", "pattern",
					"regionCode: 2–32 upper-case letters, digits, - or _, starting with a letter (e.g. CN-XJ), was '"
							+ regionCode + "'");
		}
	}

	private static void requireAgencyAdministrator(CurrentUser admin) {
		if (!admin.has(Role.ADMIN)) {
			throw new AccessDeniedException("an agency's regional calendar is changed by that agency's administrators");
		}
	}

	/** An administrator of one agency must not change another agency's calendar (see the class comment). */
	private static void requireOwnAgency(String agencyCode, CurrentUser admin) {
		if (!admin.agencyCode().equals(agencyCode)) {
			throw new AccessDeniedException("an administrator may change the calendar of their own agency ("
					+ admin.agencyCode() + ") only, not of " + agencyCode);
		}
	}

	/**
	 * A loaded notice with the dates it lists and every load of its year, newest first.
	 *
	 * @param year the notice's year
	 * @param papers its addresses (or, for a regional notice, document numbers)
	 * @param loadedBy who loaded the version in force
	 * @param loadedAt when
	 * @param days the dates it lists
	 * @param history every load of this year, newest first
	 */
	public record NoticeView(int year, List<String> papers, String loadedBy, Instant loadedAt, List<Day> days,
			List<ChangeView> history) {

		/** A listed date: {@code offDay} true is a rest day, false a working day. */
		public record Day(LocalDate date, String name, boolean offDay) {
		}
	}

	/**
	 * One change of the calendar: {@code added}, {@code removed} and {@code changed} compare the dates a loaded notice
	 * lists with the previous data of its year; for an agency moving region, {@code changed} holds the dates whose
	 * status changed for it.
	 */
	public record ChangeView(String action, Integer year, String regionCode, String agencyCode, List<String> papers,
			List<LocalDate> added, List<LocalDate> removed, List<LocalDate> changed, String detail, String changedBy,
			String changedByAgency, Instant changedAt, long version) {

		static ChangeView of(Change change) {
			return new ChangeView(change.action().name(), change.noticeYear(), change.regionCode(),
					change.agencyCode(), CalendarStore.papers(change.papers()), CalendarStore.dates(change.daysAdded()),
					CalendarStore.dates(change.daysRemoved()), CalendarStore.dates(change.daysChanged()),
					change.detail(), change.changedBy(), change.changedByAgency(), change.changedAt(),
					change.dataVersion());
		}
	}

	/** A region: who maintains it, which agencies follow it, its notices and its assignment history. */
	record RegionView(String regionCode, String ownerAgencyCode, String createdBy, Instant createdAt,
			Set<String> agencyCodes, List<NoticeView> notices, List<ChangeView> history) {
	}

	/** An agency's region. */
	record AssignmentView(String agencyCode, String regionCode, String assignedBy, Instant assignedAt) {

		static AssignmentView of(CalendarRegions.Assignment assignment) {
			return new AssignmentView(assignment.agencyCode(), assignment.regionCode(), assignment.assignedBy(),
					assignment.assignedAt());
		}
	}
}
