package ogi.casework.litigation;

import java.time.Instant;
import java.time.LocalDate;

/** A matter as stored in {@code litigation_matter}, before its cases, hearings and filings are read. */
record MatterRow(Long id, String agencyCode, MatterKind kind, String body, String referenceNumber,
		LocalDate copyReceivedOn, Procedure procedureKind, Long earlierMatterId, DecisionType decision,
		LocalDate decidedOn, LocalDate decisionReceivedOn, boolean newReplyOrdered, Integer orderedReplyWorkingDays,
		LocalDate orderedReplyDueOn, ServedDocument servedDocument, LocalDate servedOn, LocalDate appealLodgedOn,
		AppealParty appealLodgedBy, DecisionType secondInstanceDecision, LocalDate secondInstanceDecidedOn,
		String registeredBy, Instant registeredAt) {
}
