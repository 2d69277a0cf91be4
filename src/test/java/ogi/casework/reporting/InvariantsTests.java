package ogi.casework.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import ogi.casework.reporting.AnnualReport.TableFourFigures;

/** Each invariant of spec §6.3/§6.4 is reported with the column, row or block it concerns. */
class InvariantsTests {

	@Test
	void aConsistentTableBreaksNoInvariant() {
		assertThat(Invariants.check(table(), List.of(1L, 0L, 0L, 0L, 0L, 0L, 1L), "locked")).isEmpty();
	}

	@Test
	void receivedAndCarriedOverMustEqualHandledAndCarriedForwardPerColumn() {
		long[][] values = values();
		values[TableThreeRow.NEW.ordinal()][0] = 3;
		values[TableThreeRow.NEW.ordinal()][6] = 3;

		var violations = Invariants.check(TableThree.of(values), null, "none");

		assertThat(violations).extracting(Violation::rule).containsOnly("balance");
		assertThat(violations).extracting(Violation::where).containsExactly("自然人", "总计");
		assertThat(violations.get(0).message()).contains("一 3 + 二 1 = 4 ≠ 三(七) 2 + 四 1 = 3");
	}

	@Test
	void theTotalColumnMustBeTheSumOfTheSixApplicantColumns() {
		long[][] values = values();
		values[TableThreeRow.CARRIED_FORWARD.ordinal()][6] = 2;
		values[TableThreeRow.NEW.ordinal()][6] = 3;

		assertThat(Invariants.check(TableThree.of(values), null, "none")).extracting(Violation::rule,
				Violation::where).containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("totalColumn", "一"),
						org.assertj.core.groups.Tuple.tuple("totalColumn", "四"));
	}

	@Test
	void carriedOverMustEqualCarriedForwardOfTheYearBefore() {
		assertThat(Invariants.check(table(), List.of(2L, 0L, 0L, 0L, 0L, 0L, 2L), "the locked report of 2025"))
				.extracting(Violation::rule, Violation::where)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("carryOver", "自然人"),
						org.assertj.core.groups.Tuple.tuple("carryOver", "总计"));
	}

	@Test
	void eachBlockOfTableFourMustAddUp() {
		var consistent = new TableFourFigures(TableFourFigures.TITLE,
				List.of(1, 2, 0, 1, 4, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1));
		var broken = new TableFourFigures(TableFourFigures.TITLE,
				List.of(1, 2, 0, 1, 4, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1));

		assertThat(Invariants.check(consistent)).isEmpty();
		assertThat(Invariants.check(broken)).singleElement().satisfies(violation -> {
			assertThat(violation.rule()).isEqualTo("tableFour");
			assertThat(violation.where()).isEqualTo("行政诉讼 未经复议直接起诉");
		});
		assertThat(Invariants.check(new TableFourFigures(TableFourFigures.TITLE, List.of(1, 2)))).hasSize(1);
	}

	/** One natural person's case carried over and open, one received and disclosed, one received and refused. */
	private static TableThree table() {
		return TableThree.of(values());
	}

	private static long[][] values() {
		long[][] values = new long[TableThreeRow.values().length][TableThree.COLUMNS];
		set(values, TableThreeRow.NEW, 2);
		set(values, TableThreeRow.CARRIED_OVER, 1);
		set(values, TableThreeRow.DISCLOSED, 1);
		set(values, TableThreeRow.DENIED_4, 1);
		set(values, TableThreeRow.TOTAL, 2);
		set(values, TableThreeRow.CARRIED_FORWARD, 1);
		return values;
	}

	private static void set(long[][] values, TableThreeRow row, long value) {
		values[row.ordinal()][0] = value;
		values[row.ordinal()][6] = value;
	}
}
