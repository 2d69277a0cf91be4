package ogi.casework.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text is normalised on the way in: line breaks unified, other control characters dropped. */
class TextInputTests {

	@Test
	void turnsWordsShiftEnterIntoALineBreak() {
		assertThat(TextInput.normalise("第一行\u000B第二行")).isEqualTo("第一行\n第二行");
	}

	@Test
	void unifiesLineBreaksAndKeepsTabs() {
		assertThat(TextInput.normalise("a\r\nb\rc\u2028d\u2029e\u0085f\u000Cg\th")).isEqualTo("a\nb\nc\nd\ne\nf\ng\th");
	}

	@Test
	void dropsOtherControlCharactersAndNonCharacters() {
		assertThat(TextInput.normalise("a\u0000b\u0007c\u001Bd\u007Fe\u009Ff\uFFFEg\uFFFFh")).isEqualTo("abcdefgh");
	}

	@Test
	void dropsUnpairedSurrogatesAndKeepsPairs() {
		assertThat(TextInput.normalise("x\uD800y\uDC00z")).isEqualTo("xyz");
		assertThat(TextInput.normalise("𠀀 (U+20000)")).isEqualTo("𠀀 (U+20000)");
	}

	@Test
	void leavesCleanTextAsItIs() {
		String clean = "北京市西城区某街1号\n电话：010-12345678\t(办公室)";
		assertThat(TextInput.normalise(clean)).isSameAs(clean);
		assertThat(TextInput.normalise(null)).isNull();
	}
}
