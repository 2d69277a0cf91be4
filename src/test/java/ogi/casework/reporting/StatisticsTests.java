package ogi.casework.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The percentiles of the working days taken use the nearest rank. */
class StatisticsTests {

	@Test
	void nearestRankPercentileIsAValueOfTheList() {
		var days = List.of(0, 3, 5, 8, 12, 15, 18, 19, 20, 31);

		assertThat(StatisticsManagement.nearestRank(days, 50)).isEqualTo(12);
		assertThat(StatisticsManagement.nearestRank(days, 90)).isEqualTo(20);
		assertThat(StatisticsManagement.nearestRank(List.of(7), 90)).isEqualTo(7);
		assertThat(StatisticsManagement.nearestRank(List.of(), 50)).isNull();
	}
}
