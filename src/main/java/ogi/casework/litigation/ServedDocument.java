package ogi.casework.litigation;

/** What the court served: its appeal window differs (行诉法 Art. 85, T23). */
public enum ServedDocument {

	/** 判决书: appeal within 15 days. */
	JUDGMENT(15),

	/** 裁定书: appeal within 10 days. */
	RULING(10);

	private final int appealDays;

	ServedDocument(int appealDays) {
		this.appealDays = appealDays;
	}

	public int appealDays() {
		return appealDays;
	}
}
