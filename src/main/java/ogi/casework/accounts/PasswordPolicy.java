package ogi.casework.accounts;

import java.util.ArrayList;
import java.util.List;

import ogi.casework.shared.InvalidInput;

/**
 * Whether a new password is strong enough: at least {@code minLength} characters, at least
 * {@code minCharacterClasses} of upper case, lower case, digit and symbol, and not the user name (in any case). The
 * numbers are settings ({@link SecuritySettings.Password}), defaulting to GB/T 22239-2019 level 3 practice.
 */
final class PasswordPolicy {

	/** The most BCrypt reads. */
	static final int MAX_BYTES = 72;

	private final SecuritySettings.Password rules;

	PasswordPolicy(SecuritySettings.Password rules) {
		this.rules = rules;
	}

	/** The rules {@code password} breaks for {@code username}, reported on {@code field}; empty if none. */
	List<InvalidInput.FieldViolation> check(String field, String password, String username) {
		List<InvalidInput.FieldViolation> violations = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			violations.add(new InvalidInput.FieldViolation(field, "required", field + ": give a password"));
			return violations;
		}
		if (password.length() < rules.minLength()) {
			violations.add(new InvalidInput.FieldViolation(field, "length",
					field + ": at least " + rules.minLength() + " characters"));
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
			// BCrypt reads only the first 72 bytes, and the encoder refuses more.
			violations.add(new InvalidInput.FieldViolation(field, "maxLength",
					field + ": at most " + MAX_BYTES + " bytes (72 letters or digits, 24 Chinese characters)"));
		}
		if (classes(password) < rules.minCharacterClasses()) {
			violations.add(new InvalidInput.FieldViolation(field, "characterClasses", field + ": use at least "
					+ rules.minCharacterClasses() + " of upper-case letters, lower-case letters, digits and symbols"));
		}
		if (username != null && password.equalsIgnoreCase(username)) {
			violations.add(new InvalidInput.FieldViolation(field, "notUsername",
					field + ": must not be the user name"));
		}
		return violations;
	}

	static int classes(String password) {
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean symbol = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isDigit(c)) {
				digit = true;
			}
			else {
				symbol = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
	}
}
