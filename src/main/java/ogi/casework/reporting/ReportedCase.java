package ogi.casework.reporting;

import java.time.Instant;
import java.time.LocalDate;

import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Channel;
import ogi.casework.reply.Outcome;

/**
 * One application as the reporting read model holds it: what table 3 and the statistics need, no personal data (the
 * applicant is a hash of the identity number).
 *
 * @param applicantKey the applicant key (HMAC-SHA256 of the identity number, {@code ApplicantKeys}), to count frequent
 *        applicants without copying the number
 * @param status the case status (as {@code CaseStatus} names it)
 * @param outcome the final outcome once the case is concluded, else null
 * @param reportRow the row of table 3 the outcome counts in (e.g. {@code 三(三)4}); null while open or unplaceable
 * @param concludedOn the day the final outcome was issued: the reply's delivery date, or for a case deemed abandoned
 *        the day the process closed it; null while open
 * @param replyStartDate the start of the last reply period (receipt, or the supplement's receipt — Art. 30)
 * @param replyDueDate the reply due date when the case concluded
 * @param changedAt when the case's place in the report last changed
 */
record ReportedCase(String agencyCode, String caseNumber, ApplicantType applicantType, String applicantKey,
		Channel channel, LocalDate receiptDate, String status, Outcome outcome, String reportRow, LocalDate concludedOn,
		LocalDate replyStartDate, LocalDate replyDueDate, Instant changedAt) {

	/** Whether the final outcome was issued by {@code day} (inclusive). */
	boolean concludedBy(LocalDate day) {
		return concludedOn != null && !concludedOn.isAfter(day);
	}

	/** Whether it was concluded by a delivered reply rather than deemed abandoned. */
	boolean repliedTo() {
		return concludedOn != null && outcome != null && outcome.isDraftable();
	}
}
