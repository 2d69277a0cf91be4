package ogi.casework.fees;

import static ogi.casework.support.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * 国办函〔2020〕109号 Arts. 3–5: the tariffs are progressive on the excess, so splitting units across notices never
 * changes what they cost together.
 */
class FeeTariffPropertiesTests {

	@Test
	void splittingAMonthsItemsAcrossApplicationsNeverChangesTheMonthsTotal() {
		qt(1000).forAll(lists().of(integers().between(1, 40)).ofSizeBetween(1, 8))
				.checkAssert(applications -> assertThat(sumOfMarginalCharges(FeeMethod.PER_ITEM, applications))
						.isEqualTo(FeeTariff.charge(FeeMethod.PER_ITEM, 0, total(applications)).amount()));
	}

	@Test
	void splittingAnApplicationsPagesAcrossNoticesNeverChangesItsTotal() {
		qt(1000).forAll(lists().of(integers().between(1, 150)).ofSizeBetween(1, 6))
				.checkAssert(notices -> assertThat(sumOfMarginalCharges(FeeMethod.PER_PAGE, notices))
						.isEqualTo(FeeTariff.charge(FeeMethod.PER_PAGE, 0, total(notices)).amount()));
	}

	@Test
	void oneMoreUnitNeverCostsLess() {
		qt(1000).forAll(integers().between(0, 400), integers().between(1, 400)).checkAssert((earlier, quantity) -> {
			for (FeeMethod method : FeeMethod.values()) {
				var charge = FeeTariff.charge(method, earlier, quantity).amount();
				var more = FeeTariff.charge(method, earlier, quantity + 1).amount();
				var later = FeeTariff.charge(method, earlier + 1, quantity).amount();
				assertThat(more).isGreaterThanOrEqualTo(charge);
				assertThat(later).as("the same units later in the month").isGreaterThanOrEqualTo(charge);
			}
		});
	}

	@Test
	void theBandLinesAddUpToTheAmount() {
		qt(1000).forAll(integers().between(0, 300), integers().between(1, 300)).checkAssert((earlier, quantity) -> {
			var charge = FeeTariff.charge(FeeMethod.PER_ITEM, earlier, quantity);

			int units = charge.lines().stream()
					.mapToInt(line -> Integer.parseInt(line.replaceAll("^[^:]*: (\\d+) .*$", "$1"))).sum();
			assertThat(units).isEqualTo(quantity);
			assertThat(charge.amount().scale()).isEqualTo(2);
		});
	}

	private static BigDecimal sumOfMarginalCharges(FeeMethod method, List<Integer> parts) {
		BigDecimal sum = BigDecimal.ZERO;
		int counted = 0;
		for (int part : parts) {
			sum = sum.add(FeeTariff.charge(method, counted, part).amount());
			counted += part;
		}
		return sum;
	}

	private static int total(List<Integer> parts) {
		return parts.stream().mapToInt(Integer::intValue).sum();
	}
}
