package ogi.casework.risk;

import ogi.casework.shared.CaseStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's litigation-risk level, its score (the sum of the weights of the rules that fired) and the reasons, with
 * why the case is watched at all.
 *
 * @param caseStatus the case's status as last reported by a case event, or null if none was seen yet
 * @param inScope the case is open or its reply still within a remedy window, so it is listed by risk
 * @param replyDue the reply's due date as it stands, or null
 * @param remedyUntil the last day of the latest running reconsideration or litigation window, or null
 */
public record RiskAssessment(String agencyCode, String caseNumber, CaseStatus caseStatus, RiskLevel level, int score,
		List<RiskReason> reasons, boolean inScope, LocalDate replyDue, LocalDate remedyUntil, Instant assessedAt) {

	public RiskAssessment {
		reasons = reasons == null ? List.of() : List.copyOf(reasons);
	}
}
