package ogi.casework.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check that keeps English off Chinese pages finds what a Chinese reader could not read, and only that. */
class ChineseTextTests {

	@Test
	void findsRawEnumNamesAndEnglishSentences() {
		assertThat(ChineseText.foreignIn("申请人类型：NATURAL_PERSON")).containsExactly("NATURAL_PERSON");
		assertThat(ChineseText.foreignIn("答复类型 DENY")).containsExactly("DENY");
		assertThat(ChineseText.foreignIn("An exemption ground belongs to a refusal"))
				.containsExactly("An exemption ground belongs to a refusal");
	}

	@Test
	void leavesChineseDatesNumbersAndFileFormatsAlone() {
		assertThat(ChineseText.foreignIn("证据材料（PDF） 下载（XLSX） SHA-256 2026-11-27 还剩 5 天 ID 第 1 次"))
				.isEmpty();
		assertThat(ChineseText.visibleText("<p title=\"Not shown\">可见<script>var notShown = 'at all here';</script></p>"))
				.doesNotContain("shown");
	}

	@Test
	void aDocumentMayNameFilesButNotTheEnginesCitationsOrSettings() {
		ChineseText.assertChineseDocument("file names", "01-receipt/receipt.json 10-reply/3-ALPHA-2026-000001-reply-letter.pdf",
				"ALPHA");

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChineseText.assertChineseDocument("a citation",
				"补正告知（Art. 30）")).isInstanceOf(AssertionError.class).hasMessageContaining("Art. 30");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChineseText.assertChineseDocument("a spec reference",
				"证据清单（spec §8.3）")).isInstanceOf(AssertionError.class).hasMessageContaining("spec");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChineseText.assertChineseDocument("a setting",
				"本机关设置 ogi.delivery.presumed-postal-days")).isInstanceOf(AssertionError.class)
				.hasMessageContaining("presumed");
	}
}
