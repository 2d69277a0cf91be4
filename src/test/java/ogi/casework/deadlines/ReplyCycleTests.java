package ogi.casework.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A case reopened for a new reply gets a new reply period in its ledger, the first cycle kept as history. */
class ReplyCycleTests {

	final DeadlineManagement deadlines = ExtensionPropertiesTests.deadlinesOn(LocalDate.of(2026, 11, 20));

	@Test
	void aNewCycleRunsItsWorkingDaysFromTheDecisionsReceiptAndKeepsTheFirstCycle() {
		deadlines.startReplyPeriod("A", "C1", LocalDate.of(2026, 6, 1), "receipt", "clerk");
		deadlines.close("A", "C1", DeadlineKind.REPLY);
		deadlines.startRemedyWindows("A", "C1", LocalDate.of(2026, 6, 20), "delivery of the reply", false, "clerk");

		// Decision received Mon 11-16: 20 working days → Mon 12-14.
		var reply = deadlines.startReplyCycle("A", "C1", 2, LocalDate.of(2026, 11, 16), 20, null,
				"ORDERED_TO_REPLY_AGAIN received 2026-11-16", "legal");

		assertThat(reply.dueDate()).isEqualTo("2026-12-14");
		assertThat(reply.startReason()).startsWith("reply cycle 2");
		assertThat(deadlines.active("A", "C1", DeadlineKind.RECONSIDERATION_WINDOW)).isEmpty();
		assertThat(deadlines.active("A", "C1", DeadlineKind.LAWSUIT_WINDOW)).isEmpty();
		assertThat(deadlines.ledger("A", "C1")).filteredOn(d -> d.kind() == DeadlineKind.REPLY).hasSize(2);
		assertThat(deadlines.latestReplyCycle("A", "C1")).get().extracting(ReplyCycle::cycle).isEqualTo(2);
	}

	@Test
	void aDateTheDecisionSetsIsTheDueDateAndSurvivesRecomputation() {
		deadlines.startReplyCycle("A", "C2", 2, LocalDate.of(2026, 11, 16), null, LocalDate.of(2026, 11, 30),
				"the date the decision sets", "legal");

		var recomputed = deadlines.recomputeIfChanged("A", "C2", DeadlineKind.REPLY, "calendar changed");

		assertThat(deadlines.active("A", "C2", DeadlineKind.REPLY)).get().extracting(Deadline::dueDate)
				.isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(recomputed).isEmpty();
	}

	@Test
	void aPeriodTheDecisionSetsIsNotTheDefault() {
		var reply = deadlines.startReplyCycle("A", "C3", 2, LocalDate.of(2026, 11, 16), 10, null,
				"10 working days the decision sets", "legal");

		assertThat(reply.dueDate()).isEqualTo("2026-11-30");
		assertThat(deadlines.recomputeIfChanged("A", "C3", DeadlineKind.REPLY, "calendar changed")).isEmpty();
	}
}
