package ogi.casework.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Regional calendars (《全国年节及纪念日放假办法》 Art. 4) layered on the national one: the agency ALPHA follows a
 * made-up region TEST-XJ whose test-only 2026 notice makes Wednesday 2026-05-27 a rest day and Saturday 2026-05-30 a
 * working day; BETA follows the national calendar.
 */
class RegionalCalendarTests {

	static final String REGION = "TEST-XJ";

	static final YearNotice REGIONAL_2026 = new YearNotice(2026, List.of("测试政办发〔2026〕1号"), List.of(
			new HolidayEntry(LocalDate.parse("2026-05-27"), true, "古尔邦节"),
			new HolidayEntry(LocalDate.parse("2026-05-30"), false, "古尔邦节")));

	private OfficialCalendar calendar;

	@BeforeEach
	void alphaFollowsTheRegion() {
		this.calendar = new OfficialCalendar();
		this.calendar.install(new StoredCalendar(1, Map.of(), Map.of(REGION, Map.of(2026, REGIONAL_2026)),
				Map.of("ALPHA", REGION)));
	}

	@Test
	void aRegionalRestDayMovesTheResultOfAnAgencyInTheRegionOnly() {
		// given Tuesday 2026-05-26
		LocalDate tuesday = LocalDate.parse("2026-05-26");
		// when one working day is added for each agency and nationally
		// then ALPHA skips its regional rest day, BETA and the national calendar do not
		assertThat(calendar.addWorkingDays("ALPHA", tuesday, 1))
			.isEqualTo(new WorkingDayResult(LocalDate.parse("2026-05-28"), false));
		assertThat(calendar.addWorkingDays("BETA", tuesday, 1))
			.isEqualTo(new WorkingDayResult(LocalDate.parse("2026-05-27"), false));
		assertThat(calendar.addWorkingDays(tuesday, 1).date()).isEqualTo("2026-05-27");
	}

	@Test
	void aRegionalWorkingSaturdayCountsForTheRegionOnly() {
		// given Friday 2026-05-29
		LocalDate friday = LocalDate.parse("2026-05-29");
		// when one working day is added
		// then ALPHA works on Saturday 05-30, BETA resumes on Monday 06-01
		assertThat(calendar.addWorkingDays("ALPHA", friday, 1).date()).isEqualTo("2026-05-30");
		assertThat(calendar.addWorkingDays("BETA", friday, 1).date()).isEqualTo("2026-06-01");
		assertThat(calendar.isWorkingDay("ALPHA", LocalDate.parse("2026-05-30"))).isTrue();
		assertThat(calendar.isWorkingDay("BETA", LocalDate.parse("2026-05-30"))).isFalse();
	}

	@Test
	void countsWorkingDaysOnTheAgencysCalendar() {
		// given the week of 2026-05-25
		LocalDate sunday = LocalDate.parse("2026-05-24");
		// when counting (Sunday 05-24, Sunday 05-31]
		// then ALPHA loses Wednesday and gains Saturday, BETA counts Monday to Friday
		assertThat(calendar.workingDaysBetween("ALPHA", sunday, LocalDate.parse("2026-05-31"))).isEqualTo(5);
		assertThat(calendar.workingDaysBetween("ALPHA", sunday, LocalDate.parse("2026-05-29"))).isEqualTo(4);
		assertThat(calendar.workingDaysBetween("BETA", sunday, LocalDate.parse("2026-05-29"))).isEqualTo(5);
	}

	@Test
	void describesRegionalDaysWithTheirReason() {
		// given Wednesday 05-27 to Saturday 05-30
		LocalDate from = LocalDate.parse("2026-05-27");
		LocalDate to = LocalDate.parse("2026-05-30");
		// when the days are listed for each agency
		List<CalendarDay> alpha = calendar.days("ALPHA", from, to);
		List<CalendarDay> beta = calendar.days("BETA", from, to);
		// then ALPHA's say which days the region changed and why
		assertThat(alpha).containsExactly(
				new CalendarDay(from, false, DayKind.REGIONAL_HOLIDAY, "古尔邦节", false),
				new CalendarDay(LocalDate.parse("2026-05-28"), true, DayKind.WORKDAY, null, false),
				new CalendarDay(LocalDate.parse("2026-05-29"), true, DayKind.WORKDAY, null, false),
				new CalendarDay(to, true, DayKind.ADJUSTED_WORKDAY, "古尔邦节", false));
		assertThat(beta).extracting(CalendarDay::kind).containsExactly(DayKind.WORKDAY, DayKind.WORKDAY,
				DayKind.WORKDAY, DayKind.WEEKEND);
	}

	@Test
	void rollsACalendarDayPeriodPastARegionalRestDay() {
		// given a 15-day period from Tuesday 2026-05-12, whose nominal end is Wednesday 05-27
		LocalDate start = LocalDate.parse("2026-05-12");
		// when its end is computed (民事诉讼法 Art. 85)
		// then ALPHA's ends on Thursday 05-28, BETA's on the nominal day
		assertThat(calendar.calendarDayPeriodEnd("ALPHA", start, 15).date()).isEqualTo("2026-05-28");
		assertThat(calendar.calendarDayPeriodEnd("BETA", start, 15).date()).isEqualTo("2026-05-27");
		assertThat(calendar.monthPeriodEnd("ALPHA", LocalDate.parse("2026-04-27"), 1).date()).isEqualTo("2026-05-28");
	}

	@Test
	void keepsNationalHolidaysAndTheProvisionalRuleInTheRegion() {
		// given ALPHA's region lists nothing for October 2026 or for 2027
		// when counting over National Day and into the unpublished 2027
		// then the national holidays apply and the result is provisional as on the national calendar
		assertThat(calendar.addWorkingDays("ALPHA", LocalDate.parse("2026-09-30"), 1))
			.isEqualTo(new WorkingDayResult(LocalDate.parse("2026-10-08"), false));
		assertThat(calendar.addWorkingDays("ALPHA", LocalDate.parse("2026-12-15"), 20))
			.isEqualTo(calendar.addWorkingDays(LocalDate.parse("2026-12-15"), 20));
		assertThat(calendar.addWorkingDays("ALPHA", LocalDate.parse("2026-12-15"), 20).provisional()).isTrue();
	}

	@Test
	void anAgencyWithoutARegionOrInARegionWithoutDaysFollowsTheNationalCalendar() {
		// given GAMMA in a region that lists no days, and DELTA in no region
		calendar.install(new StoredCalendar(2, Map.of(), Map.of(REGION, Map.of(2026, REGIONAL_2026), "EMPTY", Map.of()),
				Map.of("ALPHA", REGION, "GAMMA", "EMPTY")));
		LocalDate tuesday = LocalDate.parse("2026-05-26");
		// when adding one working day
		// then both get the national answer
		assertThat(calendar.addWorkingDays("GAMMA", tuesday, 1).date()).isEqualTo("2026-05-27");
		assertThat(calendar.addWorkingDays("DELTA", tuesday, 1).date()).isEqualTo("2026-05-27");
		assertThat(calendar.addWorkingDays("ALPHA", tuesday, 1).date()).isEqualTo("2026-05-28");
	}

	@Test
	void undoingAnInstallPutsThePreviousDataBack() {
		// given ALPHA in the region (version 1)
		// when the region is emptied by a change whose transaction then rolls back
		Runnable undo = calendar.install(new StoredCalendar(2, Map.of(), Map.of(REGION, Map.of()),
				Map.of("ALPHA", REGION)));
		assertThat(calendar.isWorkingDay("ALPHA", LocalDate.parse("2026-05-27"))).isTrue();
		undo.run();
		// then the regional rest day is back, with the old version
		assertThat(calendar.isWorkingDay("ALPHA", LocalDate.parse("2026-05-27"))).isFalse();
		assertThat(calendar.version()).isEqualTo(1);
	}

	@Test
	void undoKeepsNewerDataInstalledSince() {
		// given a change (version 2) and, after it, a newer one (version 3)
		Runnable undo = calendar.install(new StoredCalendar(2, Map.of(), Map.of(), Map.of()));
		calendar.install(new StoredCalendar(3, Map.of(), Map.of(), Map.of("ALPHA", REGION)));
		// when the first is undone
		undo.run();
		// then the newer data stays
		assertThat(calendar.version()).isEqualTo(3);
	}

	@Test
	void refreshTakesOnlyNewerData() {
		// given the calendar at version 1
		var older = new StoredCalendar(1, Map.of(), Map.of(), Map.of());
		var newer = new StoredCalendar(2, Map.of(2027, SyntheticNotices.notice2027()), Map.of(), Map.of());
		// when refreshed with data of the same version, then with newer data
		// then only the newer data is taken
		assertThat(calendar.refresh(older)).isFalse();
		assertThat(calendar.isWorkingDay("ALPHA", LocalDate.parse("2026-05-27"))).isFalse();
		assertThat(calendar.refresh(newer)).isTrue();
		assertThat(calendar.version()).isEqualTo(2);
		assertThat(calendar.isPublished(2027)).isTrue();
		assertThat(calendar.isWorkingDay("ALPHA", LocalDate.parse("2026-05-27"))).isTrue();
	}

	@Test
	void storedNoticesReplaceTheVendoredFileOfTheirYear() {
		// given a stored correction of 2026 that lists only New Year's Day
		var correction = new YearNotice(2026, List.of("https://example.org/test-only-correction"),
				List.of(new HolidayEntry(LocalDate.parse("2026-01-01"), true, "元旦")));
		// when installed
		calendar.install(new StoredCalendar(5, Map.of(2026, correction), Map.of(), Map.of()));
		// then the vendored 2026 entries are gone (National Day is a working Thursday), other years stay
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-01-01"))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-01"))).isFalse();
		assertThat(calendar.vendoredNotice(2026)).isPresent();
	}
}
