package ogi.casework.casework;

import java.time.Instant;
import java.time.LocalDate;

import ogi.casework.reply.Outcome;

/** A case as the register keeps it: its process, status, reply due date and final outcome. */
public record CaseFile(String agencyCode, String caseNumber, String processInstanceId, CaseStatus status,
		LocalDate receiptDate, LocalDate replyDueDate, boolean replyDueProvisional, Outcome outcome, boolean overdue,
		Instant openedAt, Instant closedAt) {
}
