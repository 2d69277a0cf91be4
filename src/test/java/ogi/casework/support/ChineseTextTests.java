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
}
