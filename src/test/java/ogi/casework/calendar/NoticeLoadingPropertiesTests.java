package ogi.casework.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

/**
 * Laws of loading a newly published year (spec §9.2): what was provisional while the notice was missing becomes final
 * once it is loaded, and is then counted on the notice's dates.
 */
class NoticeLoadingPropertiesTests {

	private static final List<YearNotice> VENDORED = OfficialCalendar.readNotices(OfficialCalendar.LOCATION);

	private static final OfficialCalendar unpublished = new OfficialCalendar(VENDORED);

	@Property(tries = 300)
	void aProvisionalResultBecomesFinalWhenItsYearIsLoaded(
			@ForAll @DateRange(min = "2026-12-24", max = "2027-10-31") LocalDate from,
			@ForAll @IntRange(min = 1, max = 30) int n) {
		// given a period that looks at 2027 (or at late December 2026), while no 2027 notice is published
		assertThat(unpublished.addWorkingDays(from, n).provisional()).isTrue();

		// when the (synthetic) 2027 notice is loaded
		var loaded = new OfficialCalendar(VENDORED);
		loaded.load(2027, List.of(SyntheticNotices.ADDRESS_2027), SyntheticNotices.DAYS_2027);
		WorkingDayResult result = loaded.addWorkingDays(from, n);

		// then the same computation is final, lands on a working day of the new data, and counts n of them
		assertThat(result.provisional()).isFalse();
		assertThat(loaded.isWorkingDay(result.date())).isTrue();
		assertThat(loaded.workingDaysBetween(from, result.date())).isEqualTo(n);
	}

	@Property(tries = 200)
	void loadingAYearLeavesEveryEarlierDateAlone(
			@ForAll @DateRange(min = "2008-01-01", max = "2026-12-24") LocalDate date) {
		// given a date before the last days of 2026
		// when the synthetic 2027 notice, which lists no 2026 dates, is loaded
		var loaded = new OfficialCalendar(VENDORED);
		loaded.load(2027, List.of(SyntheticNotices.ADDRESS_2027), SyntheticNotices.DAYS_2027);

		// then the date is described exactly as before
		assertThat(loaded.days(date, date)).isEqualTo(unpublished.days(date, date));
	}
}
