package ogi.casework.deadlines;

/** The statutory periods a case runs, with the rule ids of the spec's time-limit table (§5). */
public enum DeadlineKind {

	/** Art. 31: the day the application counts as received, fixed by its channel; day 0 of the periods. */
	RECEIPT("Art. 31, R-31"),

	/** T1, Art. 30: send the single supplement notice within 7 working days of receipt. */
	SUPPLEMENT_NOTICE("Art. 30, T1"),

	/** T2, Art. 30: the reasonable period the agency sets for the supplement; late → deemed abandoned. */
	SUPPLEMENT("Art. 30, T2"),

	/**
	 * T3, Art. 33(2): reply within 20 working days of receipt, or of the supplement's receipt (Art. 30), plus an
	 * approved extension (T4) or reasonable delay (Art. 35, T7), not counting excluded time (Art. 33(3)).
	 */
	REPLY("Art. 33(2), T3"),

	/** T12, 行政复议法 Art. 20: the applicant may apply for reconsideration within 60 days of knowing the act. */
	RECONSIDERATION_WINDOW("行政复议法 Art. 20, T12"),

	/** T19, 行政诉讼法 Art. 46: a direct suit within 6 months — not open against refusals (复议法 Art. 23(四)). */
	LAWSUIT_WINDOW("行政诉讼法 Art. 46, T19");

	private final String basis;

	DeadlineKind(String basis) {
		this.basis = basis;
	}

	public String basis() {
		return basis;
	}
}
