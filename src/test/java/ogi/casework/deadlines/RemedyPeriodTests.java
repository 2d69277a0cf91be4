package ogi.casework.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reconsideration and litigation periods in calendar days and months, rolled past rest days (民事诉讼法 Art. 85). */
class RemedyPeriodTests {

	final DeadlineManagement deadlines = ExtensionPropertiesTests.deadlinesOn(LocalDate.of(2026, 9, 1));

	@ParameterizedTest(name = "{0} from {1} ends {2}")
	@CsvSource({
			// T21: complaint received Thu 2026-09-17 → 15th day Fri 10-02 is in the National Day week → Thu 10-08.
			"T21, 2026-09-17, 2026-10-08",
			// T21 ending on an ordinary working day stays.
			"T21, 2026-03-02, 2026-03-17",
			// T21 ending on Sat 2026-10-10, a 调休 working Saturday, is not rolled: it is not a rest day.
			"T21, 2026-09-25, 2026-10-10",
			// T12: 60 days from Mon 2026-08-03 → Fri 10-02 (holiday) → Thu 10-08.
			"T12, 2026-08-03, 2026-10-08",
			// T18: 15 days from Fri 2026-01-30 → Sat 02-14, a 调休 working day: stays.
			"T18, 2026-01-30, 2026-02-14",
			// T23: 15 days from Mon 2026-02-09 → Tue 02-24, the first working day after the Spring Festival.
			"T23, 2026-02-09, 2026-02-24",
			// T19: 6 months from 2026-04-04 → 2026-10-04 (National Day) → Thu 10-08.
			"T19, 2026-04-04, 2026-10-08",
			// T24: 3 months from 2025-10-31 → 2026-01-31, a Saturday → Mon 02-02.
			"T24, 2025-10-31, 2026-02-02",
			// T20: 5 days from Wed 2026-12-30 → Mon 2027-01-04 (2027 not published: provisional, see below).
			"T20, 2026-12-30, 2027-01-04" })
	void endsOnTheLastDayOrTheNextWorkingDay(RemedyPeriod period, LocalDate from, LocalDate expected) {
		var end = deadlines.remedyPeriodEnd("A", period, from);

		assertThat(end.lastDay()).isEqualTo(expected);
		assertThat(end.explanation()).contains(period.name(), period.basis(), from.toString());
	}

	@Test
	void aRolledPeriodSaysWhyInItsExplanation() {
		var end = deadlines.remedyPeriodEnd("A", RemedyPeriod.T21, LocalDate.of(2026, 9, 17));

		assertThat(end.explanation()).contains("→ 2026-10-02, a rest day", "next working day 2026-10-08",
				"民事诉讼法 Art. 85");
	}

	@Test
	void aPeriodReachingAnUnpublishedYearIsProvisional() {
		assertThat(deadlines.remedyPeriodEnd("A", RemedyPeriod.T20, LocalDate.of(2026, 12, 30)).provisional()).isTrue();
		assertThat(deadlines.remedyPeriodEnd("A", RemedyPeriod.T21, LocalDate.of(2026, 3, 2)).provisional()).isFalse();
	}
}
