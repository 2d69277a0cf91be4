package ogi.casework.litigation;

import static ogi.casework.litigation.MatterFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ogi.casework.accounts.Role;
import ogi.casework.calendar.OfficialCalendar;

/** The deadlines of reconsiderations and lawsuits on the official calendar (spec §5 T15, T17, T18, T21, T23). */
class MatterDeadlinesTests {

	static final OfficialCalendar CALENDAR = new OfficialCalendar();

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	final MatterDeadlines deadlines = new MatterDeadlines(CALENDAR);

	@ParameterizedTest(name = "{1} procedure, copy received {0} → reply due {2}")
	@CsvSource({
			// Wed 09-16 + 5 WD: Thu 17, Fri 18, Sun 20 (调休 working day of National Day), Mon 21, Tue 22.
			"2026-09-16, SIMPLIFIED, 2026-09-22",
			// + 10 WD: … Wed 23, Thu 24, then 中秋 25–27 off, Mon 28, Tue 29, Wed 30.
			"2026-09-16, ORDINARY, 2026-09-30",
			// Tue 09-29 + 5 WD: Wed 30, National Day 10-01…07 off, Thu 8, Fri 9, Sat 10 (调休), Mon 12.
			"2026-09-29, SIMPLIFIED, 2026-10-12",
			// Copy received on a Saturday: counting starts on the next working day (Mon 11-23 … Fri 11-27).
			"2026-11-21, SIMPLIFIED, 2026-11-27" })
	void countsTheReconsiderationReplyInWorkingDaysFromTheCopy(LocalDate copy, Procedure procedure, LocalDate due) {
		var t15 = only(deadlines.of(reconsideration(copy, procedure), copy, false), "T15");

		assertThat(t15.dueOn()).isEqualTo(due);
		assertThat(t15.basis()).contains("行政复议法 Arts. 48, 54, 70, 88");
		assertThat(t15.computation()).contains(copy.toString(), due.toString(),
				procedure == Procedure.SIMPLIFIED ? "5 working days" : "10 working days");
		assertThat(t15.state()).isEqualTo(DeadlineState.OPEN);
	}

	@Test
	void rollsADefenceDeadlineThatFallsInTheNationalDayWeekToTheFirstWorkingDay() {
		var copy = LocalDate.of(2026, 9, 17);

		var t21 = only(deadlines.of(lawsuit(copy), copy, false), "T21");

		assertThat(t21.dueOn()).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(t21.computation()).contains("2026-10-02, a rest day", "next working day 2026-10-08",
				"民事诉讼法 Art. 85", "request to delay evidence");
		assertThat(t21.basis()).contains("行政诉讼法 Arts. 34, 67", "解释 Art. 34");
	}

	@Test
	void countsTheHolidayInsideACalendarDayPeriodForAComplaintReceivedTheDayBeforeNationalDay() {
		var copy = LocalDate.of(2026, 9, 30);

		var t21 = only(deadlines.of(lawsuit(copy), copy, false), "T21");

		assertThat(t21.dueOn()).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(t21.computation()).doesNotContain("rest day,");
	}

	@Test
	void showsAMissedReplyDeadlineAsTheFaultOfArticle70() {
		var copy = LocalDate.of(2026, 11, 2);
		var matter = reconsideration(copy, Procedure.SIMPLIFIED);

		var onTheDay = only(deadlines.of(matter, LocalDate.of(2026, 11, 9), false), "T15");
		var dayAfter = only(deadlines.of(matter, LocalDate.of(2026, 11, 10), false), "T15");

		assertThat(onTheDay.state()).isEqualTo(DeadlineState.OPEN);
		assertThat(onTheDay.fault()).isFalse();
		assertThat(dayAfter.state()).isEqualTo(DeadlineState.MISSED);
		assertThat(dayAfter.fault()).isTrue();
		assertThat(dayAfter.consequence()).contains("视为该行政行为没有证据、依据", "Art. 70");
		assertThat(dayAfter.daysLeft()).isEqualTo(-1);
	}

	@Test
	void aLateFilingIsStillAFaultAndAnInTimeOneIsNot() {
		var copy = LocalDate.of(2026, 11, 2);
		var matter = reconsideration(copy, Procedure.SIMPLIFIED);
		var today = LocalDate.of(2026, 11, 20);

		var late = only(deadlines.of(withFiling(matter, FilingKind.REPLY_AND_EVIDENCE, LocalDate.of(2026, 11, 10)),
				today, false), "T15");
		var inTime = only(deadlines.of(withFiling(matter, FilingKind.REPLY_AND_EVIDENCE, LocalDate.of(2026, 11, 9)),
				today, false), "T15");

		assertThat(late.state()).isEqualTo(DeadlineState.MET_LATE);
		assertThat(late.fault()).isTrue();
		assertThat(inTime.state()).isEqualTo(DeadlineState.MET);
		assertThat(inTime.fault()).isFalse();
	}

	@Test
	void aTimelyRequestToDelayEvidenceKeepsTheDefenceDeadlineFromBeingMissed() {
		var copy = LocalDate.of(2026, 11, 2);
		var matter = withFiling(lawsuit(copy), FilingKind.EVIDENCE_DELAY_REQUEST, LocalDate.of(2026, 11, 16));

		var t21 = only(deadlines.of(matter, LocalDate.of(2026, 11, 30), false), "T21");

		assertThat(t21.dueOn()).isEqualTo(LocalDate.of(2026, 11, 17));
		assertThat(t21.state()).isEqualTo(DeadlineState.DELAY_REQUESTED);
		assertThat(t21.fault()).isFalse();
	}

	@Test
	void aRulingHasTenDaysForTheAppealAndAJudgmentFifteen() {
		var copy = LocalDate.of(2026, 3, 2);
		var decided = decided(lawsuit(copy), DecisionType.DISMISSED, LocalDate.of(2026, 4, 1));
		var today = LocalDate.of(2026, 4, 2);

		var ruling = only(deadlines.of(served(decided, ServedDocument.RULING, LocalDate.of(2026, 4, 2)), today, false),
				"T23");
		var judgment = only(deadlines.of(served(decided, ServedDocument.JUDGMENT, LocalDate.of(2026, 4, 2)), today,
				false), "T23");

		assertThat(ruling.dueOn()).isEqualTo(LocalDate.of(2026, 4, 13)); // 04-12 is a Sunday
		assertThat(judgment.dueOn()).isEqualTo(LocalDate.of(2026, 4, 17));
		assertThat(judgment.basis()).contains("行政诉讼法 Art. 85");
	}

	@Test
	void watchesForASuitFifteenDaysAfterTheReconsiderationDecisionUntilOneIsRegistered() {
		var matter = decided(reconsideration(LocalDate.of(2026, 3, 2), Procedure.SIMPLIFIED), DecisionType.UPHELD,
				LocalDate.of(2026, 3, 20));

		var watching = only(deadlines.of(matter, LocalDate.of(2026, 3, 21), false), "T18");
		var sued = only(deadlines.of(matter, LocalDate.of(2026, 3, 21), true), "T18");
		var lapsed = only(deadlines.of(matter, LocalDate.of(2026, 4, 30), false), "T18");

		assertThat(watching.dueOn()).isEqualTo(LocalDate.of(2026, 4, 7)); // 04-04…06 清明 → Tue 04-07
		assertThat(watching.state()).isEqualTo(DeadlineState.OPEN);
		assertThat(sued.state()).isEqualTo(DeadlineState.MET);
		assertThat(lapsed.state()).isEqualTo(DeadlineState.LAPSED);
		assertThat(lapsed.fault()).isFalse();
	}

	@Test
	void remindsBeforeTheReplyDeadlineAndEscalatesTheDayAfterItToTheHeadAndLegalStaff() {
		var copy = LocalDate.of(2026, 11, 2);
		var matter = reconsideration(copy, Procedure.SIMPLIFIED);
		var settings = LitigationSettings.defaults();

		var alarms = deadlines.alarms(matter, deadlines.of(matter, copy, false), settings, SHANGHAI);

		assertThat(alarms).extracting(Alarm::key).containsExactly("T15-reminder-2026-11-09",
				"T15-missed-2026-11-09");
		assertThat(alarms.get(0).at()).isEqualTo(LocalDate.of(2026, 11, 5).atTime(8, 0).atZone(SHANGHAI).toInstant());
		assertThat(alarms.get(1).escalation()).isTrue();
		assertThat(alarms.get(1).recipients()).containsExactlyInAnyOrder(Role.HEAD, Role.LEGAL);
		assertThat(alarms.get(1).at()).isEqualTo(LocalDate.of(2026, 11, 10).atTime(8, 0).atZone(SHANGHAI).toInstant());
	}

	@Test
	void noEscalationOnceTheReplyIsFiled() {
		var copy = LocalDate.of(2026, 11, 2);
		var matter = withFiling(reconsideration(copy, Procedure.SIMPLIFIED), FilingKind.REPLY_AND_EVIDENCE,
				LocalDate.of(2026, 11, 4));

		var alarms = deadlines.alarms(matter, deadlines.of(matter, LocalDate.of(2026, 11, 4), false),
				LitigationSettings.defaults(), SHANGHAI);

		assertThat(alarms).isEmpty();
	}

	@Test
	void remindsTheHeadBeforeEachHearing() {
		var copy = LocalDate.of(2026, 11, 2);
		var matter = withHearing(withFiling(reconsideration(copy, Procedure.SIMPLIFIED), FilingKind.REPLY_AND_EVIDENCE,
				copy), LocalDate.of(2026, 11, 25));

		var list = deadlines.of(matter, copy, false);
		var alarms = deadlines.alarms(matter, list, LitigationSettings.defaults(), SHANGHAI);

		assertThat(only(list, "T17").basis()).isEqualTo("行政复议法 Art. 51");
		assertThat(alarms).singleElement().satisfies(alarm -> {
			assertThat(alarm.key()).isEqualTo("T17-1-reminder-2026-11-25");
			assertThat(alarm.recipients()).contains(Role.HEAD);
			assertThat(alarm.at()).isEqualTo(LocalDate.of(2026, 11, 20).atTime(8, 0).atZone(SHANGHAI).toInstant());
		});
	}

	private static MatterDeadline only(List<MatterDeadline> list, String code) {
		return list.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
	}
}
