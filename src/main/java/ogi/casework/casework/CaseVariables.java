package ogi.casework.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * The process variables of {@code disclosureRequest}: identifiers, routing decisions and dates only. Their names
 * are read by the BPMN and stored in running instances, so they are a persisted contract.
 */
final class CaseVariables {

	static final String AGENCY_CODE = "agencyCode";

	static final String CASE_NUMBER = "caseNumber";

	/** When the reply deadline timer fires: the start of the day after the due date. */
	static final String REPLY_OVERDUE_AT = "replyOverdueAt";

	/** Reminders to the assignees before the reply is due. */
	static final String FIRST_REMINDER_AT = "firstReminderAt";

	static final String SECOND_REMINDER_AT = "secondReminderAt";

	/** When the supplement notice can no longer be sent in time (Art. 30, T1). */
	static final String SUPPLEMENT_NOTICE_DUE_AT = "supplementNoticeDueAt";

	/** When the last consulted party's 15 working days have passed (Arts. 32, 34). */
	static final String CONSULTATION_WINDOW_ENDS_AT = "consultationWindowEndsAt";

	/**
	 * When the applicant's fee payment window has passed (spec F-5); parked at {@link #PARKED} while no fee notice is
	 * open, because a timer needs a date.
	 */
	static final String FEE_PAYABLE_UNTIL = "feePayableUntil";

	/**
	 * Where a timer waits while nothing is due: just before the last day Flowable's MySQL {@code TIMESTAMP} due-date
	 * column can hold (2038-01-19); revisit before 2037.
	 */
	static final java.time.LocalDate PARKED = java.time.LocalDate.of(2037, 12, 31);

	/** When the supplement period has passed: the start of the day after its last day. */
	static final String SUPPLEMENT_EXPIRES_AT = "supplementExpiresAt";

	/** {@code ACCEPT}, {@code SUPPLEMENT} or {@code ON_THE_SPOT}. */
	static final String REGISTRATION = "registration";

	static final String CONSULTATION_PENDING = "consultationPending";

	/** {@code APPROVE} or {@code RETURN}. */
	static final String REVIEW = "review";

	/** {@code APPROVE} or {@code RETURN}: legal staff's decision on a risky reply. */
	static final String LEGAL_REVIEW = "legalReview";

	static final String SIGN_OFF_REQUIRED = "signOffRequired";

	/** {@code APPROVE} or {@code RETURN}. */
	static final String SIGN_OFF = "signOff";

	private CaseVariables() {
	}

	/** A period's last day is a whole day: it passes at the following midnight in the agency's zone. */
	static Date endOf(LocalDate lastDay, ZoneId zone) {
		return Date.from(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
	}
}
