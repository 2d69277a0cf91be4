package ogi.casework.intake;

/** The form in which the applicant asks to get the information, Art. 29(2)(三) and Art. 40. */
public enum ProvisionForm {
	/** 纸质文本 */
	PAPER,
	/** 电子数据 */
	ELECTRONIC,
	/** 查阅、抄录 */
	INSPECTION
}
