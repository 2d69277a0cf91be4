package ogi.casework.litigation;

/** What the agency filed with the reconsideration body or the court. */
public enum FilingKind {

	/** 书面答复 / 答辩状 with the evidence, basis and materials (复议法 Arts. 48, 54; 行诉法 Arts. 34, 67). */
	REPLY_AND_EVIDENCE,

	/** 延期提供证据的书面申请, only in a lawsuit and within the 15 days of T21 (解释 Art. 34). */
	EVIDENCE_DELAY_REQUEST,

	/** Further evidence or materials after the first filing. */
	SUPPLEMENTARY_EVIDENCE
}
