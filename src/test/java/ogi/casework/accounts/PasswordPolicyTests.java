package ogi.casework.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ogi.casework.shared.InvalidInput;

/** GB/T 22239-2019 level 3 practice: 8 characters, three of four kinds, not the user name. */
class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy(new SecuritySettings.Password(8, 3));

	@Test
	void acceptsEightCharactersOfThreeKinds() {
		assertThat(policy.check("password", "Abcdef12", "wang")).isEmpty();
		assertThat(policy.check("password", "abcdef1!", "wang")).isEmpty();
		assertThat(policy.check("password", "密码Abc12345", "wang")).isEmpty();
	}

	@Test
	void refusesShortOrTwoKindPasswords() {
		assertThat(rules("Abc12!x")).containsExactly("length");
		assertThat(rules("abcdefgh1")).containsExactly("characterClasses");
		assertThat(rules("ABCDEFGH")).containsExactly("characterClasses");
	}

	@Test
	void refusesTheUserNameInAnyCase() {
		assertThat(policy.check("password", "Wang-Wu-01", "wang-wu-01")).extracting(InvalidInput.FieldViolation::rule)
			.containsExactly("notUsername");
	}

	@Test
	void refusesWhatBcryptWouldCut() {
		assertThat(rules("Aa1-" + "x".repeat(69))).containsExactly("maxLength");
		assertThat(rules("Aa1-" + "x".repeat(68))).isEmpty();
	}

	@Test
	void theRulesAreSettings() {
		var lenient = new PasswordPolicy(new SecuritySettings.Password(6, 2));
		assertThat(lenient.check("password", "abc123", "wang")).isEmpty();
	}

	private java.util.List<String> rules(String password) {
		return policy.check("password", password, "wang").stream().map(InvalidInput.FieldViolation::rule).toList();
	}
}
