package ogi.casework.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A new case's ledger, opened with one insert: the receipt (Art. 31), the supplement-notice period (Art. 30, T1) and
 * the reply period (Art. 33(2), T3), each the active entry of its kind and worded as the single steps word them.
 */
class OpenLedgerTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@Test
	void aCaseReceivedOnMonday23NovemberOwesItsNoticeOn2DecemberAndItsReplyOn21December() {
		var store = new InMemoryDeadlines();
		var deadlines = ExtensionPropertiesTests.deadlinesOn(MONDAY, store);

		var opened = deadlines.openLedger("A", "A-1", MONDAY, "handed in at the counter",
				"receipt date, Art. 31 (IN_PERSON)", "clerk");

		// No rest day and no 调休 working day in late November or December 2026; the start day is not counted.
		// T1, 7 working days: 24, 25, 26, 27 Nov, 30 Nov, 1 Dec, 2 Dec.
		assertThat(opened.supplementNotice().dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
		// T3, 20 working days: those 7, then 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21 Dec.
		assertThat(opened.reply().dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
		assertThat(store.active("A", "A-1", DeadlineKind.RECEIPT)).get()
			.satisfies(receipt -> assertThat(receipt.dueDate()).isEqualTo(MONDAY))
			.satisfies(receipt -> assertThat(receipt.explanation()).contains("handed in at the counter"));
		assertThat(store.active("A", "A-1", DeadlineKind.SUPPLEMENT_NOTICE)).get().usingRecursiveComparison()
			.ignoringFields("id").isEqualTo(opened.supplementNotice());
		assertThat(store.active("A", "A-1", DeadlineKind.REPLY)).get().usingRecursiveComparison().ignoringFields("id")
			.isEqualTo(opened.reply());
		assertThat(store.ledger("A", "A-1")).hasSize(3);
	}

	@Test
	void itsEntriesReadAsTheSingleStepsWriteThem() {
		var store = new InMemoryDeadlines();
		var deadlines = ExtensionPropertiesTests.deadlinesOn(MONDAY, store);

		deadlines.openLedger("A", "A-1", MONDAY, "post signed for", "receipt date, Art. 31 (POST_SIGNED)", "clerk");
		deadlines.recordReceipt("A", "A-2", MONDAY, "post signed for", "clerk");
		deadlines.startSupplementNoticePeriod("A", "A-2", MONDAY, "clerk");
		deadlines.startReplyPeriod("A", "A-2", MONDAY, "receipt date, Art. 31 (POST_SIGNED)", "clerk");

		for (DeadlineKind kind : new DeadlineKind[] { DeadlineKind.RECEIPT, DeadlineKind.SUPPLEMENT_NOTICE,
				DeadlineKind.REPLY }) {
			assertThat(store.active("A", "A-1", kind)).as(kind.name()).get().usingRecursiveComparison()
				.ignoringFields("id", "caseNumber").isEqualTo(store.active("A", "A-2", kind).orElseThrow());
		}
	}
}
