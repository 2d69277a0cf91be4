package ogi.casework.litigation;

import java.time.LocalDate;

/**
 * Legal staff reopen a linked case as a new reply cycle because a decision ordered a new reply (复议法 Arts. 64, 66;
 * 行诉法 Arts. 70, 72). Published synchronously: the case module reopens the case in the same transaction, and a
 * refusal there rolls the reopening back.
 *
 * @param decisionReceivedOn day 0 of the new reply period
 * @param replyDueOn the new reply deadline
 * @param basis where the period comes from, in words
 */
public record CaseReopeningOrdered(String agencyCode, String caseNumber, long matterId, String decision,
		LocalDate decisionReceivedOn, LocalDate replyDueOn, String basis, String actor) {
}
