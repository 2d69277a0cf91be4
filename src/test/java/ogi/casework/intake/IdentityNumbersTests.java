package ogi.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityNumbersTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	@ParameterizedTest
	@CsvSource({ "11010519491231002X, true", "110105194912310021, false", "11010519491331002X, false",
			"11010520991231002X, false", "1101051949123100, false", "11010519491231002x, false" })
	void checksResidentIdNumbers(String number, boolean valid) {
		assertThat(IdentityNumbers.isValidResidentId(number, TODAY)).isEqualTo(valid);
	}

	@ParameterizedTest
	@CsvSource({ "91350100M000100Y43, true", "91350100M000100Y44, false", "91350100M000100Y4, false",
			"91350100I000100Y43, false" })
	void checksUnifiedSocialCreditCodes(String code, boolean valid) {
		assertThat(IdentityNumbers.isValidUnifiedSocialCreditCode(code)).isEqualTo(valid);
	}

	@Test
	void acceptsExactlyOneCheckDigitPerResidentIdBody() {
		// All 1,000 sequence numbers of the body, not a sample: the domain is small enough to check whole.
		IntStream.rangeClosed(0, 999).mapToObj(number -> "%03d".formatted(number)).forEach(sequence -> {
			String body = "11010519800229" + sequence;
			long accepted = "0123456789X".chars()
					.filter(check -> IdentityNumbers.isValidResidentId(body + (char) check, TODAY)).count();

			assertThat(accepted).as("check digits accepted after %s", body).isEqualTo(1);
		});
	}
}
