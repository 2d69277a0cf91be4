package ogi.casework.deadlines;

/** The two lawful ways past the 20 working days. */
public enum ExtensionKind {

	/** Art. 33(2) (T4): at most 20 working days, with the office head's approval and a notice to the applicant. */
	EXTENSION("Art. 33(2), T4"),

	/** Art. 35 (T7): a reasonable delay for a reasonable but unmanageable volume, with approval and notice. */
	REASONABLE_DELAY("Art. 35, T7");

	private final String basis;

	ExtensionKind(String basis) {
		this.basis = basis;
	}

	public String basis() {
		return basis;
	}
}
