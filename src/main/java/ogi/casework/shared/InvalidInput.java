package ogi.casework.shared;

import java.util.List;

/** Input that breaks a rule; answered with 400 and the fields named, after which nothing has changed. */
public class InvalidInput extends RuntimeException {

	private final List<FieldViolation> violations;

	public InvalidInput(List<FieldViolation> violations) {
		super(violations.stream().map(FieldViolation::message).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
		this.violations = List.copyOf(violations);
	}

	public static InvalidInput of(String field, String rule, String message) {
		return new InvalidInput(List.of(new FieldViolation(field, rule, message)));
	}

	public List<FieldViolation> violations() {
		return violations;
	}

	/** One broken rule: the field (JSON path), the rule's short name and a sentence a clerk can act on. */
	public record FieldViolation(String field, String rule, String message) {
	}
}
