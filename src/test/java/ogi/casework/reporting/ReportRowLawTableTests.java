package ogi.casework.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ogi.casework.reply.Outcome;
import ogi.casework.support.LawTable;

/** Every outcome and every refusal ground counts in the row of table 3 the law table gives (spec §6.3). */
class ReportRowLawTableTests {

	@ParameterizedTest(name = "{0}")
	@MethodSource("ogi.casework.support.LawTable#outcomes")
	void everyOutcomeCountsInTheRowOfTheLawTable(LawTable.OutcomeRow law) {
		if (law.outcome() == Outcome.DENY) {
			// A refusal counts under its ground (三)1…8; without one it has no row at all.
			assertThat(AnnualCount.reportRow(Outcome.DENY, null)).isEmpty();
			assertThat(TableThreeRow.ofCode(law.reportRow() + "1")).get().extracting(TableThreeRow::group)
					.isEqualTo(law.reportLabel());
			return;
		}

		assertThat(AnnualCount.reportRow(law.outcome(), null)).contains(law.reportRow());
		assertThat(TableThreeRow.ofCode(law.reportRow())).get().satisfies(row -> {
			assertThat(row.label()).isEqualTo(law.reportLabel());
			assertThat(row.isOutcome()).isTrue();
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ogi.casework.support.LawTable#grounds")
	void everyRefusalCountsInTheRowOfItsGround(LawTable.GroundRow law) {
		assertThat(AnnualCount.reportRow(Outcome.DENY, law.ground())).contains(law.reportRow());
		assertThat(TableThreeRow.ofCode(law.reportRow())).get().satisfies(row -> {
			assertThat(row.label()).isEqualTo(law.reportLabel());
			assertThat(row.group()).isEqualTo(LawTable.of(Outcome.DENY).reportLabel());
		});
	}
}
