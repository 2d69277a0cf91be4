package ogi.casework.litigation;

import java.time.LocalDate;

/**
 * Legal staff reopen a linked case as a new reply cycle because a decision ordered a new reply (复议法 Arts. 64, 66;
 * 行诉法 Arts. 70, 72). Published synchronously: the case module reopens the case in the same transaction, and a
 * refusal there rolls the reopening back.
 *
 * @param decisionReceivedOn day 0 of the new reply period
 * @param replyWorkingDays the new reply period in working days, or null when the decision sets a date
 * @param fixedReplyDueOn the reply date the decision sets, or null
 * @param basis where the period comes from, in words
 */
public record CaseReopeningOrdered(String agencyCode, String caseNumber, long matterId, String decision,
		LocalDate decisionReceivedOn, Integer replyWorkingDays, LocalDate fixedReplyDueOn, String basis,
		String actor) {
}
