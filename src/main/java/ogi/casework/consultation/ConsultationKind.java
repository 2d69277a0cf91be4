package ogi.casework.consultation;

/** Whom an agency consults; silence means something different for each (spec ). */
public enum ConsultationKind {
	/** Art. 32: a third party whose rights disclosure may harm; silence is not consent. */
	THIRD_PARTY,
	/** Art. 34: an agency that made the information jointly; silence counts as consent. */
	OTHER_AGENCY
}
