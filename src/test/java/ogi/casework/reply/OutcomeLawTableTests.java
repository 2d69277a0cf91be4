package ogi.casework.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ogi.casework.support.LawTable;

/** The outcomes against the law table (spec §3, §6.3, §7 G-2): every outcome has one row, and the remedy is right. */
class OutcomeLawTableTests {

	@Test
	void theLawTableHasOneRowPerOutcomeAndPerGround() {
		assertThat(LawTable.outcomes().map(LawTable.OutcomeRow::outcome)).containsExactlyInAnyOrder(Outcome.values());
		assertThat(LawTable.grounds().map(LawTable.GroundRow::ground))
				.containsExactlyInAnyOrder(ExemptionGround.values());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ogi.casework.support.LawTable#outcomes")
	void onlyTheRefusalsOfTheLawTableGoToReconsiderationFirst(LawTable.OutcomeRow law) {
		assertThat(law.outcome().requiresReconsiderationFirst()).isEqualTo(law.reconsiderationFirst());
	}
}
