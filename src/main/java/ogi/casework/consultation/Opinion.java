package ogi.casework.consultation;

/** A consulted party's answer. */
public enum Opinion {
	AGREES,
	OBJECTS,
	/** No answer within 15 working days of receiving the letter (Arts. 32, 34). */
	NO_ANSWER
}
