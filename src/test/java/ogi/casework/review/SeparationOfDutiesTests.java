package ogi.casework.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ogi.casework.review.SeparationOfDuties.Duty;
import ogi.casework.shared.ActionNotAllowed;

/** Every pair of duties that must differ, both ways round, and every pair that may coincide. */
class SeparationOfDutiesTests {

	/** The pairs one person may not both do (Art. 33(2), Art. 45), written out by hand, not read from the table. */
	static Stream<Arguments> separated() {
		return Stream.of(Arguments.of(Duty.DRAFT, Duty.REVIEW), Arguments.of(Duty.DRAFT, Duty.LEGAL_REVIEW),
				Arguments.of(Duty.DRAFT, Duty.SIGN_OFF), Arguments.of(Duty.REVIEW, Duty.SIGN_OFF),
				Arguments.of(Duty.LEGAL_REVIEW, Duty.SIGN_OFF),
				Arguments.of(Duty.EXTENSION_REQUEST, Duty.EXTENSION_APPROVAL));
	}

	/** Pairs the law lets one person do: a reviewer may also be the legal reviewer of the same draft. */
	static Stream<Arguments> notSeparated() {
		return Stream.of(Arguments.of(Duty.REVIEW, Duty.LEGAL_REVIEW),
				Arguments.of(Duty.DRAFT, Duty.EXTENSION_REQUEST), Arguments.of(Duty.REVIEW, Duty.EXTENSION_APPROVAL));
	}

	@ParameterizedTest(name = "{0} then {1}")
	@MethodSource("separated")
	void refusesOnePersonDoingBoth(Duty done, Duty next) {
		assertThatThrownBy(() -> SeparationOfDuties.check(next, "wang", Map.of(done, "wang")))
				.isInstanceOfSatisfying(ActionNotAllowed.class,
						e -> assertThat(e.rule()).isEqualTo("separationOfDuties"));
		assertThatThrownBy(() -> SeparationOfDuties.check(done, "wang", Map.of(next, "wang")))
				.as("the other way round").isInstanceOf(ActionNotAllowed.class);
		assertThatCode(() -> SeparationOfDuties.check(next, "li", Map.of(done, "wang"))).doesNotThrowAnyException();
	}

	@ParameterizedTest(name = "{0} and {1}")
	@MethodSource("notSeparated")
	void letsOnePersonDoPairsTheLawDoesNotSeparate(Duty done, Duty next) {
		assertThatCode(() -> SeparationOfDuties.check(next, "wang", Map.of(done, "wang"))).doesNotThrowAnyException();
	}

	@ParameterizedTest(name = "{0} then {1}")
	@MethodSource("separated")
	void theTableHoldsExactlyTheseRules(Duty done, Duty next) {
		assertThat(SeparationOfDuties.RULES).anyMatch(rule -> rule.first() == done && rule.second() == next);
		assertThat(SeparationOfDuties.RULES).hasSize((int) separated().count());
	}
}
