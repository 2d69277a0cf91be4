package ogi.casework.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import ogi.casework.intake.ApplicantType;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;

/**
 * The counting rules of table 3 (spec §6.3), as plain functions of the read model.
 * <ul>
 * <li>One row per application (件).</li>
 * <li>一: received (Art. 31 receipt date) in the year. 二: received before the year and not concluded by 31 December
 * of the year before. 四: received by 31 December and not concluded by then.</li>
 * <li>三: concluded in the year, in the row of its final outcome; a case counts in the year its final outcome was issued
 * ({@link ReportedCase#concludedOn()}), so a case finished in January counts in the new year.</li>
 * <li>A partial disclosure counts only under (二), whatever grounds its withheld parts cite (R-37: 「区分处理的，只计这一情形，
 * 不计其他情形」); a refusal under the sub-row of its one ground (a DENY reply names one ground).</li>
 * </ul>
 */
final class AnnualCount {

	/** The placement of a case still open at the end of the year. */
	static final String OPEN = TableThreeRow.CARRIED_FORWARD.code();

	/** The placement of a concluded case whose outcome has no row (reported as a violation). */
	static final String UNPLACED = "三(?)";

	/** The placement of a case that does not count in the year (in a correction list). */
	static final String ABSENT = "—";

	private AnnualCount() {
	}

	/** The row of table 3 for an outcome and, for a refusal, its ground; empty when it has none. */
	static Optional<String> reportRow(Outcome outcome, ExemptionGround ground) {
		if (outcome == null) {
			return Optional.empty();
		}
		if (outcome == Outcome.DENY) {
			return Optional.ofNullable(ground).map(ExemptionGround::reportRow);
		}
		return Optional.of(outcome.reportRow());
	}

	/**
	 * Where a case counts in section 三/四 of {@code year}: a row code of 三, {@link #OPEN}, or {@link #UNPLACED};
	 * empty when the case does not count in the year at all.
	 */
	static Optional<String> placement(ReportedCase reported, int year) {
		return tally(reported, year).map(AnnualCount::placement);
	}

	/**
	 * What of a case counts in table 3 of {@code year}, as a tally of one: empty when the case does not count in the
	 * year at all (received after it, or concluded before it).
	 */
	static Optional<Tally> tally(ReportedCase reported, int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		LocalDate end = LocalDate.of(year, 12, 31);
		if (reported.receiptDate().isAfter(end) || reported.concludedBy(start.minusDays(1))) {
			return Optional.empty();
		}
		return Optional.of(new Tally(reported.agencyCode(), reported.applicantType(),
				reported.receiptDate().isBefore(start), reported.concludedBy(end), reported.reportRow(),
				reported.caseNumber(), 1));
	}

	/** Where the cases of a tally count in section 三/四: a row code of 三, {@link #OPEN}, or {@link #UNPLACED}. */
	static String placement(Tally tally) {
		if (!tally.concluded()) {
			return OPEN;
		}
		return TableThreeRow.ofCode(String.valueOf(tally.reportRow())).filter(TableThreeRow::isOutcome)
				.map(TableThreeRow::code).orElse(UNPLACED);
	}

	/** The row codes of section 三 an outcome counts in; a concluded case with any other row is unplaced. */
	static List<String> outcomeRows() {
		return java.util.Arrays.stream(TableThreeRow.values()).filter(TableThreeRow::isOutcome)
				.map(TableThreeRow::code).toList();
	}

	/** Table 3 of {@code year} over {@code cases}, with the cases it could not place. */
	static Count count(Collection<ReportedCase> cases, int year) {
		return count(cases.stream().map(reported -> tally(reported, year)).flatMap(Optional::stream).toList());
	}

	/**
	 * Table 3 over tallies of the cases that count in one year — tallies of one case each, or the database's counts of
	 * cases alike — with the unplaced cases it could name (a tally of many names none: see {@link Count#unplaced()}).
	 */
	static Count count(Collection<Tally> tallies) {
		long[][] values = new long[TableThreeRow.values().length][TableThree.COLUMNS];
		List<String> unplaced = new ArrayList<>();
		long unplacedCount = 0;
		for (Tally tally : tallies) {
			int column = tally.applicantType() == null ? -1 : tally.applicantType().ordinal();
			long n = tally.cases();
			add(values, tally.receivedBefore() ? TableThreeRow.CARRIED_OVER : TableThreeRow.NEW, column, n);
			String place = placement(tally);
			if (place.equals(OPEN)) {
				add(values, TableThreeRow.CARRIED_FORWARD, column, n);
				continue;
			}
			add(values, TableThreeRow.TOTAL, column, n);
			if (place.equals(UNPLACED)) {
				unplacedCount += n;
				if (tally.caseNumber() != null) {
					unplaced.add(tally.caseNumber());
				}
			}
			else {
				add(values, TableThreeRow.ofCode(place).orElseThrow(), column, n);
			}
		}
		return new Count(TableThree.of(values), unplaced, unplacedCount);
	}

	/**
	 * 四 of the year before per column, from the tallies of a year: the cases received before the year and not
	 * concluded before it, i.e. open on 31 December of the year before.
	 */
	static List<Long> openAtStartOf(Collection<Tally> tallies) {
		long[][] values = new long[TableThreeRow.values().length][TableThree.COLUMNS];
		tallies.stream().filter(Tally::receivedBefore).forEach(tally -> add(values, TableThreeRow.CARRIED_FORWARD,
				tally.applicantType() == null ? -1 : tally.applicantType().ordinal(), tally.cases()));
		return TableThree.of(values).values(TableThreeRow.CARRIED_FORWARD);
	}

	/** 四 of {@code year} per column: cases received by 31 December and not concluded by then. */
	static List<Long> openAtEndOf(Collection<ReportedCase> cases, int year) {
		long[][] values = new long[TableThreeRow.values().length][TableThree.COLUMNS];
		for (ReportedCase reported : cases) {
			if (placement(reported, year).filter(OPEN::equals).isPresent()) {
				add(values, TableThreeRow.CARRIED_FORWARD, reported.applicantType().ordinal());
			}
		}
		return TableThree.of(values).values(TableThreeRow.CARRIED_FORWARD);
	}

	/** Counts a case in {@code row}: its applicant column (if known) and, independently, the total column. */
	private static void add(long[][] values, TableThreeRow row, int column) {
		add(values, row, column, 1);
	}

	private static void add(long[][] values, TableThreeRow row, int column, long cases) {
		if (column >= 0) {
			values[row.ordinal()][column] += cases;
		}
		values[row.ordinal()][TableThree.TOTAL_COLUMN] += cases;
	}

	/**
	 * Cases alike for table 3 of one year: the same agency and applicant column, received before the year or in it,
	 * concluded by its end or not, with the same row.
	 *
	 * @param caseNumber the case, for a tally of one; null for the database's count of many
	 * @param cases how many
	 */
	record Tally(String agencyCode, ApplicantType applicantType, boolean receivedBefore, boolean concluded,
			String reportRow, String caseNumber, long cases) {
	}

	/**
	 * Table 3 and the concluded cases that have no row.
	 *
	 * @param unplacedCases the unplaced cases named by their tallies
	 * @param unplaced how many cases are unplaced, named or not
	 */
	record Count(TableThree table, List<String> unplacedCases, long unplaced) {
	}
}
