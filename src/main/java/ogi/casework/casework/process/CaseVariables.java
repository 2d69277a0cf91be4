package ogi.casework.casework.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * The process variables of {@code disclosureRequest}: identifiers, routing decisions and dates only. Their names are
 * read by the BPMN and stored in running instances, so they are a persisted contract.
 */
public final class CaseVariables {

	public static final String AGENCY_CODE = "agencyCode";

	public static final String CASE_NUMBER = "caseNumber";

	/** When the reply clock wakes to ask whether the reply is overdue: the start of the day after the due date. */
	public static final String REPLY_OVERDUE_AT = "replyOverdueAt";

	/** {@code OVERDUE}, {@code RUNNING} or {@code STOPPED}: the reply clock's answer when it woke. */
	public static final String REPLY_CLOCK = "replyClock";

	/** Reminders to the assignees before the reply is due. */
	public static final String FIRST_REMINDER_AT = "firstReminderAt";

	public static final String SECOND_REMINDER_AT = "secondReminderAt";

	/** When the supplement notice can no longer be sent in time (Art. 30, T1). */
	public static final String SUPPLEMENT_NOTICE_DUE_AT = "supplementNoticeDueAt";

	/** When the earliest running consultation window has passed (Arts. 32, 34). */
	public static final String CONSULTATION_WINDOW_ENDS_AT = "consultationWindowEndsAt";

	/**
	 * When the applicant's fee payment window has passed (spec F-5); parked at {@link #PARKED} while no fee notice is
	 * open, because a timer needs a date.
	 */
	public static final String FEE_PAYABLE_UNTIL = "feePayableUntil";

	/** Whether the fee window ended unpaid when its timer woke (spec F-5). */
	public static final String FEE_UNPAID = "feeUnpaid";

	/** When the supplement period has passed: the start of the day after its last day (Art. 30, T2). */
	public static final String SUPPLEMENT_EXPIRES_AT = "supplementExpiresAt";

	/** Whether the supplement period ended without a supplement when its timer woke (Art. 30). */
	public static final String SUPPLEMENT_ABANDONED = "supplementAbandoned";

	/** {@code ACCEPT}, {@code SUPPLEMENT} or {@code ON_THE_SPOT}. */
	public static final String REGISTRATION = "registration";

	public static final String CONSULTATION_PENDING = "consultationPending";

	/** {@code APPROVE} or {@code RETURN}: the decision of the review stage just completed. */
	public static final String VERDICT = "verdict";

	/** Whether the approved reply goes to legal staff (its litigation risk reached the legal-review level). */
	public static final String LEGAL_REVIEW_REQUIRED = "legalReviewRequired";

	public static final String SIGN_OFF_REQUIRED = "signOffRequired";

	/** {@code DELIVERED}, or {@code RETURNED} when the clerk sends the approved reply back for correction. */
	public static final String DELIVERY = "delivery";

	/**
	 * Where a timer waits while nothing is due: just before the last day Flowable's MySQL {@code TIMESTAMP} due-date
	 * column can hold (2038-01-19); revisit before 2037.
	 */
	public static final LocalDate PARKED = LocalDate.of(2037, 12, 31);

	private CaseVariables() {
	}

	/** A period's last day is a whole day: it passes at the following midnight in the agency's zone. */
	public static Date endOf(LocalDate lastDay, ZoneId zone) {
		return Date.from(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
	}
}
