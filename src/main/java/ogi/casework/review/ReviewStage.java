package ogi.casework.review;

/** The approval steps a reply passes (Art. 45: 审核). */
public enum ReviewStage {
	/** The reviewer's check of the draft. */
	REVIEW,
	/** Legal staff's check of a reply whose litigation risk reached the agency's legal-review level. */
	LEGAL_REVIEW,
	/** The office head's sign-off of a refusal or partial disclosure. */
	SIGN_OFF
}
