package ogi.casework.risk;

import java.time.Instant;
import java.util.List;

/** A case's litigation-risk level, its score (the sum of the weights of the rules that fired) and the reasons. */
public record RiskAssessment(String agencyCode, String caseNumber, RiskLevel level, int score,
		List<RiskReason> reasons, Instant assessedAt) {
}
