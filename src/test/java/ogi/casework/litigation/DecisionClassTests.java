package ogi.casework.litigation;

import static ogi.casework.litigation.MatterFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decisions map to the table-4 classes of spec §6.4 ([M], overridable). */
class DecisionClassTests {

	final LitigationSettings defaults = LitigationSettings.defaults();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "UPHELD, UPHELD", "DISMISSED, OTHER", "REVOKED, CORRECTED", "PARTLY_REVOKED, CORRECTED",
			"ALTERED, CORRECTED", "CONFIRMED_ILLEGAL, CORRECTED", "CONFIRMED_PROCEDURE_ILLEGAL, CORRECTED",
			"CONFIRMED_VOID, CORRECTED", "ORDERED_TO_PERFORM, CORRECTED", "ORDERED_TO_REPLY_AGAIN, CORRECTED",
			"ORDERED_TO_DISCLOSE, CORRECTED", "TERMINATED, OTHER", "WITHDRAWN, OTHER", "MEDIATED, OTHER",
			"NOT_ACCEPTED, OTHER", "SUIT_DISMISSED, OTHER" })
	void mapsEveryDecisionToItsReportClass(DecisionType type, ReportClass expected) {
		assertThat(defaults.classOf(MatterKind.RECONSIDERATION, type)).isEqualTo(expected);
	}

	@Test
	void anAgencyMayCountACourtsDismissalOfTheClaimAsUpheld() {
		var settings = new LitigationSettings(2, 3, 5, 8, 20, new BigDecimal("0.02"), Map.of(), Map.of(),
				Map.of(DecisionType.DISMISSED, ReportClass.UPHELD));

		assertThat(settings.classOf(MatterKind.LAWSUIT_DIRECT, DecisionType.DISMISSED)).isEqualTo(ReportClass.UPHELD);
		assertThat(settings.classOf(MatterKind.RECONSIDERATION, DecisionType.DISMISSED)).isEqualTo(ReportClass.OTHER);
	}

	@Test
	void onlyCorrectionsMayOrderANewReply() {
		assertThat(DecisionType.ORDERED_TO_REPLY_AGAIN.ordersNewReply()).isTrue();
		assertThat(DecisionType.CONFIRMED_ILLEGAL.ordersNewReply()).isFalse();
		assertThat(DecisionType.CONFIRMED_ILLEGAL.mayOrderNewReply()).isTrue();
		assertThat(DecisionType.UPHELD.mayOrderNewReply()).isFalse();
		assertThat(DecisionType.DISMISSED.mayOrderNewReply()).isFalse();
	}

	@Test
	void courtsAndReconsiderationBodiesHaveTheirOwnDecisions() {
		assertThat(DecisionType.UPHELD.appliesTo(MatterKind.LAWSUIT_DIRECT)).isFalse();
		assertThat(DecisionType.SUIT_DISMISSED.appliesTo(MatterKind.RECONSIDERATION)).isFalse();
		assertThat(DecisionType.REVOKED.appliesTo(MatterKind.LAWSUIT_AFTER_RECONSIDERATION)).isTrue();
	}

	@Test
	void anAppealPendingOnTheDayLeavesTheMatterUndecidedAndTheSecondInstanceThenDecides() {
		var matter = served(decided(lawsuit(LocalDate.of(2026, 3, 2)), DecisionType.REVOKED,
				LocalDate.of(2026, 6, 1)), ServedDocument.JUDGMENT, LocalDate.of(2026, 6, 2));
		var appealed = appealed(matter, LocalDate.of(2026, 6, 10), DecisionType.DISMISSED, LocalDate.of(2027, 2, 1));

		assertThat(matter.finalDecisionAsOf(LocalDate.of(2026, 12, 31))).contains(DecisionType.REVOKED);
		assertThat(appealed.finalDecisionAsOf(LocalDate.of(2026, 12, 31))).isEmpty();
		assertThat(appealed.finalDecisionAsOf(LocalDate.of(2027, 12, 31))).contains(DecisionType.DISMISSED);
		assertThat(appealed.concludedOn()).contains(LocalDate.of(2027, 2, 1));
	}
}
