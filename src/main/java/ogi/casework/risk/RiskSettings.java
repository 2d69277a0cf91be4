package ogi.casework.risk;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agency's risk policy — all of it a choice, none of it law: rule weights, the score thresholds of the levels,
 * the level from which a reply goes through legal review before it is signed off, and what makes an applicant's
 * history count.
 *
 * @param legalReviewLevel a reply whose case is at or above this level goes to legal staff after review
 * @param mediumFrom the score from which a case is MEDIUM
 * @param highFrom the score from which a case is HIGH
 * @param weights rule key ({@link RiskRule#key()}, e.g. {@code ogi.risk.weights.refusal=40}) to weight; a rule not
 *        listed keeps its default weight, a weight of 0 turns the rule off
 * @param dueSoonWorkingDays a reply due within this many working days counts as due soon
 * @param frequentApplicantCount this many applications of one applicant within {@code frequentApplicantWindow}
 *        (this one included) make a frequent applicant
 * @param frequentApplicantWindow how far back applications are counted
 * @param remedyHistoryWindow how far back the applicant's earlier applications are searched for reconsiderations
 *        and lawsuits
 */
@ConfigurationProperties("ogi.risk")
public record RiskSettings(
		@DefaultValue("HIGH") RiskLevel legalReviewLevel,
		@DefaultValue("30") int mediumFrom,
		@DefaultValue("60") int highFrom,
		Map<String, Integer> weights,
		@DefaultValue("3") int dueSoonWorkingDays,
		@DefaultValue("10") int frequentApplicantCount,
		@DefaultValue("P1Y") Period frequentApplicantWindow,
		@DefaultValue("P3Y") Period remedyHistoryWindow) {

	public RiskSettings {
		weights = weights == null ? Map.of() : Map.copyOf(weights);
		if (mediumFrom < 1 || highFrom < mediumFrom) {
			throw new IllegalArgumentException(
					"ogi.risk.medium-from must be at least 1 and ogi.risk.high-from not below it");
		}
		for (var entry : weights.entrySet()) {
			if (RiskRule.byKey(entry.getKey()).isEmpty()) {
				throw new IllegalArgumentException("ogi.risk.weights." + entry.getKey() + ": no such rule; rules are "
						+ String.join(", ", java.util.Arrays.stream(RiskRule.values()).map(RiskRule::key).toList()));
			}
			if (entry.getValue() == null || entry.getValue() < 0) {
				throw new IllegalArgumentException("ogi.risk.weights." + entry.getKey() + " must be 0 or more");
			}
		}
	}

	/** The defaults, for tests and tools. */
	public static RiskSettings defaults() {
		return new RiskSettings(RiskLevel.HIGH, 30, 60, Map.of(), 3, 10, Period.ofYears(1), Period.ofYears(3));
	}

	/** The same policy with other weights. */
	public RiskSettings withWeights(Map<String, Integer> newWeights) {
		return new RiskSettings(legalReviewLevel, mediumFrom, highFrom, newWeights, dueSoonWorkingDays,
				frequentApplicantCount, frequentApplicantWindow, remedyHistoryWindow);
	}

	/** The level a score falls in. */
	public RiskLevel levelOf(int score) {
		return score >= highFrom ? RiskLevel.HIGH : score >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.LOW;
	}

	/** The configured weight of a rule, or its default. */
	public int weight(RiskRule rule) {
		return weights.getOrDefault(rule.key(), rule.defaultWeight());
	}
}
