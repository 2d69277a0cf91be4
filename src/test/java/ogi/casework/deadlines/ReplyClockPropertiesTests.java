package ogi.casework.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.deadlines.ReplyClock.Interval;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Art. 33(3): excluded time moves the reply due date by exactly its working days, and overlaps count once. */
class ReplyClockPropertiesTests {

	static final OfficialCalendar CALENDAR = new OfficialCalendar();

	@Provide
	Arbitrary<LocalDate> starts() {
		return Arbitraries.integers().between(0, 365 * 18).map(days -> LocalDate.of(2008, 1, 1).plusDays(days));
	}

	@Property(tries = 300)
	void withoutPausesTheDueDateIsTheNthWorkingDay(@ForAll("starts") LocalDate start,
			@ForAll @IntRange(min = 1, max = 60) int period) {
		var result = ReplyClock.dueDate(CALENDAR, "A", start, period, List.of());

		assertThat(result.dueDate()).isEqualTo(CALENDAR.addWorkingDays(start, period).date());
		assertThat(result.pausedWorkingDays()).isZero();
	}

	@Property(tries = 300)
	void aPauseOfKWorkingDaysMovesTheDueDateByExactlyKWorkingDays(@ForAll("starts") LocalDate start,
			@ForAll @IntRange(min = 0, max = 19) int pauseOffset, @ForAll @IntRange(min = 1, max = 15) int pauseLength) {
		LocalDate before = CALENDAR.addWorkingDays(start, 20).date();
		LocalDate pauseStart = pauseOffset == 0 ? start : CALENDAR.addWorkingDays(start, pauseOffset).date();
		LocalDate pauseEnd = CALENDAR.addWorkingDays(pauseStart, pauseLength).date();

		var after = ReplyClock.dueDate(CALENDAR, "A", start, 20, List.of(new Interval(pauseStart, pauseEnd)));

		assertThat(after.pausedWorkingDays()).isEqualTo(pauseLength);
		assertThat(CALENDAR.workingDaysBetween(before, after.dueDate())).isEqualTo(pauseLength);
		assertThat(CALENDAR.isWorkingDay(after.dueDate())).isTrue();
	}

	@Property(tries = 300)
	void overlappingPausesCountOnceForTheirUnion(@ForAll("starts") LocalDate start,
			@ForAll @IntRange(min = 0, max = 10) int firstOffset, @ForAll @IntRange(min = 1, max = 15) int firstLength,
			@ForAll @IntRange(min = 0, max = 10) int secondOffset,
			@ForAll @IntRange(min = 1, max = 15) int secondLength) {
		var first = interval(start, firstOffset, firstLength);
		var second = interval(start, secondOffset, secondLength);
		LocalDate unionFrom = first.from().isBefore(second.from()) ? first.from() : second.from();
		LocalDate unionTo = first.to().isAfter(second.to()) ? first.to() : second.to();
		boolean overlap = !first.from().isAfter(second.to()) && !second.from().isAfter(first.to());

		var both = ReplyClock.dueDate(CALENDAR, "A", start, 20, List.of(first, second));
		var separately = ReplyClock.dueDate(CALENDAR, "A", start, 20, List.of(first)).pausedWorkingDays()
				+ ReplyClock.dueDate(CALENDAR, "A", start, 20, List.of(second)).pausedWorkingDays();

		if (overlap) {
			assertThat(both.dueDate())
					.isEqualTo(ReplyClock.dueDate(CALENDAR, "A", start, 20, List.of(new Interval(unionFrom, unionTo))).dueDate());
		}
		assertThat(both.pausedWorkingDays()).isLessThanOrEqualTo(separately);
	}

	@Example
	void countsTheConsultationOfTheWorkedExample() {
		// Received Mon 2025-09-22: due Fri 2025-10-24 (spec §9.1); a consultation from Thu 2025-09-25 to Thu
		// 2025-10-09 excludes 26, 28 (调休 Sunday), 29, 30 September and 9 October: 5 working days.
		var result = ReplyClock.dueDate(CALENDAR, "A", LocalDate.of(2025, 9, 22), 20,
				List.of(new Interval(LocalDate.of(2025, 9, 25), LocalDate.of(2025, 10, 9))));

		assertThat(result.pausedWorkingDays()).isEqualTo(5);
		assertThat(result.dueDate()).isEqualTo("2025-10-31");
	}

	private static Interval interval(LocalDate start, int offset, int length) {
		LocalDate from = offset == 0 ? start : CALENDAR.addWorkingDays(start, offset).date();
		return new Interval(from, CALENDAR.addWorkingDays(from, length).date());
	}
}
