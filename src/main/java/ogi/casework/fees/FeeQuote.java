package ogi.casework.fees;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the tariff of 国办函〔2020〕109号 charges for one application: the method, the units charged, the units counted
 * before them, the amount in yuan (scale 2), one line per band and the basis in words, for the fee notice (spec F-5
 * asks it to state 依据、标准、数额).
 *
 * @param method per item (Art. 4) or per page (Art. 5), never both for one application (Art. 3)
 * @param quantity the items or pages of this application being charged
 * @param earlierQuantity per item, the applicant's items already noticed in the same calendar month; per page, the
 *        application's pages already noticed
 * @param amount the charge in yuan, scale 2
 * @param lines the computation band by band, e.g. {@code items 11–30: 20 × ¥100 = ¥2,000}
 * @param basis the document, article and tariff applied, and what was counted before
 */
public record FeeQuote(FeeMethod method, int quantity, int earlierQuantity, BigDecimal amount, List<String> lines,
		String basis) {

	public FeeQuote {
		lines = List.copyOf(lines);
	}

	/** Whether the tariff charges nothing, so no fee notice is sent. */
	public boolean isFree() {
		return amount.signum() == 0;
	}

	/** The basis, the computation and the total in one sentence, as the notice records it. */
	public String explanation() {
		return basis + ". " + String.join("; ", lines) + "; total " + FeeTariff.yuan(amount);
	}
}
