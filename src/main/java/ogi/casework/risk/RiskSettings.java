package ogi.casework.risk;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agency's risk policy — all of it a choice, none of it law: rule weights, the score thresholds of the levels,
 * and the level from which a reply goes through legal review before it is signed off.
 *
 * @param legalReviewLevel a reply whose case is at or above this level goes to legal staff after review
 * @param mediumFrom the score from which a case is MEDIUM
 * @param highFrom the score from which a case is HIGH
 * @param weights rule code (lower case, {@code ogi.risk.weights.refusal=40}) to weight; missing codes use the rule's
 *        default weight
 */
@ConfigurationProperties("ogi.risk")
public record RiskSettings(
		@DefaultValue("HIGH") RiskLevel legalReviewLevel,
		@DefaultValue("30") int mediumFrom,
		@DefaultValue("60") int highFrom,
		Map<String, Integer> weights) {

	public RiskSettings {
		weights = weights == null ? Map.of() : Map.copyOf(weights);
		if (highFrom < mediumFrom) {
			throw new IllegalArgumentException("ogi.risk.high-from must not be below ogi.risk.medium-from");
		}
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
