package ogi.casework.review;

/** What a reviewer or the office head decides about a draft. */
public enum Verdict {
	APPROVE,
	/** Back to the handler with a reason. */
	RETURN
}
