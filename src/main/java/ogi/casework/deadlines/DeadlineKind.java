package ogi.casework.deadlines;

/** The statutory periods a case runs, with the rule ids of the spec's time-limit table (§5). */
public enum DeadlineKind {

	/** T1, Art. 30: send the single supplement notice within 7 working days of receipt. */
	SUPPLEMENT_NOTICE("Art. 30, T1"),

	/** T2, Art. 30: the reasonable period the agency sets for the supplement; late → deemed abandoned. */
	SUPPLEMENT("Art. 30, T2"),

	/** T3, Art. 33(2): reply within 20 working days of receipt, or of the supplement's receipt (Art. 30). */
	REPLY("Art. 33(2), T3");

	private final String basis;

	DeadlineKind(String basis) {
		this.basis = basis;
	}

	public String basis() {
		return basis;
	}
}
