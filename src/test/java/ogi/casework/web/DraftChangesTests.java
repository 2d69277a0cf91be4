package ogi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a redraft changed, as the reviewer reads it: the shared text kept, the changed middle taken out and put in. */
class DraftChangesTests {

	@Test
	void aChangeInTheMiddleKeepsWhatBothVersionsShare() {
		var change = DraftChanges.Change.of("form.draft.reasons", "属于过程性信息。", "属于条例第十六条第二款规定的过程性信息。");

		assertThat(change.prefix()).isEqualTo("属于");
		assertThat(change.removed()).isEmpty();
		assertThat(change.added()).isEqualTo("条例第十六条第二款规定的");
		assertThat(change.suffix()).isEqualTo("过程性信息。");
	}

	@Test
	void aReplacedWordIsTakenOutAndPutIn() {
		var change = DraftChanges.Change.of("form.draft.accessDetails", "邮寄纸质件", "电子邮件发送");

		assertThat(change.prefix() + change.removed() + change.suffix()).isEqualTo("邮寄纸质件");
		assertThat(change.prefix() + change.added() + change.suffix()).isEqualTo("电子邮件发送");
		assertThat(change.prefix()).isEmpty();
		assertThat(change.suffix()).isEmpty();
	}

	@Test
	void aRepeatedLetterIsNotCountedTwiceWhenTheTextGrows() {
		// "aa" → "aaa": the shared prefix and suffix must not overlap
		var change = DraftChanges.Change.of("form.draft.reasons", "aa", "aaa");

		assertThat(change.prefix() + change.removed() + change.suffix()).isEqualTo("aa");
		assertThat(change.prefix() + change.added() + change.suffix()).isEqualTo("aaa");
		assertThat(change.added()).hasSize(1);
	}
}
