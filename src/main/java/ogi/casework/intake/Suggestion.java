package ogi.casework.intake;

/** What a similar application suggests; a person decides, the system never closes or merges anything. */
public enum Suggestion {

	/**
	 * The same applicant asked for the same information before: if the agency answered that application, reply
	 * 不予重复处理 under Art. 36(6) (outcome {@code REPEAT}, row (五)2), citing it.
	 */
	REPEAT,

	/**
	 * Another applicant asked for the same information: several applicants asking alike for disclosable
	 * information may have it made public proactively, Art. 44(1).
	 */
	PROACTIVE_DISCLOSURE
}
