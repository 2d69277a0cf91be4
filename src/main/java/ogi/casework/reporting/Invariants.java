package ogi.casework.reporting;

import java.util.ArrayList;
import java.util.List;

import ogi.casework.shared.Wording;

/** Checks the invariants of table 3 (spec §6.3) and collects those of table 4 (spec §6.4). */
final class Invariants {

	private Invariants() {
	}

	/**
	 * Every invariant of table 3: per column 一+二 = 三(七)+四 and (七) = (一)+(二)+Σ(三)+Σ(四)+Σ(五)+Σ(六); per row 总计 =
	 * the six applicant columns; per column 二 = {@code previousFourth} (四 of the year before) when it is known.
	 *
	 * @param previousFourth 四 of the year before, or null when there is nothing to compare
	 * @param previousSource where {@code previousFourth} comes from, in words (a locked report, or recomputed)
	 */
	static List<Violation> check(TableThree table, List<Long> previousFourth, String previousSource) {
		List<Violation> violations = new ArrayList<>();
		for (int column = 0; column < TableThree.COLUMNS; column++) {
			String name = table.columns().get(column);
			long received = table.value(TableThreeRow.NEW, column);
			long carried = table.value(TableThreeRow.CARRIED_OVER, column);
			long handled = table.value(TableThreeRow.TOTAL, column);
			long open = table.value(TableThreeRow.CARRIED_FORWARD, column);
			if (received + carried != handled + open) {
				violations.add(new Violation("balance", name, "%s: 一 %d + 二 %d = %d ≠ 三(七) %d + 四 %d = %d".formatted(name,
						received, carried, received + carried, handled, open, handled + open),
						worded("balance", name, received, carried, received + carried, handled, open, handled + open)));
			}
			long outcomes = 0;
			for (TableThreeRow row : TableThreeRow.values()) {
				if (row.isOutcome()) {
					outcomes += table.value(row, column);
				}
			}
			if (outcomes != handled) {
				violations.add(new Violation("sumOfOutcomes", name,
						"%s: （七）总计 %d ≠ （一）…（六） %d".formatted(name, handled, outcomes),
						worded("sumOfOutcomes", name, handled, outcomes)));
			}
			if (previousFourth != null && previousFourth.get(column) != carried) {
				violations.add(new Violation("carryOver", name, "%s: 二 %d ≠ 四 of the year before %d (%s)"
						.formatted(name, carried, previousFourth.get(column), previousSource),
						worded("carryOver", name, carried, previousFourth.get(column))));
			}
		}
		for (TableThreeRow row : TableThreeRow.values()) {
			var values = table.values(row);
			long six = values.subList(0, TableThree.TOTAL_COLUMN).stream().mapToLong(Long::longValue).sum();
			if (six != values.get(TableThree.TOTAL_COLUMN)) {
				violations.add(new Violation("totalColumn", row.code(), "%s: 总计 %d ≠ the six applicant columns %d"
						.formatted(row.label(), values.get(TableThree.TOTAL_COLUMN), six),
						worded("totalColumn", row.label(), values.get(TableThree.TOTAL_COLUMN), six)));
			}
		}
		return violations;
	}

	/** Spec §6.4: in each of the three blocks of table 4, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
	static List<Violation> check(AnnualReport.TableFourFigures table) {
		List<Violation> violations = new ArrayList<>();
		List<String> blocks = List.of(AnnualReport.TableFourFigures.RECONSIDERATION,
				AnnualReport.TableFourFigures.LAWSUIT + " " + AnnualReport.TableFourFigures.LAWSUIT_KINDS.get(0),
				AnnualReport.TableFourFigures.LAWSUIT + " " + AnnualReport.TableFourFigures.LAWSUIT_KINDS.get(1));
		if (table.numbers().size() != 15) {
			violations.add(new Violation("tableFour", "表四", "Table 4 has " + table.numbers().size()
					+ " numbers instead of 15", worded("tableFourSize", table.numbers().size())));
			return violations;
		}
		for (int block = 0; block < 3; block++) {
			var numbers = table.numbers().subList(block * 5, block * 5 + 5);
			int parts = numbers.get(0) + numbers.get(1) + numbers.get(2) + numbers.get(3);
			if (parts != numbers.get(4)) {
				violations.add(new Violation("tableFour", blocks.get(block), "%s: 总计 %d ≠ 维持 %d + 纠正 %d + 其他 %d + 尚未审结 %d"
						.formatted(blocks.get(block), numbers.get(4), numbers.get(0), numbers.get(1), numbers.get(2),
								numbers.get(3)),
						worded("tableFour", blocks.get(block), numbers.get(4), numbers.get(0), numbers.get(1),
								numbers.get(2), numbers.get(3))));
			}
		}
		return violations;
	}

	/** A concluded case whose outcome has no row of table 3 (e.g. a refusal without a ground). */
	static Violation unplaced(String caseNumber) {
		return new Violation("unplaced", caseNumber, "Case " + caseNumber
				+ " is concluded but its outcome has no row of table 3 (a refusal needs its ground): it is counted in"
				+ " （七）总计 only; correct the case", worded("unplaced", caseNumber));
	}

	/**
	 * The same for {@code cases} cases of a department, in a government's aggregate: counted, not listed (the
	 * department corrects them in its own report).
	 */
	static Violation unplacedInDepartment(String department, int cases) {
		return new Violation("unplaced", department, cases + " concluded case(s) of department " + department
				+ " have an outcome without a row of table 3: counted in （七）总计 only; the department corrects them",
				worded("unplacedInDepartment", department, cases));
	}

	/** A violation's wording: {@code report.violation.<key>} with its values. */
	private static Wording worded(String key, Object... values) {
		return Wording.ofValues("report.violation." + key, values);
	}
}
