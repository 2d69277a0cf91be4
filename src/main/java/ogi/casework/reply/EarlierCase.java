package ogi.casework.reply;

/**
 * Art. 36(6), spec R-36: what the case a REPEAT reply names turned out to be. Only an application of the same
 * applicant (same identity number) that the agency has answered — its reply delivered — makes a repeat
 * (「行政机关已就申请人提出的政府信息公开申请作出答复、申请人重复申请公开相同政府信息的」).
 */
enum EarlierCase {

	/** The same applicant's application, answered: a REPEAT may cite it. */
	ANSWERED_SAME_APPLICANT,

	/** No case of that number in the agency. */
	NOT_FOUND,

	/** The case being replied to itself. */
	THIS_CASE,

	/** Another applicant's application: their answer is not this applicant's. */
	OTHER_APPLICANT,

	/** The same applicant's application, but no reply was delivered yet. */
	NOT_ANSWERED
}
