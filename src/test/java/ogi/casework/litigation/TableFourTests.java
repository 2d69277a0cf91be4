package ogi.casework.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Table 4's layout and invariant (spec §6.4), and the agency's own target for the rates. */
class TableFourTests {

	@Test
	void listsTheFifteenNumbersInTheOfficialOrder() {
		var table = new TableFour(2025, List.of("A"), new TableFour.Block(1, 2, 3, 4, 10),
				new TableFour.Block(0, 1, 0, 0, 1), new TableFour.Block(5, 0, 0, 1, 6));

		assertThat(table.numbers()).containsExactly(1, 2, 3, 4, 10, 0, 1, 0, 0, 1, 5, 0, 0, 1, 6);
		assertThat(table.consistent()).isTrue();
	}

	@Test
	void reportsABlockWhoseTotalIsNotTheSumOfItsColumns() {
		var table = new TableFour(2025, List.of("A"), new TableFour.Block(1, 0, 0, 0, 2), TableFour.Block.empty(),
				TableFour.Block.empty());

		assertThat(table.consistent()).isFalse();
		assertThat(table.violations()).containsExactly("行政复议: 总计 2 ≠ 维持 1 + 纠正 0 + 其他 0 + 尚未审结 0");
	}

	@Test
	void anAgencysOwnTargetReplacesTheDefault() {
		var settings = new LitigationSettings(2, 3, 5, 8, 20, new BigDecimal("0.02"),
				Map.of("A", new BigDecimal("0.05")), Map.of(), Map.of());

		assertThat(settings.targetFor("A")).isEqualByComparingTo("0.05");
		assertThat(settings.targetFor("B")).isEqualByComparingTo("0.02");
	}
}
