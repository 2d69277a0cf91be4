package ogi.casework.reporting;

import ogi.casework.publication.PublicationManagement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.Agency;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.fees.FeeManagement;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.litigation.LitigationManagement;
import ogi.casework.reporting.AnnualReport.Correction;
import ogi.casework.reporting.AnnualReport.FeeFigures;
import ogi.casework.reporting.AnnualReport.PublishedFigures;
import ogi.casework.reporting.AnnualReport.Scope;
import ogi.casework.reporting.AnnualReport.TableFourFigures;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.ReadsOnly;
import tools.jackson.databind.json.JsonMapper;

/**
 * Produces the annual report (R-49/50, spec §6) of an agency, or of a government over its departments, checks every
 * invariant before it is shown, and locks a published year: the figures as published stay, later corrections are
 * listed beside them.
 */
@Service
public class ReportingManagement {

	/** Who may read the annual report: the office head, legal staff and the administrator. */
	static final Set<Role> READERS = EnumSet.of(Role.HEAD, Role.LEGAL, Role.ADMIN);

	/** The first year of the Regulations' annual reports (the 2008 Regulations). */
	static final int FIRST_YEAR = 2008;

	private final ReportedCases reported;

	private final AccountManagement accounts;

	private final FeeManagement fees;

	private final JsonMapper json;

	private final ReportingProjection projection;

	private final LitigationManagement litigation;

	private final IntakeManagement intake;

	private final CaseworkSettings settings;

	private final Clock clock;

	private final PublicationManagement publication;

	private final ReportWording words;

	ReportingManagement(ReportedCases reported, AccountManagement accounts, FeeManagement fees, JsonMapper json,
			ReportingProjection projection, IntakeManagement intake, LitigationManagement litigation,
			CaseworkSettings settings, Clock clock, PublicationManagement publication, ReportWording words) {
		this.words = words;
		this.publication = publication;
		this.projection = projection;
		this.litigation = litigation;
		this.intake = intake;
		this.reported = reported;
		this.accounts = accounts;
		this.fees = fees;
		this.json = json;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The report of {@code year} for the user's agency, or with {@link Scope#GOVERNMENT} for the user's government and
	 * its departments (aggregate figures only, never cases). A locked year shows its published figures and the later
	 * corrections.
	 */
	@ReadsOnly
	public AnnualReport annualReport(int year, Scope scope, CurrentUser user) {
		requireRole(user, READERS, "the annual report is for the office head, legal staff and the administrator");
		checkYear(year);
		List<String> agencies = agencies(scope, user);
		if (scope == Scope.AGENCY) {
			var lock = reported.findLock(user.agencyCode(), year);
			if (lock.isPresent()) {
				return locked(lock.get(), year);
			}
		}
		return live(scope, agencies, year);
	}

	/**
	 * The office head locks (publishes) the agency's report of a past year: who and when are recorded with the figures
	 * as published, and where each case counted. Refused while an invariant is broken, or when already locked.
	 */
	@Transactional
	public AnnualReport lock(int year, CurrentUser head) {
		requireRole(head, EnumSet.of(Role.HEAD), "the office head locks the published annual report");
		checkYear(year);
		String agency = head.agencyCode();
		if (year >= today().getYear()) {
			throw new ActionNotAllowed("yearNotOver", "The year " + year + " is not over; it is locked once published,"
					+ " by 31 January of the year after (R-49)");
		}
		if (reported.findLock(agency, year).isPresent()) {
			throw new ActionNotAllowed("locked", "The report of " + year + " is locked already");
		}
		var report = live(Scope.AGENCY, List.of(agency), year);
		if (!report.valid()) {
			throw new InvalidInput(report.violations().stream()
					.map(v -> new InvalidInput.FieldViolation("year", v.rule(), v.message())).toList());
		}
		var figures = new PublishedFigures(report.tableThree(), report.tableFour(), report.fees());
		try {
			reported.insertLock(new ReportedCases.YearLock(agency, year, head.username(), Instant.now(clock),
					json.writeValueAsString(figures)));
		}
		catch (DuplicateKeyException raced) {
			throw new ActionNotAllowed("locked", "The report of " + year + " is locked already");
		}
		for (ReportedCase c : reported.countingIn(List.of(agency), start(year), end(year))) {
			AnnualCount.placement(c, year).ifPresent(placement -> reported.insertLockedCase(agency, year,
					c.caseNumber(), c.applicantType().name(), placement));
		}
		return locked(reported.findLock(agency, year).orElseThrow(), year);
	}

	/**
	 * The administrator rebuilds the agency's reporting read model from the owning modules — after an upgrade that
	 * brought the reporting module to existing cases, or to repair it; a locked year's figures stay, and any case
	 * whose place differs shows as a correction.
	 *
	 * @return how many cases were read
	 */
	@Transactional
	public int rebuild(CurrentUser admin) {
		requireRole(admin, EnumSet.of(Role.ADMIN), "the administrator rebuilds the reporting read model");
		Instant now = Instant.now(clock);
		var caseNumbers = intake.caseNumbersReceivedBetween(admin.agencyCode(), start(FIRST_YEAR), today());
		caseNumbers.forEach(caseNumber -> projection.refresh(admin.agencyCode(), caseNumber, now));
		return caseNumbers.size();
	}

	/** The report as an XLSX workbook in the official layout, for people who download it from the pages. */
	public byte[] workbook(AnnualReport report) {
		return AnnualReportWorkbook.render(report, heading(report), words);
	}

	/** The report's heading: the agency's name (a government's with 「及所属部门」) and the year. */
	@ReadsOnly
	public String heading(AnnualReport report) {
		String first = report.agencyCodes().get(0);
		String name = accounts.findAgency(first).map(Agency::name).orElse(first);
		return name + (report.scope() == Scope.GOVERNMENT ? "及所属部门" : "") + report.year() + "年政府信息公开工作年度报告";
	}

	private AnnualReport live(Scope scope, List<String> agencies, int year) {
		// counted by the database (a few dozen tallies, however many cases), by the rules of AnnualCount
		var tallies = reported.tallies(agencies, start(year), end(year));
		var count = AnnualCount.count(tallies);
		Notes notes = new Notes();
		List<Violation> violations = new ArrayList<>(checkTableThree(count.table(), agencies, year, tallies, notes));
		if (count.unplaced() > 0) {
			// the reader's own cases by number; a department's only counted: the government scope lists no case of
			// another agency
			for (String agency : agencies) {
				var unplaced = reported.concludedWithoutRow(List.of(agency), start(year), end(year),
						AnnualCount.outcomeRows());
				if (agency.equals(agencies.get(0))) {
					unplaced.forEach(caseNumber -> violations.add(Invariants.unplaced(caseNumber)));
				}
				else if (!unplaced.isEmpty()) {
					violations.add(Invariants.unplacedInDepartment(agency, unplaced.size()));
				}
			}
		}
		TableFourFigures tableFour = tableFour(agencies, year, notes);
		violations.addAll(Invariants.check(tableFour));
		LocalDate today = today();
		boolean provisional = year >= today.getYear();
		if (scope == Scope.GOVERNMENT) {
			notes.add("Aggregate of " + String.join(", ", agencies) + ", recomputed from their cases: the departments'"
					+ " own locks do not apply to it, and their cases are not listed.", "aggregate",
					String.join("、", agencies));
		}
		if (provisional) {
			notes.add("The year " + year + " is not over: 四 counts the cases open on " + today + ".", "yearNotOver",
					year, today);
		}
		notes.add(COUNTING_RULES, "countingRules");
		return new AnnualReport(year, scope, agencies, today, provisional, null, count.table(), tableFour,
				fees(agencies, year), violations.isEmpty(), violations, List.of(), notes.english,
				proactiveDisclosures(agencies, year), notes.wordings);
	}

	private AnnualReport locked(ReportedCases.YearLock lock, int year) {
		PublishedFigures figures = json.readValue(lock.reportJson(), PublishedFigures.class);
		String agency = lock.agencyCode();
		var cases = reported.countingIn(List.of(agency), start(year), end(year));
		Notes notes = new Notes();
		notes.add("Locked by " + lock.lockedBy() + " at " + lock.lockedAt() + ": these are the figures as published;"
				+ " later changes to its cases are listed as corrections, not folded in.", "locked", lock.lockedBy(),
				lock.lockedAt().atZone(settings.zone()).toLocalDateTime().withNano(0));
		List<Violation> violations = new ArrayList<>(checkTableThree(figures.tableThree(), List.of(agency), year,
				cases.stream().map(c -> AnnualCount.tally(c, year)).flatMap(java.util.Optional::stream).toList(),
				notes));
		violations.addAll(Invariants.check(figures.tableFour()));
		var tableFourNow = litigation.tableFour(List.of(agency), year).numbers();
		if (!tableFourNow.equals(figures.tableFour().numbers())) {
			notes.add("Table 4 has changed since the lock (matters registered or decided later): it now reads "
					+ tableFourNow + " against the published " + figures.tableFour().numbers() + "; not folded in.",
					"tableFourChanged", tableFourNow, figures.tableFour().numbers());
		}
		notes.add(COUNTING_RULES, "countingRules");
		return new AnnualReport(year, Scope.AGENCY, List.of(agency), LocalDate.ofInstant(lock.lockedAt(),
				settings.zone()), false, new AnnualReport.Lock(lock.lockedBy(), lock.lockedAt()),
				figures.tableThree(), figures.tableFour(), figures.fees(), violations.isEmpty(), violations,
				corrections(agency, year, cases), notes.english, proactiveDisclosures(List.of(agency), year),
				notes.wordings);
	}

	/** Arts. 44, 50: how many applications led to information published proactively in the year. */
	private int proactiveDisclosures(List<String> agencies, int year) {
		return agencies.stream().mapToInt(agency -> publication.applicationsLeadingToDisclosure(agency, year)).sum();
	}

	static final String COUNTING_RULES = "One row per application. 一: receipt date (Art. 31) in the year; 二: received"
			+ " earlier and open on 31 December of the year before; 三: the final outcome issued in the year (a reply on"
			+ " its delivery date, an abandoned application on the day it was closed); 四: open on 31 December."
			+ " A partial disclosure counts only under (二); a refusal under the sub-row of its ground.";

	/** Table 3's invariants, with 二 compared against 四 of the year before: as locked where it is, else recomputed. */
	private List<Violation> checkTableThree(TableThree table, List<String> agencies, int year,
			List<AnnualCount.Tally> tallies, Notes notes) {
		long[] previous = new long[TableThree.COLUMNS];
		List<String> lockedAgencies = new ArrayList<>();
		List<String> recomputed = new ArrayList<>();
		Map<String, List<AnnualCount.Tally>> byAgency = tallies.stream().collect(
				Collectors.groupingBy(AnnualCount.Tally::agencyCode, LinkedHashMap::new, Collectors.toList()));
		for (String agency : agencies) {
			var lock = reported.findLock(agency, year - 1);
			List<Long> fourth;
			if (lock.isPresent()) {
				fourth = json.readValue(lock.get().reportJson(), PublishedFigures.class).tableThree()
						.values(TableThreeRow.CARRIED_FORWARD);
				lockedAgencies.add(agency);
			}
			else {
				fourth = AnnualCount.openAtStartOf(byAgency.getOrDefault(agency, List.of()));
				recomputed.add(agency);
			}
			for (int column = 0; column < TableThree.COLUMNS; column++) {
				previous[column] += fourth.get(column);
			}
		}
		String source = lockedAgencies.isEmpty() ? "recomputed from the cases"
				: recomputed.isEmpty() ? "the locked report of " + (year - 1)
						: "locked for " + String.join(", ", lockedAgencies) + ", recomputed for "
								+ String.join(", ", recomputed);
		String sentence = "二 is compared with 四 of " + (year - 1) + ": " + source + ".";
		if (lockedAgencies.isEmpty()) {
			notes.add(sentence, "carryOver.recomputed", year - 1);
		}
		else if (recomputed.isEmpty()) {
			notes.add(sentence, "carryOver.locked", year - 1);
		}
		else {
			notes.add(sentence, "carryOver.mixed", year - 1, String.join("、", lockedAgencies),
					String.join("、", recomputed));
		}
		return Invariants.check(table, Arrays.stream(previous).boxed().toList(), source);
	}

	/** Each case whose place in the locked year differs now from where it counted when the year was locked. */
	private List<Correction> corrections(String agency, int year, List<ReportedCase> cases) {
		Map<String, String> locked = new LinkedHashMap<>();
		reported.lockedCases(agency, year).forEach(c -> locked.put(c.caseNumber(), c.placement()));
		Map<String, ReportedCase> now = new LinkedHashMap<>();
		cases.forEach(c -> now.put(c.caseNumber(), c));
		List<Correction> corrections = new ArrayList<>();
		Set<String> caseNumbers = new TreeSet<>(locked.keySet());
		caseNumbers.addAll(now.keySet());
		for (String caseNumber : caseNumbers) {
			var current = now.get(caseNumber);
			String then = locked.getOrDefault(caseNumber, AnnualCount.ABSENT);
			String placement = current == null ? AnnualCount.ABSENT
					: AnnualCount.placement(current, year).orElse(AnnualCount.ABSENT);
			if (!then.equals(placement)) {
				corrections.add(new Correction(caseNumber, then, placement,
						current == null ? null : current.changedAt()));
			}
		}
		return corrections;
	}

	/**
	 * Table 4 from the litigation module: a matter counts in the year its copy was received or it was concluded, in
	 * the class in force on 31 December (see {@code TableFour}).
	 */
	private TableFourFigures tableFour(List<String> agencies, int year, Notes notes) {
		var table = litigation.tableFour(agencies, year);
		notes.add("Table 4: a reconsideration or lawsuit counts if its copy was received in " + year
				+ " or it was concluded in " + year + ", in its class on 31 December (undecided or under appeal: 尚未审结).",
				"tableFour", year);
		return new TableFourFigures(TableFourFigures.TITLE, table.numbers());
	}

	private FeeFigures fees(List<String> agencies, int year) {
		long notices = 0;
		BigDecimal noticed = BigDecimal.ZERO.setScale(2);
		BigDecimal paid = BigDecimal.ZERO.setScale(2);
		for (String agency : agencies) {
			var totals = fees.totals(agency, year);
			notices += totals.notices();
			noticed = noticed.add(totals.amountNoticed());
			paid = paid.add(totals.amountPaid());
		}
		String statement = paid.signum() == 0 ? year + "年未收取信息处理费。"
				: "依据《政府信息公开信息处理费管理办法》规定，" + year + "年收取信息处理费共计" + paid.stripTrailingZeros().toPlainString()
						+ "元。";
		return new FeeFigures(notices, noticed, paid, statement);
	}

	private List<String> agencies(Scope scope, CurrentUser user) {
		if (scope == Scope.AGENCY) {
			return List.of(user.agencyCode());
		}
		var departments = accounts.departmentsOf(user.agencyCode());
		if (departments.isEmpty()) {
			throw InvalidInput.of("scope", "government", "Agency " + user.agencyCode()
					+ " has no departments: the government scope aggregates a government's departments");
		}
		List<String> agencies = new ArrayList<>();
		agencies.add(user.agencyCode());
		departments.stream().map(Agency::code).forEach(agencies::add);
		return agencies;
	}

	private void checkYear(int year) {
		int current = today().getYear();
		if (year < FIRST_YEAR || year > current) {
			throw InvalidInput.of("year", "range", "The report year lies between " + FIRST_YEAR + " and " + current);
		}
	}

	static void requireRole(CurrentUser user, Set<Role> roles, String why) {
		if (roles.stream().noneMatch(user::has)) {
			throw new AccessDeniedException(why);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(settings.zone()));
	}

	private static LocalDate start(int year) {
		return LocalDate.of(year, 1, 1);
	}

	private static LocalDate end(int year) {
		return LocalDate.of(year, 12, 31);
	}

	/** A report's notes: the engine's sentence for the API and its wording ({@code report.note.<key>}) for people. */
	private static final class Notes {

		final List<String> english = new ArrayList<>();

		final List<ogi.casework.shared.Wording> wordings = new ArrayList<>();

		void add(String sentence, String key, Object... values) {
			english.add(sentence);
			wordings.add(ogi.casework.shared.Wording.ofValues("report.note." + key, values));
		}
	}
}
