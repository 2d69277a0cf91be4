package ogi.casework.reply;

/** Why information is withheld (不予公开), Arts. 14–16, with its row (三)1…8 of annual-report table 3 (spec E-1…E-4). */
public enum ExemptionGround {

	/** Art. 14: lawfully classified as a state secret — mandatory. */
	STATE_SECRET("Art. 14", "三(三)1", false),
	/** Art. 14: a law or administrative regulation forbids disclosure — mandatory. */
	LAW_PROHIBITS("Art. 14", "三(三)2", false),
	/** Art. 14: may endanger national, public or economic security or social stability — mandatory. */
	THREE_SECURITY_ONE_STABILITY("Art. 14", "三(三)3", false),
	/** Art. 15: trade secrets, privacy or other third-party rights; the Art. 32 consultation applies. */
	THIRD_PARTY_RIGHTS("Art. 15", "三(三)4", false),
	/** Art. 16(1): internal affairs — discretionary, the reasons must say why it is withheld. */
	INTERNAL_AFFAIRS("Art. 16(1)", "三(三)5", true),
	/** Art. 16(2): process information — discretionary. */
	PROCESS_INFO("Art. 16(2)", "三(三)6", true),
	/** Art. 16(2): administrative-enforcement case files — discretionary. */
	ENFORCEMENT_CASE_FILE("Art. 16(2)", "三(三)7", true),
	/** Annual-report row (三)8 only; no article of the Regulations (spec E-4 [M]). */
	ADMIN_QUERY_MATTER("—", "三(三)8", false);

	private final String article;

	private final String reportRow;

	private final boolean discretionary;

	ExemptionGround(String article, String reportRow, boolean discretionary) {
		this.article = article;
		this.reportRow = reportRow;
		this.discretionary = discretionary;
	}

	public String article() {
		return article;
	}

	public String reportRow() {
		return reportRow;
	}

	public boolean isDiscretionary() {
		return discretionary;
	}
}
