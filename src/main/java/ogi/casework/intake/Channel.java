package ogi.casework.intake;

/** How an application arrived; each channel fixes the receipt date differently (Art. 31, spec R-31). */
public enum Channel {

	/** 当面提交: the date of submission, Art. 31(1). */
	IN_PERSON,
	/** 邮寄，需签收: the date the agency signed for it, Art. 31(2). */
	POST_SIGNED,
	/** 平常信函: the date of confirmation with the applicant, Art. 31(2). */
	POST_UNSIGNED,
	/** 互联网渠道: the date both sides confirmed, Art. 31(3). */
	INTERNET,
	/** 传真: the date both sides confirmed, Art. 31(3). */
	FAX
}
