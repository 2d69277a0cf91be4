package ogi.casework.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The official calendar against dates read by hand from the vendored holiday-cn files (commit d4e53bf) and the worked
 * examples of spec §9.1.
 */
class OfficialCalendarTests {

	/** Loading the vendored files once is enough: the calendar is immutable unless {@code load} is called. */
	private static final OfficialCalendar calendar = new OfficialCalendar();

	@ParameterizedTest(name = "{0} + {1} WD = {2}")
	@CsvSource(textBlock = """
			# received,   WD, due          (spec §9.1 worked examples)
			2025-09-22,    7, 2025-09-30
			2025-09-22,   20, 2025-10-24
			2025-09-22,   40, 2025-11-21
			2026-01-30,   20, 2026-03-05
			2026-09-18,   20, 2026-10-22
			""")
	void reproducesTheWorkedExamplesOfSpecSection91(LocalDate received, int workingDays, LocalDate due) {
		// given a receipt date from the spec's table
		// when the period is counted
		WorkingDayResult result = calendar.addWorkingDays(received, workingDays);
		// then the due date is the spec's, and final because 2025 and 2026 are published
		assertThat(result).isEqualTo(new WorkingDayResult(due, false));
	}

	@Test
	void countsAdjustedWorkingSunday() {
		// given Friday 2025-09-26; Sunday 2025-09-28 is a 调休 working day before National Day
		LocalDate friday = LocalDate.parse("2025-09-26");
		// when counting working days up to Monday 2025-09-29
		int counted = calendar.workingDaysBetween(friday, LocalDate.parse("2025-09-29"));
		// then Sunday and Monday both count, and Sunday is the first working day after Friday
		assertThat(counted).isEqualTo(2);
		assertThat(calendar.addWorkingDays(friday, 1).date()).isEqualTo("2025-09-28");
	}

	@Test
	void countsAdjustedWorkingSaturday() {
		// given Friday 2026-02-13; Saturday 2026-02-14 is a 调休 working day before the Spring Festival
		LocalDate friday = LocalDate.parse("2026-02-13");
		// when adding one and then two working days
		LocalDate first = calendar.addWorkingDays(friday, 1).date();
		LocalDate second = calendar.addWorkingDays(friday, 2).date();
		// then Saturday counts, and the next is the first day after the holiday 02-15..02-23
		assertThat(first).isEqualTo("2026-02-14");
		assertThat(second).isEqualTo("2026-02-24");
	}

	@ParameterizedTest(name = "{0}: working={1}, {2} {3}")
	@CsvSource(textBlock = """
			# date,      working, kind,             holiday name (empty = none)
			2026-01-01,  false,   HOLIDAY,          元旦
			2026-01-04,  true,    ADJUSTED_WORKDAY, 元旦
			2026-02-17,  false,   HOLIDAY,          春节
			2026-02-14,  true,    ADJUSTED_WORKDAY, 春节
			2026-02-28,  true,    ADJUSTED_WORKDAY, 春节
			2025-01-26,  true,    ADJUSTED_WORKDAY, 春节
			2025-02-08,  true,    ADJUSTED_WORKDAY, 春节
			2026-04-06,  false,   HOLIDAY,          清明节
			2026-04-04,  false,   HOLIDAY,          清明节
			2026-05-05,  false,   HOLIDAY,          劳动节
			2026-05-09,  true,    ADJUSTED_WORKDAY, 劳动节
			2026-06-19,  false,   HOLIDAY,          端午节
			2026-09-25,  false,   HOLIDAY,          中秋节
			2026-09-20,  true,    ADJUSTED_WORKDAY, 国庆节
			2026-10-07,  false,   HOLIDAY,          国庆节
			2026-10-10,  true,    ADJUSTED_WORKDAY, 国庆节
			2025-10-06,  false,   HOLIDAY,          国庆节、中秋节
			2015-09-03,  false,   HOLIDAY,          抗日战争暨世界反法西斯战争胜利70周年纪念日
			2015-09-06,  true,    ADJUSTED_WORKDAY, 抗日战争暨世界反法西斯战争胜利70周年纪念日
			2026-03-07,  false,   WEEKEND,
			2026-03-08,  false,   WEEKEND,
			2026-03-09,  true,    WORKDAY,
			""")
	void classifiesHolidaysAdjustedWeekendsAndOrdinaryDays(LocalDate date, boolean working, DayKind kind,
			String holidayName) {
		// given a date of a published year
		// when it is looked up
		boolean isWorking = calendar.isWorkingDay(date);
		CalendarDay day = calendar.days(date, date).get(0);
		// then status, kind and name are those of the notice (or of the Monday–Friday rule)
		assertThat(isWorking).isEqualTo(working);
		assertThat(day).isEqualTo(new CalendarDay(date, working, kind, holidayName, false));
	}

	@ParameterizedTest(name = "{0} + 1 WD = {1} ({2})")
	@CsvSource(textBlock = """
			# from,      next WD,     what is skipped
			2026-02-14,  2026-02-24,  春节 02-15..02-23
			2026-04-03,  2026-04-07,  清明 04-04..04-06
			2026-04-30,  2026-05-06,  劳动节 05-01..05-05
			2026-06-18,  2026-06-22,  端午 06-19..06-21
			2026-09-24,  2026-09-28,  中秋 09-25..09-27
			2026-09-30,  2026-10-08,  国庆 10-01..10-07
			2025-12-31,  2026-01-04,  元旦 01-01..01-03 (Sunday 01-04 works)
			2026-09-19,  2026-09-20,  nothing: Sunday 09-20 works
			2026-10-09,  2026-10-10,  nothing: Saturday 10-10 works
			""")
	void skipsEveryKindOfHoliday(LocalDate from, LocalDate next, String skipped) {
		// given the last working day before a holiday (or before a 调休 weekend day)
		// when one working day is added
		WorkingDayResult result = calendar.addWorkingDays(from, 1);
		// then the holiday's rest days are skipped
		assertThat(result.date()).as(skipped).isEqualTo(next);
		assertThat(result.provisional()).isFalse();
	}

	@ParameterizedTest(name = "{0} + {1} WD = {2}")
	@CsvSource(textBlock = """
			# from,      WD, due,         December dates listed by the NEXT year's file
			2018-12-28,   1, 2018-12-29,  'Saturday working, from 2019.json'
			2018-12-29,   1, 2019-01-02,  '12-30, Monday 12-31 and 01-01 off, from 2019.json'
			2007-12-28,   1, 2007-12-29,  'Saturday working, from 2008.json'
			2007-12-29,   1, 2008-01-02,  '12-30, Monday 12-31 and 01-01 off, from 2008.json'
			2022-12-30,   1, 2023-01-03,  '12-31 off from 2023.json, Monday 01-02 off'
			2011-12-30,   1, 2011-12-31,  'Saturday working, from 2012.json'
			""")
	void appliesTheNextYearsNoticeToLateDecember(LocalDate from, int workingDays, LocalDate due, String why) {
		// given a date in late December, whose status the following year's notice sets
		// when counting across the year end
		WorkingDayResult result = calendar.addWorkingDays(from, workingDays);
		// then the next file's December entries are used
		assertThat(result).as(why).isEqualTo(new WorkingDayResult(due, false));
	}

	@Test
	void classifiesADecemberDateFromTheNextYearsFile() {
		// given Monday 2018-12-31, listed only in 2019.json
		LocalDate date = LocalDate.parse("2018-12-31");
		// when described
		CalendarDay day = calendar.days(date, date).get(0);
		// then it is a 元旦 rest day
		assertThat(day).isEqualTo(new CalendarDay(date, false, DayKind.HOLIDAY, "元旦", false));
	}

	@Test
	void crossesTheYearEndIntoNewYearHoliday() {
		// given Wednesday 2025-12-31, with 元旦 2026-01-01..03 off and Sunday 2026-01-04 working
		LocalDate newYearsEve = LocalDate.parse("2025-12-31");
		// when adding 1 and 3 working days
		WorkingDayResult one = calendar.addWorkingDays(newYearsEve, 1);
		WorkingDayResult three = calendar.addWorkingDays(newYearsEve, 3);
		// then Sunday 01-04 is the first working day, Tuesday 01-06 the third, both final
		assertThat(one).isEqualTo(new WorkingDayResult(LocalDate.parse("2026-01-04"), false));
		assertThat(three).isEqualTo(new WorkingDayResult(LocalDate.parse("2026-01-06"), false));
		assertThat(calendar.workingDaysBetween(LocalDate.parse("2025-12-26"), LocalDate.parse("2026-01-05")))
			.isEqualTo(5); // 12-29, 12-30, 12-31, 01-04, 01-05
	}

	@Test
	void spansTheExtendedSpringFestivalOf2020() {
		// given Thursday 2020-01-23; the second 2020 notice extended the holiday to 02-02 (10 rest days)
		LocalDate thursday = LocalDate.parse("2020-01-23");
		// when adding one working day
		WorkingDayResult result = calendar.addWorkingDays(thursday, 1);
		// then work resumes on Monday 2020-02-03, which the file lists as a working weekday: an ordinary WORKDAY
		assertThat(result).isEqualTo(new WorkingDayResult(LocalDate.parse("2020-02-03"), false));
		assertThat(calendar.days(result.date(), result.date())).containsExactly(
				new CalendarDay(LocalDate.parse("2020-02-03"), true, DayKind.WORKDAY, null, false));
	}

	@Test
	void handlesLeapDay2024() {
		// given February 2024, with leap day Thursday 2024-02-29 and the Spring Festival 02-10..02-17
		// when counting and rolling around it
		// then 02-29 is a working day reached by working, calendar-day and month arithmetic
		assertThat(calendar.isWorkingDay(LocalDate.parse("2024-02-29"))).isTrue();
		assertThat(calendar.addWorkingDays(LocalDate.parse("2024-02-28"), 1).date()).isEqualTo("2024-02-29");
		assertThat(calendar.addWorkingDays(LocalDate.parse("2024-02-29"), 1).date()).isEqualTo("2024-03-01");
		assertThat(calendar.workingDaysBetween(LocalDate.parse("2024-01-31"), LocalDate.parse("2024-02-29")))
			.isEqualTo(18); // 21 weekdays in February - 5 holiday weekdays (02-12..02-16) + Sundays 02-04, 02-18
		assertThat(calendar.calendarDayPeriodEnd(LocalDate.parse("2024-02-14"), 15).date()).isEqualTo("2024-02-29");
		assertThat(calendar.monthPeriodEnd(LocalDate.parse("2024-01-31"), 1).date()).isEqualTo("2024-02-29");
		assertThat(calendar.monthPeriodEnd(LocalDate.parse("2023-01-31"), 1).date()).isEqualTo("2023-02-28");
		assertThat(calendar.days(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"))).hasSize(366);
	}

	@ParameterizedTest(name = "{0} + {1} WD = {2}")
	@CsvSource(textBlock = """
			# from (a rest day),  WD, due,        what from is
			2025-10-01,            1, 2025-10-09, 'National Day holiday, a Wednesday'
			2025-10-04,            5, 2025-10-14, 'holiday Saturday; Saturday 10-11 (调休) counts'
			2026-03-07,            1, 2026-03-09, 'ordinary Saturday'
			2026-03-08,            1, 2026-03-09, 'ordinary Sunday'
			2025-01-25,            1, 2025-01-26, 'Saturday before the 调休 Sunday'
			""")
	void startsCountingAfterAFromOnARestDay(LocalDate from, int workingDays, LocalDate due, String what) {
		// given a start date that is not a working day
		assertThat(calendar.isWorkingDay(from)).isFalse();
		// when adding working days
		WorkingDayResult result = calendar.addWorkingDays(from, workingDays);
		// then counting starts with the next working day
		assertThat(result).as(what).isEqualTo(new WorkingDayResult(due, false));
	}

	@Test
	void marksComputationsReachingUnpublished2027AsProvisional() {
		// given 2027.json names no notice
		// when a period runs into 2027
		WorkingDayResult intoJanuary = calendar.addWorkingDays(LocalDate.parse("2026-12-15"), 20);
		WorkingDayResult newYearsDay = calendar.addWorkingDays(LocalDate.parse("2026-12-30"), 2);
		// then it is counted Monday–Friday (Friday 2027-01-01 counts) and marked provisional
		assertThat(intoJanuary).isEqualTo(new WorkingDayResult(LocalDate.parse("2027-01-12"), true));
		assertThat(newYearsDay).isEqualTo(new WorkingDayResult(LocalDate.parse("2027-01-01"), true));
		assertThat(calendar.days(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-02"))).containsExactly(
				new CalendarDay(LocalDate.parse("2027-01-01"), true, DayKind.WORKDAY, null, true),
				new CalendarDay(LocalDate.parse("2027-01-02"), false, DayKind.WEEKEND, null, true));
	}

	@Test
	void keepsComputationsWithin2026BeforeLateDecemberFinal() {
		// given 2026 is published and 2027 is not
		// when a period stays inside 2026 and ends before 25 December
		WorkingDayResult christmasEve = calendar.addWorkingDays(LocalDate.parse("2026-12-23"), 1);
		WorkingDayResult autumn = calendar.addWorkingDays(LocalDate.parse("2026-09-18"), 20);
		// then it is not provisional
		assertThat(christmasEve).isEqualTo(new WorkingDayResult(LocalDate.parse("2026-12-24"), false));
		assertThat(autumn.provisional()).isFalse();
	}

	@ParameterizedTest(name = "{0} + {1} WD = {2}, provisional")
	@CsvSource(textBlock = """
			# from,      WD, due         (2026 published, 2027 not)
			2026-12-24,   1, 2026-12-25
			2026-12-30,   1, 2026-12-31
			2026-12-10,  12, 2026-12-28
			""")
	void marksLateDecemberProvisionalWhileTheNextYearIsUnpublished(LocalDate from, int workingDays, LocalDate due) {
		// given the 2027 notice, which may rearrange the end of December 2026 (as the 2008, 2019 and 2023 notices did)
		// when a period ends on or after 25 December 2026
		WorkingDayResult result = calendar.addWorkingDays(from, workingDays);
		// then the result is provisional, though 2026 is published
		assertThat(result).isEqualTo(new WorkingDayResult(due, true));
		assertThat(calendar.days(due, due).get(0).provisional()).isTrue();
	}

	@Test
	void keepsLateDecemberFinalOnceTheNextYearIsPublished() {
		// given 2025 and 2026 are published
		// when a period ends on 31 December 2025, and the days of late December 2025 are described
		WorkingDayResult newYearsEve = calendar.addWorkingDays(LocalDate.parse("2025-12-30"), 1);
		List<CalendarDay> days = calendar.days(LocalDate.parse("2025-12-24"), LocalDate.parse("2025-12-31"));
		// then nothing is provisional
		assertThat(newYearsEve).isEqualTo(new WorkingDayResult(LocalDate.parse("2025-12-31"), false));
		assertThat(days).noneMatch(CalendarDay::provisional);
	}

	@Test
	void marksLateDecemberProvisionalUntilTheNextYearIsLoadedThenFinal() {
		// given a fresh calendar where 2026-12-28 (a Monday) is provisional
		var fresh = new OfficialCalendar();
		LocalDate monday = LocalDate.parse("2026-12-28");
		assertThat(fresh.days(monday, monday).get(0).provisional()).isTrue();
		assertThat(fresh.days(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-24")).get(0).provisional())
			.isFalse();
		// when a (made-up) 2027 notice is loaded that does not touch December 2026
		fresh.load(2027, List.of("https://example.org/test-only-2027-notice"),
				List.of(new HolidayEntry(LocalDate.parse("2027-01-01"), true, "元旦")));
		// then late December 2026 is final and keeps the Monday–Friday rule
		assertThat(fresh.days(monday, monday)).containsExactly(
				new CalendarDay(monday, true, DayKind.WORKDAY, null, false));
		assertThat(fresh.addWorkingDays(LocalDate.parse("2026-12-24"), 1))
			.isEqualTo(new WorkingDayResult(LocalDate.parse("2026-12-25"), false));
	}

	@Test
	void loadingTheNextYearsNoticeRearrangesLateDecember() {
		// given a fresh calendar, where Thursday 2026-12-31 is an ordinary working day
		var fresh = new OfficialCalendar();
		assertThat(fresh.addWorkingDays(LocalDate.parse("2026-12-30"), 1))
			.isEqualTo(new WorkingDayResult(LocalDate.parse("2026-12-31"), true));
		// when a (made-up, test-only) 2027 notice makes 2026-12-31 a rest day and Saturday 2026-12-26 a working day,
		// as the 2019 notice did for December 2018
		fresh.load(2027, List.of("https://example.org/test-only-2027-notice"), List.of(
				new HolidayEntry(LocalDate.parse("2026-12-26"), false, "元旦"),
				new HolidayEntry(LocalDate.parse("2026-12-31"), true, "元旦"),
				new HolidayEntry(LocalDate.parse("2027-01-01"), true, "元旦")));
		// then the December dates of 2026 follow the 2027 notice, and the results are final
		assertThat(fresh.addWorkingDays(LocalDate.parse("2026-12-30"), 1))
			.isEqualTo(new WorkingDayResult(LocalDate.parse("2027-01-04"), false));
		assertThat(fresh.addWorkingDays(LocalDate.parse("2026-12-25"), 1))
			.isEqualTo(new WorkingDayResult(LocalDate.parse("2026-12-26"), false));
		assertThat(fresh.days(LocalDate.parse("2026-12-31"), LocalDate.parse("2026-12-31"))).containsExactly(
				new CalendarDay(LocalDate.parse("2026-12-31"), false, DayKind.HOLIDAY, "元旦", false));
		// and 2026 itself is still published by its own notice
		assertThat(fresh.isPublished(2026)).isTrue();
	}

	@Test
	void knowsWhichYearsArePublished() {
		// given the vendored files 2007..2027, 2027 without a notice
		// when asking
		// then 2007..2026 are published, 2006 (no file) and 2027 (empty file) are not
		assertThat(calendar.publishedYears()).containsExactlyElementsOf(IntStream.rangeClosed(2007, 2026).boxed().toList());
		assertThat(calendar.isPublished(2026)).isTrue();
		assertThat(calendar.isPublished(2027)).isFalse();
		assertThat(calendar.isPublished(2006)).isFalse();
	}

	@ParameterizedTest(name = "{0} + {1} CD -> {2}")
	@CsvSource(textBlock = """
			# start,     CD, period end,  nominal end
			2025-09-18,  15, 2025-10-09,  '2025-10-03 (National Day): rolls past the whole holiday week'
			2025-09-16,  15, 2025-10-09,  '2025-10-01 (National Day)'
			2025-09-26,  15, 2025-10-11,  'Saturday 2025-10-11 is a 调休 working day: no roll'
			2026-03-06,  15, 2026-03-23,  'Saturday 2026-03-21: rolls to Monday'
			2025-09-08,  15, 2025-09-23,  'Tuesday: no roll'
			2025-08-05,  60, 2025-10-09,  '2025-10-04, a holiday Saturday'
			""")
	void rollsACalendarDayPeriodEndingOnARestDay(LocalDate start, int calendarDays, LocalDate end, String nominal) {
		// given a period in calendar days (民事诉讼法 Art. 85)
		// when its end is computed
		WorkingDayResult result = calendar.calendarDayPeriodEnd(start, calendarDays);
		// then an end on a rest day moves to the next working day
		assertThat(result).as(nominal).isEqualTo(new WorkingDayResult(end, false));
	}

	@Test
	void marksACalendarDayPeriodEndingIn2027AsProvisional() {
		// given a 15-day period from 2026-12-20
		// when its end is computed
		WorkingDayResult result = calendar.calendarDayPeriodEnd(LocalDate.parse("2026-12-20"), 15);
		// then Monday 2027-01-04 is provisional
		assertThat(result).isEqualTo(new WorkingDayResult(LocalDate.parse("2027-01-04"), true));
	}

	@ParameterizedTest(name = "{0} + {1} months -> {2} (provisional {3})")
	@CsvSource(textBlock = """
			# start,     months, end,        provisional, nominal end
			2025-04-01,  6,      2025-10-09, false,       '2025-10-01, National Day'
			2025-11-30,  3,      2026-02-28, false,       'Saturday 2026-02-28 is a 调休 working day'
			2025-08-31,  6,      2026-02-28, false,       'no 31 February: month end, a working Saturday'
			2026-01-05,  3,      2026-04-07, false,       'Sunday 2026-04-05, 清明 04-04..04-06'
			2025-06-15,  6,      2025-12-15, false,       'Monday: no roll'
			2023-08-31,  6,      2024-02-29, false,       'leap-year month end'
			2026-08-31,  6,      2027-03-01, true,        'Sunday 2027-02-28, in an unpublished year'
			""")
	void rollsAMonthPeriodEndingOnARestDay(LocalDate start, int months, LocalDate end, boolean provisional,
			String nominal) {
		// given a period in months (民法典 Art. 202, 民事诉讼法 Art. 85)
		// when its end is computed
		WorkingDayResult result = calendar.monthPeriodEnd(start, months);
		// then it ends on the corresponding day, rolled to a working day
		assertThat(result).as(nominal).isEqualTo(new WorkingDayResult(end, provisional));
	}

	@ParameterizedTest(name = "({0}, {1}] has {2} working days")
	@CsvSource(textBlock = """
			2025-09-22, 2025-10-24,  20
			2025-09-22, 2025-11-21,  40
			2026-01-30, 2026-03-05,  20
			2023-12-31, 2024-12-31, 251
			2024-12-31, 2025-12-31, 248
			2025-12-31, 2026-12-31, 248
			2025-09-22, 2025-09-22,   0
			2025-10-24, 2025-09-22,   0
			2025-09-30, 2025-10-08,   0
			""")
	void countsWorkingDaysInAHalfOpenRange(LocalDate fromExclusive, LocalDate toInclusive, int expected) {
		// given a range (from, to]
		// when its working days are counted
		int counted = calendar.workingDaysBetween(fromExclusive, toInclusive);
		// then the count matches the notices
		assertThat(counted).isEqualTo(expected);
	}

	@Test
	void describesEachDayOfTheNationalDayWeek() {
		// given the 2025 National Day and Mid-Autumn holiday
		// when the days from Saturday 09-27 to Sunday 10-12 are listed
		List<CalendarDay> days = calendar.days(LocalDate.parse("2025-09-27"), LocalDate.parse("2025-10-12"));
		// then each day says why it is or is not a working day
		assertThat(days).extracting(CalendarDay::kind).containsExactly(DayKind.WEEKEND, DayKind.ADJUSTED_WORKDAY,
				DayKind.WORKDAY, DayKind.WORKDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY,
				DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WORKDAY, DayKind.WORKDAY,
				DayKind.ADJUSTED_WORKDAY, DayKind.WEEKEND);
		assertThat(days).filteredOn(day -> day.kind() == DayKind.HOLIDAY)
			.extracting(CalendarDay::holidayName)
			.containsOnly("国庆节、中秋节");
		assertThat(days).allSatisfy(day -> assertThat(day.provisional()).isFalse());
	}

	@Test
	void treatsUnpublishedYearsOnTheMondayToFridayRule() {
		// given 2006 has no file of its own, but 2007.json lists Sunday 2006-12-31 as a working day
		// when 2006 days are described
		List<CalendarDay> days = calendar.days(LocalDate.parse("2006-12-29"), LocalDate.parse("2006-12-31"));
		// then the listed entry is used, and every day is provisional
		assertThat(days).containsExactly(
				new CalendarDay(LocalDate.parse("2006-12-29"), true, DayKind.WORKDAY, null, true),
				new CalendarDay(LocalDate.parse("2006-12-30"), true, DayKind.ADJUSTED_WORKDAY, "元旦", true),
				new CalendarDay(LocalDate.parse("2006-12-31"), true, DayKind.ADJUSTED_WORKDAY, "元旦", true));
	}

	@Test
	void rejectsFewerThanOneWorkingDay() {
		// given a date
		LocalDate date = LocalDate.parse("2025-09-22");
		// when adding 0 or a negative number of working days
		// then the arguments are rejected
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(date, 0))
			.withMessageContaining("workingDays");
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(date, -5));
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.calendarDayPeriodEnd(date, 0))
			.withMessageContaining("calendarDays");
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.monthPeriodEnd(date, 0))
			.withMessageContaining("months");
	}

	@Test
	void rejectsAnInvertedOrTooLongRangeOfDays() {
		// given ranges that are inverted or longer than 366 days
		LocalDate from = LocalDate.parse("2025-01-01");
		// when days are listed
		// then the range is rejected; exactly 366 days is accepted
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.days(from, from.minusDays(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.days(from, from.plusDays(366)))
			.withMessageContaining("366");
		assertThat(calendar.days(from, from.plusDays(365))).hasSize(366);
	}

	@Test
	void loadingANewlyPublishedYearMakesItsComputationsFinal() {
		// given a fresh calendar, where Wednesday 2026-12-30 + 2 WD lands provisionally on Friday 2027-01-01
		var fresh = new OfficialCalendar();
		assertThat(fresh.addWorkingDays(LocalDate.parse("2026-12-30"), 2))
			.isEqualTo(new WorkingDayResult(LocalDate.parse("2027-01-01"), true));
		// when an administrator loads a (made-up, test-only) 2027 notice with 2027-01-01 off
		fresh.load(2027, List.of("https://example.org/test-only-2027-notice"),
				List.of(new HolidayEntry(LocalDate.parse("2027-01-01"), true, "元旦")));
		// then 2027 is published and the same computation is final and skips the new holiday
		assertThat(fresh.isPublished(2027)).isTrue();
		assertThat(fresh.publishedYears()).contains(2027);
		assertThat(fresh.addWorkingDays(LocalDate.parse("2026-12-30"), 2))
			.isEqualTo(new WorkingDayResult(LocalDate.parse("2027-01-04"), false));
		// and the shared calendar is untouched
		assertThat(calendar.isPublished(2027)).isFalse();
	}

	@Test
	void reloadingAYearReplacesAllOfItsEntries() {
		// given a fresh calendar, where Thursday 2026-10-01 is National Day and Saturday 2026-10-10 works
		var fresh = new OfficialCalendar();
		// when 2026 is reloaded with an empty list of days
		fresh.load(2026, List.of("https://example.org/test-only-correction"), List.of());
		// then the old 2026 entries are gone and the Monday–Friday rule applies
		assertThat(fresh.isWorkingDay(LocalDate.parse("2026-10-01"))).isTrue();
		assertThat(fresh.isWorkingDay(LocalDate.parse("2026-10-10"))).isFalse();
		assertThat(fresh.isPublished(2026)).isTrue();
		// and other years are kept
		assertThat(fresh.isWorkingDay(LocalDate.parse("2025-10-01"))).isFalse();
	}

	@Test
	void loadingAYearWithoutANoticeLeavesItUnpublished() {
		// given a fresh calendar
		var fresh = new OfficialCalendar();
		// when 2027 is loaded with no papers
		fresh.load(2027, List.of(), List.of(new HolidayEntry(LocalDate.parse("2027-01-01"), true, "元旦")));
		// then its data is used but results stay provisional
		assertThat(fresh.isPublished(2027)).isFalse();
		assertThat(fresh.addWorkingDays(LocalDate.parse("2026-12-31"), 1))
			.isEqualTo(new WorkingDayResult(LocalDate.parse("2027-01-04"), true));
	}

	@Test
	void rejectsANoticeListingADateTwiceOrFarOutsideItsYear() {
		// given a fresh calendar
		var fresh = new OfficialCalendar();
		var newYear = new HolidayEntry(LocalDate.parse("2027-01-01"), true, "元旦");
		// when loading malformed data
		// then it is rejected and the calendar is unchanged
		assertThatIllegalArgumentException()
			.isThrownBy(() -> fresh.load(2027, List.of("https://example.org/x"), List.of(newYear, newYear)))
			.withMessageContaining("twice");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> fresh.load(2027, List.of("https://example.org/x"),
					List.of(new HolidayEntry(LocalDate.parse("2029-01-01"), true, "元旦"))))
			.withMessageContaining("2029-01-01");
		assertThat(fresh.isPublished(2027)).isFalse();
	}

	@Test
	void letsTheLaterNoticeDecideADateListedInTwoFiles() {
		// given two notices that both list Saturday 2030-12-28, the later one as a working day
		var twoNotices = new OfficialCalendar(List.of(
				new YearNotice(2030, List.of("https://example.org/2030"),
						List.of(new HolidayEntry(LocalDate.parse("2030-12-28"), true, "test"))),
				new YearNotice(2031, List.of("https://example.org/2031"),
						List.of(new HolidayEntry(LocalDate.parse("2030-12-28"), false, "元旦")))));
		// when the date is looked up
		// then the 2031 notice wins
		assertThat(twoNotices.isWorkingDay(LocalDate.parse("2030-12-28"))).isTrue();
	}
}
