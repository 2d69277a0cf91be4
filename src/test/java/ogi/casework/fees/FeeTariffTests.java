package ogi.casework.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tariffs of 国办函〔2020〕109号 Arts. 4–5 (spec F-3, F-4) against worked examples computed by hand. */
class FeeTariffTests {

	@ParameterizedTest(name = "{0} items in a month cost ¥{1}")
	@CsvSource({ "1, 0", "10, 0", "11, 100", "30, 2000", "31, 2200", "40, 4000", "41, 4300", "45, 5500", "50, 7000",
			"51, 7400", "60, 11000" })
	void chargesItemsProgressivelyWithinTheMonth(int items, int yuan) {
		assertThat(FeeTariff.charge(FeeMethod.PER_ITEM, 0, items).amount()).isEqualTo(amount(yuan));
	}

	@ParameterizedTest(name = "{0} pages cost ¥{1}")
	@CsvSource({ "1, 0", "30, 0", "31, 10", "100, 700", "101, 720", "200, 2700", "201, 2740", "250, 4700" })
	void chargesPagesProgressivelyPerApplication(int pages, int yuan) {
		assertThat(FeeTariff.charge(FeeMethod.PER_PAGE, 0, pages).amount()).isEqualTo(amount(yuan));
	}

	@Test
	void fortyFiveItemsInAMonthCostFiveThousandFiveHundredBandByBand() {
		var charge = FeeTariff.charge(FeeMethod.PER_ITEM, 0, 45);

		assertThat(charge.amount()).isEqualTo(new BigDecimal("5500.00"));
		assertThat(charge.lines()).containsExactly("items 1–10: 10 free", "items 11–30: 20 × ¥100 = ¥2,000",
				"items 31–40: 10 × ¥200 = ¥2,000", "items 41–45: 5 × ¥300 = ¥1,500");
	}

	@Test
	void twoHundredFiftyPagesCostFourThousandSevenHundred() {
		var charge = FeeTariff.charge(FeeMethod.PER_PAGE, 0, 250);

		assertThat(charge.lines()).containsExactly("pages 1–30: 30 free", "pages 31–100: 70 × ¥10 = ¥700",
				"pages 101–200: 100 × ¥20 = ¥2,000", "pages 201–250: 50 × ¥40 = ¥2,000");
		assertThat(charge.amount()).isEqualTo(new BigDecimal("4700.00"));
	}

	@Test
	void chargesOnlyTheItemsAfterThoseCountedEarlierInTheMonth() {
		var first = FeeTariff.charge(FeeMethod.PER_ITEM, 0, 20);
		var second = FeeTariff.charge(FeeMethod.PER_ITEM, 20, 15);
		var third = FeeTariff.charge(FeeMethod.PER_ITEM, 35, 10);

		assertThat(first.amount()).isEqualTo(amount(1000));
		assertThat(second.amount()).isEqualTo(amount(2000));
		assertThat(second.lines()).containsExactly("items 21–30: 10 × ¥100 = ¥1,000", "items 31–35: 5 × ¥200 = ¥1,000");
		assertThat(third.amount()).isEqualTo(amount(2500));
		assertThat(third.lines()).containsExactly("items 36–40: 5 × ¥200 = ¥1,000", "items 41–45: 5 × ¥300 = ¥1,500");
		assertThat(first.amount().add(second.amount()).add(third.amount())).isEqualTo(amount(5500));
	}

	@Test
	void namesASingleItemAlone() {
		assertThat(FeeTariff.charge(FeeMethod.PER_ITEM, 10, 1).lines()).containsExactly("item 11: 1 × ¥100 = ¥100");
	}

	@Test
	void raisesTheRateByOneHundredYuanWithEachBandOfTenAfterThirty() {
		assertThat(FeeTariff.itemBand(31)).isEqualTo(new FeeTariff.Band(31, 40, 200));
		assertThat(FeeTariff.itemBand(50)).isEqualTo(new FeeTariff.Band(41, 50, 300));
		assertThat(FeeTariff.itemBand(101)).isEqualTo(new FeeTariff.Band(101, 110, 900));
	}

	private static BigDecimal amount(int yuan) {
		return BigDecimal.valueOf(yuan).setScale(2);
	}
}
