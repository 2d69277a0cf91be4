package ogi.casework.reply;

/**
 * How an application ends (spec §3 R-36…R-39, §6.3): each outcome with its article, its annual-report row, and
 * what its reply must contain.
 */
public enum Outcome {

	/** Art. 36(2): provide the information, or say how, where and when to get it. */
	DISCLOSE("Art. 36(2)", "三(一)"),
	/** Art. 36(1): already proactively disclosed; say how and where to get it. */
	ALREADY_PUBLIC("Art. 36(1)", "三(一)"),
	/** Art. 37: severable content disclosed, the withheld parts each with a ground and reasons. */
	PARTIAL("Art. 37", "三(二)"),
	/** Art. 36(3): not disclosed, with the ground (Arts. 14–16) and reasons. */
	DENY("Art. 36(3)", "三(三)"),
	/** Art. 36(4): none found after a search, which the search record proves. */
	NOT_EXIST("Art. 36(4)", "三(四)1"),
	/** Art. 36(5): not this agency's to disclose; name the responsible agency where it can be determined. */
	NOT_RESPONSIBLE("Art. 36(5)", "三(四)1"),
	/** Art. 38: would need creating or processing. */
	NEEDS_CREATION("Art. 38", "三(四)2"),
	/** Art. 30: still unclear after the supplement. */
	UNCLEAR_AFTER_SUPPLEMENT("Art. 30", "三(四)3"),
	/** Art. 39(1): a petition, complaint or report in the form of an application. */
	PETITION_NOT_OGI("Art. 39(1)", "三(五)1"),
	/** Art. 36(6): a repeat of a request already answered; names the earlier case. */
	REPEAT("Art. 36(6)", "三(五)2"),
	/** Art. 39(2): asks for public publications; say where to get them. */
	PUBLICATION("Art. 39(2)", "三(五)3"),
	/** Art. 35: unreasonable volume or frequency without good reasons; not processed. */
	ART35_REFUSED("Art. 35", "三(五)4"),
	/** Asks the agency to certify or re-issue information already obtained (row (五)5; no article). */
	CONFIRM_OR_REISSUE("—", "三(五)5"),
	/** Art. 36(7): information under a special access regime (business or real-estate registration …). */
	SPECIAL_REGIME("Art. 36(7)", "三(六)3"),
	/** Art. 30: no supplement within the period; deemed abandoned. Set by the process, never drafted. */
	ABANDONED_NO_SUPPLEMENT("Art. 30", "三(六)1"),
	/** 国办函〔2020〕109号 (spec F-5): the fee not paid in time; deemed abandoned. */
	ABANDONED_UNPAID("国办函〔2020〕109号, F-5", "三(六)2"),
	/** The applicant withdrew the application (row (六)3). */
	WITHDRAWN("—", "三(六)3");

	private final String article;

	private final String reportRow;

	Outcome(String article, String reportRow) {
		this.article = article;
		this.reportRow = reportRow;
	}

	public String article() {
		return article;
	}

	public String reportRow() {
		return reportRow;
	}

	/** Refusals and partial disclosures need the office head's sign-off after review. */
	public boolean requiresHeadSignOff() {
		return this == DENY || this == PARTIAL;
	}

	/**
	 * 复议法 (2023) Art. 23(四), spec G-2: against a refusal (any ground of Arts. 14–16, wholly or in part) the
	 * applicant must apply for reconsideration before suing.
	 */
	public boolean requiresReconsiderationFirst() {
		return this == DENY || this == PARTIAL;
	}

	/** A handler may draft it; abandonment (no supplement, fee unpaid) is the process's own conclusion. */
	public boolean isDraftable() {
		return !isAbandonment();
	}

	/** Whether the law deems the application abandoned (Art. 30; 国办函〔2020〕109号, F-5): no reply is drafted. */
	public boolean isAbandonment() {
		return this == ABANDONED_NO_SUPPLEMENT || this == ABANDONED_UNPAID;
	}

	/** Art. 33(1): what a clerk may answer on the spot — never a refusal, which needs review and sign-off. */
	public boolean isAnswerableOnTheSpot() {
		return this == ALREADY_PUBLIC || this == DISCLOSE || this == PUBLICATION || this == PETITION_NOT_OGI
				|| this == NOT_RESPONSIBLE || this == SPECIAL_REGIME;
	}
}
