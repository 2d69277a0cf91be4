package ogi.casework.casework;

import java.time.Instant;
import java.time.LocalDate;

import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Channel;
import ogi.casework.reply.Outcome;
import ogi.casework.shared.CaseStatus;

/** One case in the register read model: what the register and the worklist list and search, no personal data. */
record RegisterEntry(String agencyCode, String caseNumber, String caseTail, String caseReversed, LocalDate receiptDate,
		Channel channel, ApplicantType applicantType, String subject, CaseStatus status, Outcome outcome,
		String handler, LocalDate replyDueDate, Instant updatedAt) {

	/** How much of the request the register keeps as the case's subject. */
	static final int SUBJECT_LENGTH = 200;

	/** The request as the register keeps it: its first {@value #SUBJECT_LENGTH} characters. */
	static String subjectOf(String request) {
		return request != null && request.length() > SUBJECT_LENGTH ? request.substring(0, SUBJECT_LENGTH) : request;
	}
}
