package ogi.casework.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
		LocalDate start = LocalDate.of(year, 1, 1);
		LocalDate end = LocalDate.of(year, 12, 31);
		if (reported.receiptDate().isAfter(end) || reported.concludedBy(start.minusDays(1))) {
			return Optional.empty();
		}
		if (!reported.concludedBy(end)) {
			return Optional.of(OPEN);
		}
		return Optional.of(TableThreeRow.ofCode(String.valueOf(reported.reportRow())).filter(TableThreeRow::isOutcome)
				.map(TableThreeRow::code).orElse(UNPLACED));
	}

	/** Table 3 of {@code year} over {@code cases}, with the cases it could not place. */
	static Count count(Collection<ReportedCase> cases, int year) {
		long[][] values = new long[TableThreeRow.values().length][TableThree.COLUMNS];
		List<String> unplaced = new ArrayList<>();
		LocalDate start = LocalDate.of(year, 1, 1);
		for (ReportedCase reported : cases) {
			var placement = placement(reported, year);
			if (placement.isEmpty()) {
				continue;
			}
			int column = reported.applicantType() == null ? -1 : reported.applicantType().ordinal();
			add(values, reported.receiptDate().isBefore(start) ? TableThreeRow.CARRIED_OVER : TableThreeRow.NEW,
					column);
			String place = placement.get();
			if (place.equals(OPEN)) {
				add(values, TableThreeRow.CARRIED_FORWARD, column);
				continue;
			}
			add(values, TableThreeRow.TOTAL, column);
			if (place.equals(UNPLACED)) {
				unplaced.add(reported.caseNumber());
			}
			else {
				add(values, TableThreeRow.ofCode(place).orElseThrow(), column);
			}
		}
		return new Count(TableThree.of(values), unplaced);
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
		if (column >= 0) {
			values[row.ordinal()][column]++;
		}
		values[row.ordinal()][TableThree.TOTAL_COLUMN]++;
	}

	/** Table 3 and the concluded cases that have no row. */
	record Count(TableThree table, List<String> unplacedCases) {
	}
}
