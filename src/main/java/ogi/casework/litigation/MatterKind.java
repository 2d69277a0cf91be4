package ogi.casework.litigation;

/** What kind of remedy the applicant used; the three blocks of annual-report table 4 (spec §6.4). */
public enum MatterKind {

	/** 行政复议: the agency is the respondent (复议法 Arts. 48, 54). */
	RECONSIDERATION,

	/** 行政诉讼 — 未经复议直接起诉: the agency is the defendant (行诉法 Art. 46). */
	LAWSUIT_DIRECT,

	/** 行政诉讼 — 复议后起诉: a suit after a reconsideration decision (行诉法 Art. 45). */
	LAWSUIT_AFTER_RECONSIDERATION;

	public boolean lawsuit() {
		return this != RECONSIDERATION;
	}
}
