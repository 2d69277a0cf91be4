package ogi.casework.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ogi.casework.archive.EvidenceRulesTests.Case;
import ogi.casework.consultation.Consultation;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.documents.DocumentKind;
import ogi.casework.deadlines.ExtensionKind;
import ogi.casework.fees.FeeMethod;
import ogi.casework.fees.FeeNotice;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.Delivery;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.support.ChineseText;

/** The checklist's findings in words: Chinese for a court, English as the API has always said them. */
class EvidenceTextTests {

	@Test
	void findingsOfManyCaseShapesReadAsChineseWithoutCodesOrEnglish() throws IOException {
		List<EvidenceFindings> items = new ArrayList<>();
		for (Case c : shapes()) {
			items.addAll(c.check());
		}

		List<String> words = items.stream().map(item -> item.in(EvidenceText.CHINESE))
				.flatMap(check -> Stream.concat(Stream.of(check.title(), check.reason()),
						Stream.concat(check.facts().stream(), check.gaps().stream())))
				.toList();

		assertThat(words).hasSizeGreaterThan(150).noneMatch(String::isBlank).noneMatch(w -> w.contains("{"));
		ChineseText.assertChineseDocument("the checklist's findings in Chinese", String.join("\n", words), "ALPHA");
	}

	@Test
	void englishFindingsReadAsTheApiHasAlwaysWordedThem() {
		var late = new Case();
		late.supplements.add(EvidenceRulesTests.supplement(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3)));
		var thin = new Case().outcome(Outcome.NOT_EXIST);
		thin.search = EvidenceRulesTests.search("公文系统", "道路维修", null, null, false);

		assertThat(late.check().get(2).in(EvidenceText.ENGLISH).gaps()).startsWith(
				"补正 notice sent 2026-12-02, 8 WD after receipt, after the 7 working days of T1 (Art. 30)");
		assertThat(thin.check().get(5).in(EvidenceText.ENGLISH).reason()).isEqualTo(
				"NOT_EXIST reply without a search record naming the date range searched, the departments asked — "
						+ "SPC Guiding Case 101 asks for a sufficient and reasonable search");
		assertThat(new Case().check().get(1).in(EvidenceText.ENGLISH).reason()).isEqualTo(
				"张三 (NATURAL_PERSON), RESIDENT_ID_CARD 11010519491231002X, asks for “2025年本区道路维修资金的使用情况”");
	}

	@Test
	void chineseFindingsCiteTheRegulationsArticlesInChinese() {
		var late = new Case();
		late.supplements.add(EvidenceRulesTests.supplement(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3)));
		late.letter(DocumentKind.SUPPLEMENT_NOTICE);

		// Art. 30: within 7 working days of receipt, all items at once
		assertThat(late.check().get(2).in(EvidenceText.CHINESE).gaps()).containsExactly(
				"2026-12-02 发出补正告知，为收到申请后第 8 个工作日，超过 7 个工作日的告知期限（《政府信息公开条例》第三十条）");
	}

	@Test
	void articlesReadAsChineseLawCitesThem() {
		var t = EvidenceText.CHINESE;

		assertThat(t.article("Art. 35, T7")).isEqualTo("《中华人民共和国政府信息公开条例》第三十五条");
		assertThat(t.article("Art. 33(2), T4")).isEqualTo("《中华人民共和国政府信息公开条例》第三十三条第二款");
		assertThat(t.article("Arts. 32, 34")).isEqualTo("《中华人民共和国政府信息公开条例》第三十二条、第三十四条");
		assertThat(t.article("Art. 33(3), Art. 32")).isEqualTo("《中华人民共和国政府信息公开条例》第三十三条第三款、第三十二条");
		assertThat(t.article("Arts. 36–39")).isEqualTo("《中华人民共和国政府信息公开条例》第三十六条至第三十九条");
		assertThat(t.article("Art. 29(2)(一)")).isEqualTo("《中华人民共和国政府信息公开条例》第二十九条第二款第（一）项");
		assertThat(t.article("国办函〔2020〕109号, F-5")).isEqualTo("国办函〔2020〕109号");
		assertThat(t.article("行政复议法 Art. 20, T12")).isEqualTo("《中华人民共和国行政复议法》第二十条");
		assertThat(EvidenceText.ENGLISH.article("Art. 35, T7")).isEqualTo("Art. 35, T7");
	}

	@Test
	void everyFindingTheRulesNameHasAChineseAndAnEnglishWording() throws IOException {
		String rules = Files.readString(Path.of("src/main/java/ogi/casework/archive/EvidenceRules.java"));
		Set<String> used = new TreeSet<>(Pattern.compile("\"(ev\\.f\\.[A-Za-z0-9_.]+)\"").matcher(rules).results()
				.map(m -> m.group(1)).collect(Collectors.toSet()));
		Properties chinese = load("evidence.properties");
		Properties english = load("evidence_en.properties");

		assertThat(used).hasSizeGreaterThan(100);
		assertThat(chinese.stringPropertyNames()).containsAll(used);
		assertThat(english.stringPropertyNames()).containsAll(used);
		assertThat(keys(chinese, "ev.f.")).isEqualTo(keys(english, "ev.f."));
		for (var part : ogi.casework.documents.Remedies.Part.values()) {
			assertThat(chinese.stringPropertyNames()).contains("ev.remedy." + part.name());
		}
	}

	private static Set<String> keys(Properties properties, String prefix) {
		return properties.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
				.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (InputStream in = EvidenceTextTests.class.getResourceAsStream("/ogi/casework/archive/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/** Case shapes between them reaching most findings, present and missing. */
	static List<Case> shapes() throws IOException {
		List<Case> shapes = new ArrayList<>();
		shapes.add(new Case());
		var supplement = new Case();
		supplement.supplements.add(EvidenceRulesTests.supplement(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1)));
		supplement.supplements.add(EvidenceRulesTests.supplement(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3)));
		supplement.noticesDelivered = false;
		shapes.add(supplement);
		var extended = new Case();
		extended.extendedTenWorkingDays(ExtensionKind.REASONABLE_DELAY, LocalDate.parse("2026-12-18"),
				LocalDate.parse("2026-12-21"));
		extended.letter(DocumentKind.EXTENSION_NOTICE);
		shapes.add(extended);
		var consulted = new Case();
		consulted.consultations.add(new Consultation("ALPHA", EvidenceRulesTests.CASE, 1, ConsultationKind.THIRD_PARTY,
				"某建设公司", "是否同意", EvidenceRulesTests.FRIDAY, null, null, null, "alpha-handler",
				EvidenceRulesTests.NOON, null, null));
		consulted.consultations.add(new Consultation("ALPHA", EvidenceRulesTests.CASE, 2, ConsultationKind.OTHER_AGENCY,
				"区财政局", "是否同意", EvidenceRulesTests.FRIDAY, ogi.casework.consultation.Opinion.NO_ANSWER, null, null,
				"alpha-handler", EvidenceRulesTests.NOON, "system", null));
		shapes.add(consulted);
		var notExist = new Case().outcome(Outcome.NOT_EXIST);
		notExist.search = EvidenceRulesTests.search(null, null, null, null, true);
		notExist.assistance.add(EvidenceRulesTests.assistance(null));
		shapes.add(notExist);
		var deny = new Case().outcome(Outcome.DENY);
		deny.draft = EvidenceRulesTests.draft(Outcome.DENY, ExemptionGround.INTERNAL_AFFAIRS, " ");
		deny.replyLetter("《中华人民共和国政府信息公开条例》第三十七条", EvidenceRulesTests.RECONSIDERATION_OR_LAWSUIT);
		shapes.add(deny);
		var posted = new Case();
		posted.delivery = new Delivery("ALPHA", EvidenceRulesTests.CASE, DeliveryMethod.POST, LocalDate.of(2026, 12, 21),
				null, null, null, "alpha-clerk", EvidenceRulesTests.NOON);
		posted.fees.add(new FeeNotice("ALPHA", EvidenceRulesTests.CASE, 1, FeeMethod.PER_ITEM, 2,
				new java.math.BigDecimal("200.00"), null, EvidenceRulesTests.FRIDAY, EvidenceRulesTests.FRIDAY,
				LocalDate.of(2026, 12, 18), null, "alpha-handler", EvidenceRulesTests.NOON));
		posted.today = LocalDate.of(2026, 12, 21);
		shapes.add(posted);
		var open = new Case();
		open.draft = null;
		open.delivery = null;
		open.reviews.clear();
		open.audit.clear();
		shapes.add(open);
		return shapes;
	}
}
