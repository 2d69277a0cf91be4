package ogi.casework.casework;

import java.time.Instant;
import java.time.LocalDate;

import ogi.casework.reply.Outcome;
import ogi.casework.shared.CaseStatus;

/**
 * A case as the register keeps it: its process, its status (derived from the process by {@link Step#statusOf}), reply
 * due date and final outcome. Whether the reply is overdue is derived from legal dates
 * ({@link ogi.casework.deadlines.ReplyTimeliness}), never stored.
 */
public record CaseFile(String agencyCode, String caseNumber, String processInstanceId, CaseStatus status,
		LocalDate receiptDate, LocalDate replyDueDate, boolean replyDueProvisional, Outcome outcome, Instant openedAt,
		Instant closedAt) {

	public boolean archived() {
		return closedAt != null;
	}
}
