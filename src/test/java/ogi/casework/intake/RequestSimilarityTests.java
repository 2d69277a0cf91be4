package ogi.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests for the same information match despite wording; different information does not (Arts. 36(6), 44). */
class RequestSimilarityTests {

	static final RepeatSettings SETTINGS = RepeatSettings.defaults();

	@Test
	void normalisesWidthCaseNumeralsPunctuationAndFillers() {
		var fingerprint = fingerprint("申请公开：关于二〇二五年度本区ＰＭ２．５监测的有关信息！");

		assertThat(fingerprint.normalised()).isEqualTo("2025年本区pm2 5监测");
		assertThat(fingerprint.years()).containsExactly(2025);
		assertThat(RequestFingerprint.units(fingerprint.normalised())).containsExactly("2025", "年", "本", "区", "pm2", "5",
				"监", "测");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"京政发〔2025〕3号|京政发〔2025〕3号",
			"京政发[2025]3号|京政发〔2025〕3号",
			"京政发［2025］3号|京政发〔2025〕3号",
			"京政发（2025）3号|京政发〔2025〕3号",
			"京政发(2025)第3号|京政发〔2025〕3号",
			"京政发【2025】03号|京政发〔2025〕3号",
			"京政发〔二〇二五〕3号|京政发〔2025〕3号",
			"申请公开京政发〔2025〕3号文件|京政发〔2025〕3号",
			"关于印发京政发〔2025〕3号的通知|京政发〔2025〕3号" })
	void readsDocumentNumbersWrittenInAnyBrackets(String written, String canonical) {
		assertThat(fingerprint(written).documentNumbers()).extracting(DocumentNumber::toString).containsExactly(canonical);
	}

	@Test
	void anEqualDocumentNumberMatchesWhateverTheWording() {
		var match = RequestSimilarity.compare(fingerprint("请提供《关于加强社区养老服务设施建设的实施意见》（京政发〔2025〕3号）全文"),
				fingerprint("申请公开[2025]号文件", "京政发[2025]第3号"), SETTINGS.similarity());

		assertThat(match).hasValueSatisfying(m -> {
			assertThat(m.score()).isEqualTo(100);
			assertThat(m.reason()).isEqualTo("same document number 京政发〔2025〕3号");
		});
	}

	@Test
	void differentDocumentNumbersAreDifferentInformationHoweverAlikeTheWording() {
		assertThat(RequestSimilarity.compare(fingerprint("申请公开京政发〔2025〕3号文件全文"),
				fingerprint("申请公开京政发〔2025〕4号文件全文"), SETTINGS.similarity())).isEmpty();
		assertThat(RequestSimilarity.compare(fingerprint("申请公开京政发〔2025〕3号文件全文"),
				fingerprint("申请公开京政办发〔2025〕3号文件全文"), SETTINGS.similarity())).isEmpty();
	}

	@ParameterizedTest(name = "{0} ~ {1}")
	@CsvSource(delimiter = '|', value = {
			"申请公开2025年本区道路维修资金的使用情况|请提供关于本区2025年度道路维修资金使用情况的信息",
			"2025年本区道路维修资金的使用情况|二〇二五年本区道路维修资金使用情况。",
			"本街道老旧小区加装电梯补贴资金的发放明细|请公开：本街道老旧小区加装电梯补贴资金发放明细",
			"XX区2024年政府投资项目清单|请提供xx区2024年度政府投资项目的清单" })
	void wordingVariantsMatch(String one, String other) {
		var match = RequestSimilarity.compare(fingerprint(one), fingerprint(other), SETTINGS.similarity());

		assertThat(match).hasValueSatisfying(m -> assertThat(m.reason()).endsWith("% similar wording"));
	}

	@ParameterizedTest(name = "{0} ≁ {1}")
	@CsvSource(delimiter = '|', value = {
			"2025年本区道路维修资金的使用情况|2025年本区绿化养护资金的使用情况",
			"2025年本区道路维修资金的使用情况|2024年本区道路维修资金的使用情况",
			"2025年本区道路维修资金的使用情况|本区2025年新建学校的选址论证报告",
			"某小区拆迁补偿安置方案|某小区拆迁补偿款发放名单及标准依据" })
	void differentRequestsDoNotMatch(String one, String other) {
		assertThat(RequestSimilarity.compare(fingerprint(one), fingerprint(other), SETTINGS.similarity())).isEmpty();
	}

	@Test
	void reportsTheWordingsSimilarityInPercent() {
		var match = RequestSimilarity.compare(fingerprint("申请公开2025年本区道路维修资金的使用情况"),
				fingerprint("请提供关于本区2025年度道路维修资金使用情况的信息"), SETTINGS.similarity()).orElseThrow();

		assertThat(match.score()).isBetween(70, 99);
		assertThat(match.reason()).isEqualTo(match.score() + "% similar wording");
	}

	@Test
	void diceCountsSharedBigramsOverBothSizes() {
		assertThat(RequestSimilarity.dice(java.util.Set.of("a", "b", "c"), java.util.Set.of("b", "c", "d", "e")))
				.isEqualTo(4.0 / 7);
		assertThat(RequestSimilarity.dice(java.util.Set.of(), java.util.Set.of("a"))).isZero();
	}

	static RequestFingerprint fingerprint(String request) {
		return fingerprint(request, null);
	}

	static RequestFingerprint fingerprint(String request, String documentNumber) {
		return RequestFingerprint.of(request, documentNumber, SETTINGS.fillerWords());
	}
}
