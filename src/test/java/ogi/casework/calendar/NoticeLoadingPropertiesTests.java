package ogi.casework.calendar;

import static ogi.casework.support.Theories.dates;
import static ogi.casework.support.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Laws of loading a newly published year (spec §9.2): what was provisional while the notice was missing becomes final
 * once it is loaded, and is then counted on the notice's dates.
 */
class NoticeLoadingPropertiesTests {

	private static final List<YearNotice> VENDORED = OfficialCalendar.readNotices(OfficialCalendar.LOCATION);

	private static final OfficialCalendar unpublished = new OfficialCalendar(VENDORED);

	@Test
	void aProvisionalResultBecomesFinalWhenItsYearIsLoaded() {
		qt(1000).forAll(dates("2026-12-24", "2027-10-31"), integers().between(1, 30)).checkAssert((from, n) -> {
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
		});
	}

	@Test
	void loadingAYearLeavesEveryEarlierDateAlone() {
		qt(1000).forAll(dates("2008-01-01", "2026-12-24")).checkAssert(date -> {
			// given a date before the last days of 2026
			// when the synthetic 2027 notice, which lists no 2026 dates, is loaded
			var loaded = new OfficialCalendar(VENDORED);
			loaded.load(2027, List.of(SyntheticNotices.ADDRESS_2027), SyntheticNotices.DAYS_2027);

			// then the date is described exactly as before
			assertThat(loaded.days(date, date)).isEqualTo(unpublished.days(date, date));
		});
	}
}
