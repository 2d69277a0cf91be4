package ogi.casework.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two progressive tariffs of 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号): per item (Art. 4, spec F-3) and
 * per page (Art. 5, spec F-4), both "按照超额累进方式" (Art. 3, spec F-2) — every unit is charged at the rate of the
 * band it falls in, so a charge depends only on where the application's units start and how many there are.
 * <p>
 * Per item, the units are the applicant's items in one calendar month across the agency's cases: items 1–10 are free,
 * items 11–30 cost ¥100 each, and from item 31 on 「以10件为一档，每增加一档，收费标准提高100元/件」. Reading that as items
 * 31–40 at ¥200, 41–50 at ¥300 and so on is spec F-3's reading [I], not verified text; it gives the spec's worked
 * example, 45 items in a month = 20 × 100 + 10 × 200 + 5 × 300 = ¥5,500. Per page, the units are the pages of one
 * application: pages 1–30 free, 31–100 ¥10, 101–200 ¥20, from 201 ¥40 each.
 * <p>
 * Because each unit's price depends only on its position, charging an application the marginal price of its units
 * after the units counted before it makes the month's (or the application's) total independent of how the units were
 * split — the property {@code FeeTariffPropertiesTests} checks.
 */
final class FeeTariff {

	/** Art. 4: up to 10 items a month are free (含10件). */
	static final int FREE_ITEMS = 10;

	/** Art. 4: items 11–30 (含30件) at ¥100 each; the banded part starts after item 30. */
	static final int FIRST_ITEM_BAND_END = 30;

	/** Art. 4: 「以10件为一档」. */
	static final int ITEM_BAND_WIDTH = 10;

	/** Art. 4: ¥100 per item in the first charged band, and ¥100 more per item with each further band [I]. */
	static final long ITEM_RATE_STEP = 100;

	/** Art. 5: the page bands, as {first page, last page, yuan per page}; the last band is open. */
	private static final long[][] PAGE_BANDS = { { 1, 30, 0 }, { 31, 100, 10 }, { 101, 200, 20 },
			{ 201, Long.MAX_VALUE, 40 } };

	private FeeTariff() {
	}

	/**
	 * The charge for {@code quantity} units following {@code earlier} units already counted under the same method —
	 * for {@link FeeMethod#PER_ITEM} the applicant's earlier items of the calendar month, for
	 * {@link FeeMethod#PER_PAGE} the application's earlier pages.
	 */
	static Charge charge(FeeMethod method, long earlier, long quantity) {
		if (earlier < 0 || quantity < 1) {
			throw new IllegalArgumentException("earlier " + earlier + " must be ≥ 0 and quantity " + quantity + " ≥ 1");
		}
		String unit = method == FeeMethod.PER_ITEM ? "item" : "page";
		long first = earlier + 1;
		long last = earlier + quantity;
		BigDecimal total = BigDecimal.ZERO;
		List<String> lines = new ArrayList<>();
		for (long position = first; position <= last;) {
			Band band = method == FeeMethod.PER_ITEM ? itemBand(position) : pageBand(position);
			long end = Math.min(last, band.last());
			long count = end - position + 1;
			BigDecimal amount = BigDecimal.valueOf(band.rate()).multiply(BigDecimal.valueOf(count));
			total = total.add(amount);
			String range = position == end ? unit + " " + position : unit + "s " + position + "–" + end;
			lines.add(band.rate() == 0 ? range + ": " + count + " free"
					: range + ": " + count + " × " + yuan(BigDecimal.valueOf(band.rate())) + " = " + yuan(amount));
			position = end + 1;
		}
		return new Charge(total.setScale(2, RoundingMode.UNNECESSARY), List.copyOf(lines));
	}

	/** Art. 4 (spec F-3): the band of the {@code position}-th item of the applicant's month. */
	static Band itemBand(long position) {
		if (position <= FREE_ITEMS) {
			return new Band(1, FREE_ITEMS, 0);
		}
		if (position <= FIRST_ITEM_BAND_END) {
			return new Band(FREE_ITEMS + 1, FIRST_ITEM_BAND_END, ITEM_RATE_STEP);
		}
		long band = (position - FIRST_ITEM_BAND_END - 1) / ITEM_BAND_WIDTH;
		long start = FIRST_ITEM_BAND_END + 1 + band * ITEM_BAND_WIDTH;
		return new Band(start, start + ITEM_BAND_WIDTH - 1, ITEM_RATE_STEP * (band + 2));
	}

	/** Art. 5 (spec F-4): the band of the {@code position}-th page of the application. */
	static Band pageBand(long position) {
		for (long[] band : PAGE_BANDS) {
			if (position <= band[1]) {
				return new Band(band[0], band[1], band[2]);
			}
		}
		throw new IllegalStateException("the last page band is open");
	}

	/** Whole yuan as {@code ¥2,000}, fractions only where there are any. */
	static String yuan(BigDecimal amount) {
		var format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return "¥" + format.format(amount);
	}

	/** Units {@code first}…{@code last} (inclusive) at {@code rate} yuan each. */
	record Band(long first, long last, long rate) {
	}

	/** What units cost: the amount in yuan (scale 2) and one line per band touched, in order. */
	record Charge(BigDecimal amount, List<String> lines) {
	}
}
