package ogi.casework.shared;

/** An action that the case's current step, or the separation of duties, does not allow; answered with 409. */
public class ActionNotAllowed extends RuntimeException {

	private final String rule;

	public ActionNotAllowed(String rule, String message) {
		super(message);
		this.rule = rule;
	}

	public String rule() {
		return rule;
	}
}
