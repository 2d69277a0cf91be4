package ogi.casework.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import ogi.casework.accounts.Role;
import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.reply.Outcome;
import ogi.casework.support.LawTable;

/**
 * The flags of spec §7 G-2 (a direct suit against a refusal) and T17 (a hearing noticed less than five working days
 * before it), on the official calendar; expected dates are counted by hand on it.
 */
class MatterFlagsTests {

	static final OfficialCalendar CALENDAR = new OfficialCalendar();

	static final String CASE = "A-2026-0001";

	@ParameterizedTest(name = "{0}")
	@MethodSource("ogi.casework.support.LawTable#outcomes")
	void flagsADirectSuitExactlyAgainstTheRepliesTheLawSendsToReconsiderationFirst(LawTable.OutcomeRow law) {
		// G-2: refusals (DENY, PARTIAL) go to reconsideration first; 法释〔2025〕8号 Art. 1(一): 无法提供 and 不予处理
		// outcomes may be sued directly.
		var flags = flags(Map.of(CASE, law.outcome())).of(MatterFixtures.lawsuit(LocalDate.of(2026, 11, 20)));

		if (!law.reconsiderationFirst()) {
			assertThat(flags).isEmpty();
			return;
		}
		assertThat(flags).singleElement().satisfies(flag -> {
			assertThat(flag.kind()).isEqualTo(MatterFlagKind.DIRECT_SUIT_AGAINST_REFUSAL);
			assertThat(flag.caseNumber()).isEqualTo(CASE);
			assertThat(flag.basis()).contains("行政复议法 Art. 23(1)(四)");
			assertThat(flag.explanation()).contains(law.outcome().name(), CASE, "reconsideration first",
					"Art. 23 para. 2");
		});
	}

	@Test
	void aReconsiderationOfARefusalOrASuitWithoutADeliveredReplyIsNotFlagged() {
		assertThat(flags(Map.of(CASE, Outcome.DENY)).of(MatterFixtures.reconsideration(LocalDate.of(2026, 11, 20),
				Procedure.SIMPLIFIED))).isEmpty();
		assertThat(flags(Map.of()).of(MatterFixtures.lawsuit(LocalDate.of(2026, 11, 20)))).isEmpty();
	}

	@ParameterizedTest(name = "notice {0}, hearing {1}: flagged {2}")
	@CsvSource({
			// Mon 11-23 + 5 working days: Tue 24, Wed 25, Thu 26, Fri 27, Mon 30 — the earliest lawful hearing day.
			"2026-11-23, 2026-11-27, true",
			"2026-11-23, 2026-11-30, false",
			// Wed 09-30, then National Day 10-01…07 off: Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 调休 (3), Mon 12 (4),
			// Tue 13 (5).
			"2026-09-30, 2026-10-12, true",
			"2026-09-30, 2026-10-13, false",
			"2026-11-23, 2026-11-23, true" })
	void flagsAReconsiderationHearingNoticedLessThanFiveWorkingDaysBefore(LocalDate notice, LocalDate hearing,
			boolean flagged) {
		var matter = withHearing(MatterFixtures.reconsideration(LocalDate.of(2026, 9, 1), Procedure.SIMPLIFIED),
				hearing, notice);

		var flags = flags(Map.of()).of(matter);

		if (flagged) {
			assertThat(flags).singleElement().satisfies(flag -> {
				assertThat(flag.kind()).isEqualTo(MatterFlagKind.LATE_HEARING_NOTICE);
				assertThat(flag.hearingNumber()).isEqualTo(1);
				assertThat(flag.basis()).contains("行政复议法 Arts. 51, 88");
				assertThat(flag.explanation()).contains(notice.toString(), hearing.toString(), "at least 5 working days");
			});
		}
		else {
			assertThat(flags).isEmpty();
		}
	}

	@Test
	void namesTheEarliestLawfulHearingDate() {
		var matter = withHearing(MatterFixtures.reconsideration(LocalDate.of(2026, 9, 1), Procedure.SIMPLIFIED),
				LocalDate.of(2026, 10, 12), LocalDate.of(2026, 9, 30));

		assertThat(flags(Map.of()).of(matter)).singleElement()
				.satisfies(flag -> assertThat(flag.explanation()).contains("earliest lawful date was 2026-10-13",
						"working day 4 after it"));
	}

	@Test
	void aHearingWithoutANoticeDateOrACourtHearingIsNotFlagged() {
		var unknown = withHearing(MatterFixtures.reconsideration(LocalDate.of(2026, 9, 1), Procedure.SIMPLIFIED),
				LocalDate.of(2026, 11, 24), null);
		var court = withHearing(MatterFixtures.lawsuit(LocalDate.of(2026, 9, 1)), LocalDate.of(2026, 11, 24),
				LocalDate.of(2026, 11, 23));

		assertThat(flags(Map.of()).of(unknown)).isEmpty();
		assertThat(flags(Map.of()).of(court)).as("T17 is the reconsideration rule (复议法 Art. 51)").isEmpty();
	}

	@Test
	void eachFlagIsNotifiedOnceWhenItsFactWasRecorded() {
		var recorded = Instant.parse("2026-11-23T02:00:00Z");
		var matter = withHearing(MatterFixtures.reconsideration(LocalDate.of(2026, 9, 1), Procedure.SIMPLIFIED),
				LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 23), recorded);
		var matterFlags = flags(Map.of());

		List<Alarm> alarms = matterFlags.alarms(matter, matterFlags.of(matter));

		assertThat(alarms).singleElement().satisfies(alarm -> {
			assertThat(alarm.at()).isEqualTo(recorded);
			assertThat(alarm.escalation()).isFalse();
			assertThat(alarm.recipients()).containsExactlyInAnyOrder(Role.LEGAL, Role.HEAD);
			assertThat(alarm.key()).isEqualTo("flag-late-hearing-notice-1-2026-11-27-2026-11-23");
		});
	}

	private static MatterFlags flags(Map<String, Outcome> delivered) {
		return new MatterFlags(CALENDAR, (agency, caseNumber) -> Optional.ofNullable(delivered.get(caseNumber)));
	}

	private static Matter withHearing(Matter m, LocalDate heldOn, LocalDate noticeReceivedOn) {
		return withHearing(m, heldOn, noticeReceivedOn, Instant.EPOCH);
	}

	private static Matter withHearing(Matter m, LocalDate heldOn, LocalDate noticeReceivedOn, Instant recordedAt) {
		var hearings = new java.util.ArrayList<>(m.hearings());
		hearings.add(new Matter.Hearing(hearings.size() + 1, heldOn, null, noticeReceivedOn, "legal", recordedAt));
		return new Matter(m.id(), m.agencyCode(), m.kind(), m.body(), m.referenceNumber(), m.copyReceivedOn(),
				m.procedure(), m.earlierMatterId(), m.caseNumbers(), hearings, m.filings(), m.decision(), m.service(),
				m.appeal(), m.registeredBy(), m.registeredAt());
	}
}
