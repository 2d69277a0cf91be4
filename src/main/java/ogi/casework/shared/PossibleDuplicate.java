package ogi.casework.shared;

import java.util.List;

/**
 * An application that looks like one already logged: same applicant, same information, same receipt date. Answered
 * with 409 naming the existing case; the clerk confirms a genuinely new application with {@code confirmDuplicate}.
 */
public class PossibleDuplicate extends RuntimeException {

	private final List<String> existingCaseNumbers;

	public PossibleDuplicate(List<String> existingCaseNumbers, String message) {
		super(message);
		this.existingCaseNumbers = List.copyOf(existingCaseNumbers);
	}

	/** The cases it may duplicate, earliest first. */
	public List<String> existingCaseNumbers() {
		return existingCaseNumbers;
	}
}
