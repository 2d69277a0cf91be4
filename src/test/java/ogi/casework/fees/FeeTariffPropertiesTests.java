package ogi.casework.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * 国办函〔2020〕109号 Arts. 3–5: the tariffs are progressive on the excess, so splitting units across notices never
 * changes what they cost together.
 */
class FeeTariffPropertiesTests {

	@Property(tries = 500)
	void splittingAMonthsItemsAcrossApplicationsNeverChangesTheMonthsTotal(
			@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 40) Integer> applications) {
		assertThat(sumOfMarginalCharges(FeeMethod.PER_ITEM, applications))
				.isEqualTo(FeeTariff.charge(FeeMethod.PER_ITEM, 0, total(applications)).amount());
	}

	@Property(tries = 300)
	void splittingAnApplicationsPagesAcrossNoticesNeverChangesItsTotal(
			@ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 150) Integer> notices) {
		assertThat(sumOfMarginalCharges(FeeMethod.PER_PAGE, notices))
				.isEqualTo(FeeTariff.charge(FeeMethod.PER_PAGE, 0, total(notices)).amount());
	}

	@Property(tries = 300)
	void oneMoreUnitNeverCostsLess(@ForAll @IntRange(min = 0, max = 400) int earlier,
			@ForAll @IntRange(min = 1, max = 400) int quantity) {
		for (FeeMethod method : FeeMethod.values()) {
			var charge = FeeTariff.charge(method, earlier, quantity).amount();
			var more = FeeTariff.charge(method, earlier, quantity + 1).amount();
			var later = FeeTariff.charge(method, earlier + 1, quantity).amount();
			assertThat(more).isGreaterThanOrEqualTo(charge);
			assertThat(later).as("the same units later in the month").isGreaterThanOrEqualTo(charge);
		}
	}

	@Property(tries = 200)
	void theBandLinesAddUpToTheAmount(@ForAll @IntRange(min = 0, max = 300) int earlier,
			@ForAll @IntRange(min = 1, max = 300) int quantity) {
		var charge = FeeTariff.charge(FeeMethod.PER_ITEM, earlier, quantity);

		int units = charge.lines().stream().mapToInt(line -> Integer.parseInt(line.replaceAll("^[^:]*: (\\d+) .*$", "$1")))
				.sum();
		assertThat(units).isEqualTo(quantity);
		assertThat(charge.amount().scale()).isEqualTo(2);
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
