package ogi.casework.review;

import java.time.Instant;

/** One recorded approval or return of a draft version. */
public record ReviewDecision(String agencyCode, String caseNumber, ReviewStage stage, int draftVersion,
		Verdict verdict, String reason, String decidedBy, Instant decidedAt) {
}
