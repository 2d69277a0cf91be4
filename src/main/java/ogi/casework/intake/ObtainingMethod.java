package ogi.casework.intake;

/** The way (途径) the applicant asks to receive the information, Art. 29(2)(三). */
public enum ObtainingMethod {
	/** 自行领取 */
	COLLECT_IN_PERSON,
	/** 邮寄 */
	POST,
	/** 电子邮件 */
	EMAIL,
	/** 网上获取 */
	ONLINE,
	/** 传真 */
	FAX
}
