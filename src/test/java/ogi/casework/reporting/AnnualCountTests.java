package ogi.casework.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Channel;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;

/** The counting rules of table 3 (spec §6.3) on hand-made cases. */
class AnnualCountTests {

	static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

	@Test
	void aCaseReceivedAndAnsweredInTheYearCountsInOneAndInItsRowOnceInItsColumn() {
		var table = AnnualCount.count(List.of(replied("A", ApplicantType.RESEARCH_INSTITUTION, MAY_1,
				MAY_1.plusDays(10), Outcome.DISCLOSE, "三(一)")), 2026).table();

		assertThat(table.values(TableThreeRow.NEW)).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 1L);
		assertThat(table.values(TableThreeRow.DISCLOSED)).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 1L);
		assertThat(table.values(TableThreeRow.TOTAL)).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 1L);
		assertThat(table.value(TableThreeRow.CARRIED_FORWARD, 6)).isZero();
		assertThat(Invariants.check(table, List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L), "test")).isEmpty();
	}

	@Test
	void aCaseFinishedInJanuaryIsCarriedForwardAndCountsInTheNewYear() {
		var crossing = replied("A", ApplicantType.NATURAL_PERSON, LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 5),
				Outcome.NOT_EXIST, "三(四)1");

		var y2026 = AnnualCount.count(List.of(crossing), 2026).table();
		var y2027 = AnnualCount.count(List.of(crossing), 2027).table();

		assertThat(y2026.value(TableThreeRow.NEW, 0)).isEqualTo(1);
		assertThat(y2026.value(TableThreeRow.CARRIED_FORWARD, 0)).isEqualTo(1);
		assertThat(y2026.value(TableThreeRow.UNABLE_1, 0)).isZero();
		assertThat(y2027.value(TableThreeRow.NEW, 0)).isZero();
		assertThat(y2027.value(TableThreeRow.CARRIED_OVER, 0)).isEqualTo(1);
		assertThat(y2027.value(TableThreeRow.UNABLE_1, 0)).isEqualTo(1);
		assertThat(AnnualCount.openAtEndOf(List.of(crossing), 2026)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
	}

	@Test
	void theDatabasesTalliesOfManyCasesCountAsTheirCasesWould() {
		// 3 natural persons received in 2026 and disclosed; 2 legal persons received in 2025, still open at the end of
		// 2026; 1 natural person concluded in 2026 with a row that is not an outcome row
		var tallies = List.of(
				new AnnualCount.Tally("A", ApplicantType.NATURAL_PERSON, false, true, "三(一)", null, 3),
				new AnnualCount.Tally("A", ApplicantType.COMMERCIAL_ENTERPRISE, true, false, null, null, 2),
				new AnnualCount.Tally("A", ApplicantType.NATURAL_PERSON, false, true, "三(九)", null, 1));

		var count = AnnualCount.count(tallies);

		assertThat(count.table().values(TableThreeRow.NEW)).containsExactly(4L, 0L, 0L, 0L, 0L, 0L, 4L);
		assertThat(count.table().values(TableThreeRow.CARRIED_OVER)).containsExactly(0L, 2L, 0L, 0L, 0L, 0L, 2L);
		assertThat(count.table().values(TableThreeRow.DISCLOSED)).containsExactly(3L, 0L, 0L, 0L, 0L, 0L, 3L);
		assertThat(count.table().values(TableThreeRow.TOTAL)).containsExactly(4L, 0L, 0L, 0L, 0L, 0L, 4L);
		assertThat(count.table().values(TableThreeRow.CARRIED_FORWARD)).containsExactly(0L, 2L, 0L, 0L, 0L, 0L, 2L);
		assertThat(count.unplaced()).as("counted, though a tally of many does not name it").isEqualTo(1);
		assertThat(count.unplacedCases()).isEmpty();
		assertThat(AnnualCount.openAtStartOf(tallies)).containsExactly(0L, 2L, 0L, 0L, 0L, 0L, 2L);
	}

	@Test
	void aCaseConcludedBeforeTheYearOrReceivedAfterItDoesNotCount() {
		var before = replied("A", ApplicantType.OTHER_ORG, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 20),
				Outcome.DISCLOSE, "三(一)");
		var after = open("B", ApplicantType.OTHER_ORG, LocalDate.of(2027, 1, 2));

		assertThat(AnnualCount.placement(before, 2026)).isEmpty();
		assertThat(AnnualCount.placement(after, 2026)).isEmpty();
		assertThat(AnnualCount.placement(after, 2027)).contains("四");
	}

	@Test
	void aPartialDisclosureCountsOnlyUnderTwoAndARefusalUnderItsGround() {
		assertThat(AnnualCount.reportRow(Outcome.PARTIAL, null)).contains("三(二)");
		assertThat(AnnualCount.reportRow(Outcome.DENY, ExemptionGround.THIRD_PARTY_RIGHTS)).contains("三(三)4");
		assertThat(AnnualCount.reportRow(Outcome.DENY, null)).as("a refusal without its ground has no row").isEmpty();
		assertThat(AnnualCount.reportRow(null, null)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Outcome.class)
	void everyOutcomeHasARowOfSectionThree(Outcome outcome) {
		if (outcome == Outcome.DENY) {
			for (ExemptionGround ground : ExemptionGround.values()) {
				assertThat(AnnualCount.reportRow(outcome, ground).flatMap(TableThreeRow::ofCode))
						.hasValueSatisfying(row -> assertThat(row.group()).isEqualTo("（三）不予公开"));
			}
			return;
		}
		assertThat(AnnualCount.reportRow(outcome, null).flatMap(TableThreeRow::ofCode))
				.hasValueSatisfying(row -> assertThat(row.isOutcome()).isTrue());
	}

	@Test
	void aConcludedCaseWithoutARowIsCountedInTheTotalOnlyAndBreaksTheSumOfOutcomes() {
		var count = AnnualCount.count(List.of(replied("X-1", ApplicantType.NATURAL_PERSON, MAY_1, MAY_1,
				Outcome.DENY, null)), 2026);

		assertThat(count.unplacedCases()).containsExactly("X-1");
		assertThat(count.table().value(TableThreeRow.TOTAL, 6)).isEqualTo(1);
		assertThat(Invariants.check(count.table(), null, "none")).extracting(Violation::rule)
				.containsOnly("sumOfOutcomes");
	}

	static ReportedCase replied(String caseNumber, ApplicantType type, LocalDate received, LocalDate concluded,
			Outcome outcome, String row) {
		return new ReportedCase("A", caseNumber, type, "key", Channel.IN_PERSON, received, "REPLIED", outcome, row,
				concluded, received, received.plusDays(28), Instant.EPOCH);
	}

	static ReportedCase open(String caseNumber, ApplicantType type, LocalDate received) {
		return new ReportedCase("A", caseNumber, type, "key", Channel.IN_PERSON, received, "IN_HANDLING", null, null,
				null, received, null, Instant.EPOCH);
	}
}
