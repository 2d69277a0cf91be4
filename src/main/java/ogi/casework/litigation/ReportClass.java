package ogi.casework.litigation;

/** The result columns of annual-report table 4 (spec §6.4, 国办公开办函〔2021〕30号). */
public enum ReportClass {

	/** 结果维持. */
	UPHELD("结果维持"),

	/** 结果纠正. */
	CORRECTED("结果纠正"),

	/** 其他结果. */
	OTHER("其他结果"),

	/** 尚未审结. */
	PENDING("尚未审结");

	private final String label;

	ReportClass(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
