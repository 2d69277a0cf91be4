package ogi.casework.deadlines;

import static ogi.casework.support.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;

import org.junit.jupiter.api.Test;

/** Art. 33(2): however extensions are asked for, together they never exceed 20 working days. */
class ExtensionPropertiesTests {

	static final OfficialCalendar CALENDAR = new OfficialCalendar();

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

	@Test
	void extensionsNeverExceedTwentyWorkingDays() {
		qt(1000).forAll(lists().of(integers().between(1, 25)).ofSizeBetween(1, 6)).checkAssert(requests -> {
			var deadlines = deadlinesOn(RECEIVED);
			deadlines.startReplyPeriod("A", "A-1", RECEIVED, "receipt", "clerk");

			for (int days : requests) {
				try {
					deadlines.requestExtension("A", "A-1", ExtensionKind.EXTENSION, days, "volume", "handler");
					deadlines.approveExtension("A", "A-1", RECEIVED, RECEIVED, null, "head");
				}
				catch (InvalidInput refused) {
					assertThat(refused.violations()).extracting(InvalidInput.FieldViolation::rule)
							.containsExactly("maxExtension");
				}
			}

			int granted = deadlines.extensions("A", "A-1").stream()
					.filter(e -> e.status() == Extension.Status.APPROVED).mapToInt(Extension::workingDays).sum();
			assertThat(granted).isLessThanOrEqualTo(20);
			var reply = deadlines.active("A", "A-1", DeadlineKind.REPLY).orElseThrow();
			assertThat(reply.dueDate()).isEqualTo(CALENDAR.addWorkingDays(RECEIVED, 20 + granted).date());
		});
	}

	@Test
	void anExtensionNoticedAfterTheDueDateIsRefused() {
		var deadlines = deadlinesOn(LocalDate.of(2026, 4, 10));
		var reply = deadlines.startReplyPeriod("A", "A-1", RECEIVED, "receipt", "clerk");
		deadlines.requestExtension("A", "A-1", ExtensionKind.EXTENSION, 10, "volume", "handler");

		assertThatThrownBy(() -> deadlines.approveExtension("A", "A-1", reply.dueDate(), reply.dueDate().plusDays(1),
				null, "head")).isInstanceOfSatisfying(ActionNotAllowed.class,
						e -> assertThat(e.rule()).isEqualTo("extensionAfterDueDate"));
		assertThat(deadlines.active("A", "A-1", DeadlineKind.REPLY).orElseThrow().dueDate())
				.isEqualTo(reply.dueDate());
	}

	@Test
	void aReasonableDelayIsTheOnlyWayBeyondFortyWorkingDays() {
		var deadlines = deadlinesOn(RECEIVED);
		deadlines.startReplyPeriod("A", "A-1", RECEIVED, "receipt", "clerk");
		deadlines.requestExtension("A", "A-1", ExtensionKind.EXTENSION, 20, "volume", "handler");
		deadlines.approveExtension("A", "A-1", RECEIVED, RECEIVED, null, "head");

		assertThatThrownBy(() -> deadlines.requestExtension("A", "A-1", ExtensionKind.EXTENSION, 1, "more", "handler"))
				.isInstanceOf(InvalidInput.class);
		deadlines.requestExtension("A", "A-1", ExtensionKind.REASONABLE_DELAY, 30, "Art. 35: 400 items", "handler");
		var reply = deadlines.approveExtension("A", "A-1", RECEIVED, RECEIVED, null, "head");

		assertThat(reply.dueDate()).isEqualTo(CALENDAR.addWorkingDays(RECEIVED, 70).date());
		assertThat(reply.explanation()).contains("reasonable delay", "Art. 35");
	}

	static DeadlineManagement deadlinesOn(LocalDate today) {
		return deadlinesOn(today, new InMemoryDeadlines());
	}

	/** The same, keeping its ledger in {@code store}. */
	static DeadlineManagement deadlinesOn(LocalDate today, InMemoryDeadlines store) {
		var clock = Clock.fixed(today.atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
		var settings = new CaseworkSettings(SHANGHAI, 20, 15, 7, 20, 15, 5, 2, 8, true);
		return new DeadlineManagement(store, CALENDAR, settings, clock);
	}
}
