package ogi.casework.deadlines;

/**
 * The calendar-day and month periods of reconsideration and litigation (spec §5, T12 and T16–T24). The start day is
 * not counted and a last day on a rest day rolls to the next working day (民事诉讼法 Art. 85, applied through
 * 行政复议法 Art. 88 and 行政诉讼法 Art. 101).
 */
public enum RemedyPeriod {

	/** 行政复议法 Art. 20: the applicant's reconsideration window, from knowing the act. */
	T12(60, PeriodUnit.CALENDAR_DAYS, "行政复议法 Art. 20", "apply for reconsideration"),

	/** 行政复议法 Art. 62: the decision in the simplified procedure, from acceptance (OGI cases qualify, Art. 53). */
	T16(30, PeriodUnit.CALENDAR_DAYS, "行政复议法 Arts. 53, 62", "reconsideration decision (simplified procedure)"),

	/** 行政诉讼法 Art. 45: suit after a reconsideration decision, from its receipt. */
	T18(15, PeriodUnit.CALENDAR_DAYS, "行政诉讼法 Art. 45", "sue after the reconsideration decision"),

	/** 行政诉讼法 Art. 46: a direct suit, from knowing the act — not against refusals (复议法 Art. 23(四)). */
	T19(6, PeriodUnit.MONTHS, "行政诉讼法 Art. 46", "sue directly"),

	/** 行政诉讼法 Art. 67: the court sends the complaint to the defendant, from filing. */
	T20(5, PeriodUnit.CALENDAR_DAYS, "行政诉讼法 Art. 67", "court serves the complaint"),

	/** 行政诉讼法 Arts. 34, 67: the defendant's evidence, basis and defence, from receiving the complaint. */
	T21(15, PeriodUnit.CALENDAR_DAYS, "行政诉讼法 Arts. 34, 67", "file evidence and defence"),

	/** 行政诉讼法 Art. 83: first-instance judgment in the simplified procedure, from filing (OGI cases qualify). */
	T22(45, PeriodUnit.CALENDAR_DAYS, "行政诉讼法 Arts. 82, 83", "first-instance judgment (simplified procedure)"),

	/** 行政诉讼法 Art. 85: appeal against a judgment, from its service. */
	T23(15, PeriodUnit.CALENDAR_DAYS, "行政诉讼法 Art. 85", "appeal a judgment"),

	/** 行政诉讼法 Art. 88: second-instance judgment, from receiving the appeal. */
	T24(3, PeriodUnit.MONTHS, "行政诉讼法 Art. 88", "second-instance judgment");

	private final int length;

	private final PeriodUnit unit;

	private final String basis;

	private final String description;

	RemedyPeriod(int length, PeriodUnit unit, String basis, String description) {
		this.length = length;
		this.unit = unit;
		this.basis = basis;
		this.description = description;
	}

	public int length() {
		return length;
	}

	public PeriodUnit unit() {
		return unit;
	}

	public String basis() {
		return basis;
	}

	public String description() {
		return description;
	}
}
