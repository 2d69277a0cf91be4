package ogi.casework.shared;

/** Where a case stands, in the words of the register (spec §11). */
public enum CaseStatus {
	/** Logged; the clerk has not yet registered it. */
	RECEIVED,
	/** A supplement notice was sent; waiting for the applicant (Art. 30). */
	AWAITING_SUPPLEMENT,
	/** The handler researches and records the search. */
	IN_HANDLING,
	/** Waiting for third parties or other agencies to answer (Arts. 32, 34). */
	CONSULTING,
	/** The handler drafts the reply. */
	DRAFTING,
	/** The reviewer checks the draft. */
	IN_REVIEW,
	/** Legal staff check a reply whose litigation risk reached the agency's legal-review level. */
	IN_LEGAL_REVIEW,
	/** The office head signs off a refusal or partial disclosure. */
	AWAITING_SIGN_OFF,
	/** Approved; to be delivered to the applicant. */
	AWAITING_DELIVERY,
	/** The reply was delivered; the case file is to be archived. */
	REPLIED,
	/** Deemed abandoned: no supplement within the period (Art. 30). */
	ABANDONED,
	/** The case file is archived. */
	ARCHIVED
}
