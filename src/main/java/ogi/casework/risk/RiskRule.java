package ogi.casework.risk;

/**
 * The explainable rules of the risk assessment, each with the article or guidance it relates to and a default weight
 * that {@code ogi.risk.weights.<key>} overrides.
 */
public enum RiskRule {

	/** Art. 36(3): a refusal is the reply most often challenged; it is reconsidered before any lawsuit (G-2). */
	REFUSAL("refusal", 40, "Art. 36(3); reconsideration first (G-2)"),
	/** Art. 37: withheld parts each need a ground and reasons the applicant can contest. */
	PARTIAL_DISCLOSURE("partial-disclosure", 25, "Arts. 36(3), 37"),
	/**
	 * Art. 36(4)/(5): "does not exist" or "not ours" rests on a sufficient and reasonable search; without a complete
	 * search record the agency cannot prove it (spec §8.2, SPC Guiding Case 101; §8.3 item 6).
	 */
	INCOMPLETE_SEARCH_RECORD("incomplete-search-record", 60, "Art. 36(4)/(5); spec §8.2 Guiding Case 101, §8.3 item 6"),
	/**
	 * Art. 33(2): no reply within the period is itself a ground for reconsideration (Art. 51). Weighted MEDIUM alone:
	 * holding a late disclosure for legal review would only make it later; with contestable content it reaches HIGH.
	 */
	OVERDUE("overdue", 50, "Arts. 33(2), 51"),
	/** Art. 33(2): the reply is due within a few working days. */
	DUE_SOON("due-soon", 15, "Art. 33(2)"),
	/** Art. 33(2): an extension must be noticed before the period ends; a later notice does not extend it. */
	LATE_EXTENSION_NOTICE("late-extension-notice", 40, "Art. 33(2)"),
	/**
	 * Arts. 15, 32: disclosure over a third party's objection because withholding would seriously harm the public
	 * interest; the agency bears the burden of that weighing if the third party sues (spec §8.2).
	 */
	PUBLIC_INTEREST_OVERRIDE("public-interest-override", 40, "Arts. 15, 32; spec R-32"),
	/** Art. 32: a third party objected to disclosure and the reply does not withhold. */
	THIRD_PARTY_OBJECTION("third-party-objection", 30, "Art. 32"),
	/** Art. 51: the applicant has sought reconsideration or sued about other cases (not this one). */
	EARLIER_REMEDIES("earlier-remedies", 40, "Art. 51; spec §7"),
	/** Art. 35: many applications from one applicant in a short time. */
	FREQUENT_APPLICANT("frequent-applicant", 20, "Art. 35"),
	/** Spec §8.3 item 10 (国办公开办函〔2016〕235号): without proof of delivery the agency cannot show when the remedy periods began. */
	MISSING_DELIVERY_PROOF("missing-delivery-proof", 30, "国办公开办函〔2016〕235号; spec §8.3 item 10");

	private final String key;

	private final int defaultWeight;

	private final String basis;

	RiskRule(String key, int defaultWeight, String basis) {
		this.key = key;
		this.defaultWeight = defaultWeight;
		this.basis = basis;
	}

	/** The rule whose settings key is {@code key}. */
	public static java.util.Optional<RiskRule> byKey(String key) {
		return java.util.Arrays.stream(values()).filter(rule -> rule.key.equals(key)).findFirst();
	}

	/** The settings key under {@code ogi.risk.weights}. */
	public String key() {
		return key;
	}

	public int defaultWeight() {
		return defaultWeight;
	}

	/** The article or guidance the rule relates to. */
	public String basis() {
		return basis;
	}
}
