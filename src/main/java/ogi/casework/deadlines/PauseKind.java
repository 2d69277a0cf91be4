package ogi.casework.deadlines;

/** Time excluded from the reply period (Art. 33(3), spec R-33). */
public enum PauseKind {

	/** Art. 33(3) with Art. 32: consulting a third party. */
	THIRD_PARTY_CONSULTATION("Art. 33(3), Art. 32", Subject.CONSULTATION),

	/** Art. 33(3) with Art. 34: consulting an agency that made the information jointly. */
	AGENCY_CONSULTATION("Art. 33(3), Art. 34", Subject.CONSULTATION),

	/** Fee notice to payment: spec F-6 [M], an agency choice until the national text is confirmed. */
	FEE_NOTICE("国办函〔2020〕109号, F-6", Subject.FEE_NOTICE);

	/** What a pause belongs to, numbered within the case. */
	public enum Subject {
		CONSULTATION, FEE_NOTICE
	}

	private final String basis;

	private final Subject subject;

	PauseKind(String basis, Subject subject) {
		this.basis = basis;
		this.subject = subject;
	}

	public String basis() {
		return basis;
	}

	public Subject subject() {
		return subject;
	}
}
