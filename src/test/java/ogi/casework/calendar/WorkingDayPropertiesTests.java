package ogi.casework.calendar;

import static ogi.casework.support.Theories.dates;
import static ogi.casework.support.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Laws of working-day arithmetic (民事诉讼法 Art. 85 counting, spec §9.1) checked on random dates of the published years
 * 2008–2026 and on the unpublished 2027.
 */
class WorkingDayPropertiesTests {

	private static final OfficialCalendar calendar = new OfficialCalendar();

	@Test
	void addingNThenMEqualsAddingNPlusM() {
		qt(1000).forAll(dates("2008-01-01", "2026-12-31"), integers().between(1, 60), integers().between(1, 60))
				.checkAssert((from, n, m) -> {
			// given a start date and two periods
			// when they are added one after the other, and at once
			LocalDate stepwise = calendar.addWorkingDays(calendar.addWorkingDays(from, n).date(), m).date();
			LocalDate atOnce = calendar.addWorkingDays(from, n + m).date();
			// then the results agree
			assertThat(stepwise).isEqualTo(atOnce);
		});
	}

	@Test
	void theResultIsAlwaysAWorkingDay() {
		qt(1000).forAll(dates("2008-01-01", "2026-12-31"), integers().between(1, 366)).checkAssert((from, n) -> {
			// given a start date and a period
			// when the period is added
			LocalDate due = calendar.addWorkingDays(from, n).date();
			// then the due date is a working day
			assertThat(calendar.isWorkingDay(due)).isTrue();
		});
	}

	@Test
	void theResultIsStrictlyAfterFrom() {
		qt(1000).forAll(dates("2008-01-01", "2026-12-31"), integers().between(1, 366)).checkAssert((from, n) -> {
			// given a start date and a period
			// when the period is added
			LocalDate due = calendar.addWorkingDays(from, n).date();
			// then the start day is never counted
			assertThat(due).isAfter(from);
		});
	}

	@Test
	void countingBackGivesTheNumberAdded() {
		qt(1000).forAll(dates("2008-01-01", "2026-12-31"), integers().between(1, 366)).checkAssert((from, n) -> {
			// given a start date and a period
			// when the period is added and the working days up to the due date are counted
			int counted = calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n).date());
			// then the count is the period
			assertThat(counted).isEqualTo(n);
		});
	}

	@Test
	void agreesWithCountingDayByDay() {
		qt(1000).forAll(dates("2008-01-01", "2026-12-31"), integers().between(1, 80)).checkAssert((from, n) -> {
			// given a start date and a period
			// when the period is added
			LocalDate due = calendar.addWorkingDays(from, n).date();
			// then walking one day at a time over isWorkingDay reaches the same day
			LocalDate walked = from;
			for (int left = n; left > 0;) {
				walked = walked.plusDays(1);
				if (calendar.isWorkingDay(walked)) {
					left--;
				}
			}
			assertThat(due).isEqualTo(walked);
		});
	}

	@Test
	void isProvisionalExactlyWhenTheResultReachesLateDecember2026OrLater() {
		qt(1000).forAll(dates("2008-01-01", "2026-12-31"), integers().between(1, 366)).checkAssert((from, n) -> {
			// given a start date in a published year
			// when a period is added
			WorkingDayResult result = calendar.addWorkingDays(from, n);
			// then only results in 2027, or from 25 December 2026 on (which the unpublished 2027 notice may change),
			// are provisional
			assertThat(result.provisional()).isEqualTo(!result.date().isBefore(LocalDate.parse("2026-12-25")));
		});
	}

	@Test
	void everythingIn2027IsProvisionalAndMondayToFriday() {
		qt(1000).forAll(dates("2027-01-01", "2027-12-31"), integers().between(1, 60)).checkAssert((date, n) -> {
			// given a date in the unpublished year 2027
			// when it is looked up and a period is added
			CalendarDay day = calendar.days(date, date).get(0);
			WorkingDayResult result = calendar.addWorkingDays(date, n);
			// then the Monday–Friday rule applies and everything is provisional
			boolean weekday = date.getDayOfWeek().getValue() <= 5;
			assertThat(day).isEqualTo(
					new CalendarDay(date, weekday, weekday ? DayKind.WORKDAY : DayKind.WEEKEND, null, true));
			assertThat(result.provisional()).isTrue();
		});
	}

	@Test
	void aCalendarDayPeriodEndsOnTheFirstWorkingDayFromItsNominalEnd() {
		qt(1000).forAll(dates("2008-01-01", "2026-10-31"), integers().between(1, 60))
				.checkAssert((start, calendarDays) -> {
			// given a period in calendar days
			LocalDate nominal = start.plusDays(calendarDays);
			// when its end is computed
			LocalDate end = calendar.calendarDayPeriodEnd(start, calendarDays).date();
			// then the end is a working day on or after the nominal end, with only rest days in between
			assertThat(end).isAfterOrEqualTo(nominal);
			assertThat(calendar.isWorkingDay(end)).isTrue();
			for (LocalDate day = nominal; day.isBefore(end); day = day.plusDays(1)) {
				assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
			}
		});
	}
}
