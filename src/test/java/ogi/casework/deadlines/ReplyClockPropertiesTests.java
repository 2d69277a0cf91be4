package ogi.casework.deadlines;

import static ogi.casework.support.Theories.dates;
import static ogi.casework.support.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;

import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.deadlines.ReplyClock.Interval;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Art. 33(3): excluded time moves the reply due date by exactly its working days, and overlaps count once. */
class ReplyClockPropertiesTests {

	static final OfficialCalendar CALENDAR = new OfficialCalendar();

	/** Receipt dates over the published years: 2008-01-01 plus 0 to 365 × 18 days. */
	static Gen<LocalDate> starts() {
		LocalDate first = LocalDate.of(2008, 1, 1);
		return dates(first, first.plusDays(365 * 18));
	}

	/** A pause starting 0–10 working days after receipt and lasting 1–15 working days. */
	record PauseShape(int offset, int length) {
	}

	static Gen<PauseShape> pauses() {
		return integers().between(0, 10).zip(integers().between(1, 15), PauseShape::new);
	}

	@Test
	void withoutPausesTheDueDateIsTheNthWorkingDay() {
		qt(1000).forAll(starts(), integers().between(1, 60)).checkAssert((start, period) -> {
			var result = ReplyClock.dueDate(CALENDAR, "A", start, period, List.of());

			assertThat(result.dueDate()).isEqualTo(CALENDAR.addWorkingDays(start, period).date());
			assertThat(result.pausedWorkingDays()).isZero();
		});
	}

	@Test
	void aPauseOfKWorkingDaysMovesTheDueDateByExactlyKWorkingDays() {
		qt(1000).forAll(starts(), integers().between(0, 19), integers().between(1, 15))
				.checkAssert((start, pauseOffset, pauseLength) -> {
					LocalDate before = CALENDAR.addWorkingDays(start, 20).date();
					LocalDate pauseStart = pauseOffset == 0 ? start
							: CALENDAR.addWorkingDays(start, pauseOffset).date();
					LocalDate pauseEnd = CALENDAR.addWorkingDays(pauseStart, pauseLength).date();

					var after = ReplyClock.dueDate(CALENDAR, "A", start, 20,
							List.of(new Interval(pauseStart, pauseEnd)));

					assertThat(after.pausedWorkingDays()).isEqualTo(pauseLength);
					assertThat(CALENDAR.workingDaysBetween(before, after.dueDate())).isEqualTo(pauseLength);
					assertThat(CALENDAR.isWorkingDay(after.dueDate())).isTrue();
				});
	}

	@Test
	void overlappingPausesCountOnceForTheirUnion() {
		qt(1000).forAll(starts(), pauses(), pauses()).checkAssert((start, firstPause, secondPause) -> {
			var first = interval(start, firstPause.offset(), firstPause.length());
			var second = interval(start, secondPause.offset(), secondPause.length());
			LocalDate unionFrom = first.from().isBefore(second.from()) ? first.from() : second.from();
			LocalDate unionTo = first.to().isAfter(second.to()) ? first.to() : second.to();
			boolean overlap = !first.from().isAfter(second.to()) && !second.from().isAfter(first.to());

			var both = ReplyClock.dueDate(CALENDAR, "A", start, 20, List.of(first, second));
			var separately = ReplyClock.dueDate(CALENDAR, "A", start, 20, List.of(first)).pausedWorkingDays()
					+ ReplyClock.dueDate(CALENDAR, "A", start, 20, List.of(second)).pausedWorkingDays();

			if (overlap) {
				var union = ReplyClock.dueDate(CALENDAR, "A", start, 20, List.of(new Interval(unionFrom, unionTo)));
				assertThat(both.dueDate()).isEqualTo(union.dueDate());
			}
			assertThat(both.pausedWorkingDays()).isLessThanOrEqualTo(separately);
		});
	}

	@Test
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
