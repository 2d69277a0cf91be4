package ogi.casework.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ogi.casework.consultation.Consultation;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineCause;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.Extension;
import ogi.casework.deadlines.ExtensionKind;
import ogi.casework.deadlines.PeriodUnit;
import ogi.casework.fees.FeeMethod;
import ogi.casework.fees.FeeNotice;
import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Application;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IdDocumentType;
import ogi.casework.intake.ObtainingMethod;
import ogi.casework.intake.ProvisionForm;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.WithheldPart;
import ogi.casework.support.LawTable;

/** Renders every letter, then opens the DOCX with POI and the PDF with PDFBox and reads what a recipient would read. */
class DocumentRenderingTests {

	static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);

	static final LocalDate REPLIED = LocalDate.of(2026, 12, 15);

	static final DocumentSettings SETTINGS = new DocumentSettings("默认机关", "默认复议机关", "默认法院", "默认联系方式", "",
			Map.of("ALPHA", new DocumentSettings.Letterhead("甲区人民政府办公室", "甲区人民政府", "甲区人民法院",
					"联系人：李四，电话：010-12345678")));

	final DocumentRendering rendering = new DocumentRendering(SETTINGS, new Templates(SETTINGS));

	static final Application APPLICATION = new Application("ALPHA-2026-0001", "ALPHA", ApplicantType.NATURAL_PERSON,
			"张三", IdDocumentType.RESIDENT_ID_CARD, "110101199001011234", "13800138000", "zhang@example.cn",
			"北京市西城区某街1号", "2025年本区道路维修资金的使用情况", null, ProvisionForm.PAPER, ObtainingMethod.POST,
			Channel.IN_PERSON, RECEIVED, null, null, null, RECEIVED, false, null, "alpha-clerk",
			Instant.parse("2026-11-20T02:00:00Z"));

	@Test
	void denialSendsTheApplicantToReconsiderationFirstAndOffersNoDirectLawsuit() throws IOException {
		LetterData data = LetterData.reply(APPLICATION, draft(Outcome.DENY, ExemptionGround.STATE_SECRET,
				"该信息经依法确定为国家秘密。", List.of()), REPLIED);

		for (String text : bothFormats(DocumentKind.REPLY_LETTER, data)) {
			assertThat(text).contains("2025年本区道路维修资金的使用情况", "2026年11月20日", "2026年12月15日",
					"不予公开", "第三十六条第（三）项", "第十四条", "该信息经依法确定为国家秘密",
					"第二十三条第一款第（四）项", "先向甲区人民政府申请行政复议", "60日", "甲区人民政府办公室");
			assertThat(text).doesNotContain("提起行政诉讼").doesNotContain("6个月");
		}
	}

	@Test
	void partialDisclosureNamesEachWithheldPartAndAlsoRequiresReconsiderationFirst() throws IOException {
		LetterData data = LetterData.reply(APPLICATION, draft(Outcome.PARTIAL, null, null,
				List.of(new WithheldPart("施工单位员工名单", ExemptionGround.THIRD_PARTY_RIGHTS, "涉及个人隐私"))),
				REPLIED);

		for (String text : bothFormats(DocumentKind.REPLY_LETTER, data)) {
			assertThat(text).contains("部分公开", "第三十七条", "施工单位员工名单", "第十五条", "涉及个人隐私",
					"先向甲区人民政府申请行政复议", "60日");
			assertThat(text).doesNotContain("提起行政诉讼");
		}
	}

	@Test
	void disclosureOffersReconsiderationWithin60DaysOrALawsuitWithin6Months() throws IOException {
		LetterData data = LetterData.reply(APPLICATION, draft(Outcome.DISCLOSE, null, null, List.of()), REPLIED);

		for (String text : bothFormats(DocumentKind.REPLY_LETTER, data)) {
			assertThat(text).contains("予以公开", "第三十六条第（二）项", "随本答复书附送相关文件", "2026年11月20日",
					"60日内向甲区人民政府申请行政复议", "行政复议", "6个月", "甲区人民法院提起行政诉讼");
			assertThat(text).doesNotContain("先向");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ogi.casework.support.LawTable#outcomes")
	void everyReplyLetterCitesTheArticleOfTheLawTableAndItsRemedy(LawTable.OutcomeRow law) throws IOException {
		LetterData data = LetterData.reply(APPLICATION, draft(law.outcome(), null, "理由说明。", List.of()), REPLIED);

		for (String text : bothFormats(DocumentKind.REPLY_LETTER, data)) {
			assertThat(text).contains(OutcomeWording.label(law.outcome()), "2026年11月20日", "ALPHA-2026-0001",
					"政府信息公开申请答复书");
			assertThat(text).contains("根据" + law.letterBasis() + "的规定，特此答复。");
			assertRemedy(text, law.reconsiderationFirst());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ogi.casework.support.LawTable#grounds")
	void everyRefusalCitesArticle36Item3AndItsGroundAndSendsToReconsiderationFirst(LawTable.GroundRow law)
			throws IOException {
		LetterData data = LetterData.reply(APPLICATION, draft(Outcome.DENY, law.ground(), "理由说明。", List.of()),
				REPLIED);

		for (String text : bothFormats(DocumentKind.REPLY_LETTER, data)) {
			assertThat(text).contains("根据" + law.letterBasis() + "的规定，特此答复。");
			assertRemedy(text, LawTable.of(Outcome.DENY).reconsiderationFirst());
		}
	}

	/**
	 * Spec G-2: a refusal sends the applicant to reconsideration first (复议法 Art. 23(1)(四) and para. 2) within 60
	 * days and offers no lawsuit; every other reply offers reconsideration within 60 days or a suit within 6 months.
	 */
	private static void assertRemedy(String text, boolean reconsiderationFirst) {
		if (reconsiderationFirst) {
			assertThat(text).contains("根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，您应当先向甲区人民政府申请行政复议",
					"自知道本答复之日起60日内").doesNotContain("提起行政诉讼").doesNotContain("6个月");
		}
		else {
			assertThat(text).contains("可以自知道本答复之日起60日内向甲区人民政府申请行政复议",
					"或者自知道本答复之日起6个月内依法向甲区人民法院提起行政诉讼").doesNotContain("先向")
					.doesNotContain("第二十三条");
		}
	}

	@Test
	void acknowledgementConfirmsTheReceiptDate() throws IOException {
		for (String text : bothFormats(DocumentKind.ACKNOWLEDGEMENT, LetterData.acknowledgement(APPLICATION, RECEIVED))) {
			assertThat(text).contains("政府信息公开申请接收回执", "张三", "2026年11月20日", "第三十一条", "20个工作日",
					"ALPHA-2026-0001").doesNotContain("行政复议");
		}
	}

	@Test
	void supplementNoticeListsWhatToSupplyAndTheDeadline() throws IOException {
		LetterData data = LetterData.supplementNotice(APPLICATION, "请明确所需信息的年度和路段。", LocalDate.of(2026, 12, 18),
				LocalDate.of(2026, 11, 24));
		for (String text : bothFormats(DocumentKind.SUPPLEMENT_NOTICE, data)) {
			assertThat(text).contains("补正申请告知书", "第三十条", "请明确所需信息的年度和路段", "2026年12月18日",
					"2026年11月24日", "视为放弃申请");
		}
	}

	@Test
	void extensionNoticeCitesArticle33Paragraph2AndGivesTheHandlersReasonAndTheNewDueDate() throws IOException {
		var extension = approved(ExtensionKind.EXTENSION, 20, "需要检索的档案数量较大", "同意延期。");
		LetterData data = LetterData.extensionNotice(APPLICATION, extension, extendedTo(LocalDate.of(2027, 1, 20)));

		assertThat(DocumentKind.noticeOf(ExtensionKind.EXTENSION)).isEqualTo(DocumentKind.EXTENSION_NOTICE);
		for (String text : bothFormats(DocumentKind.EXTENSION_NOTICE, data)) {
			assertThat(text).contains("延期答复告知书", "第三十三条第二款", "不超过20个工作日", "需要检索的档案数量较大",
					"2027年1月20日", "2026年12月16日");
			assertThat(text).as("the head's approval note is internal").doesNotContain("同意延期");
		}
	}

	@Test
	void reasonableDelayNoticeCitesArticle35NotTheTwentyWorkingDaysOfArticle33() throws IOException {
		// Art. 35: reasons judged reasonable, the statutory period impossible; the agency sets the later date itself.
		var delay = approved(ExtensionKind.REASONABLE_DELAY, 45, "申请涉及2015年至2025年共三百余份合同，需逐份调取", "同意。");
		LetterData data = LetterData.extensionNotice(APPLICATION, delay, extendedTo(LocalDate.of(2027, 3, 10)));

		assertThat(DocumentKind.noticeOf(ExtensionKind.REASONABLE_DELAY)).isEqualTo(DocumentKind.REASONABLE_DELAY_NOTICE);
		for (String text : bothFormats(DocumentKind.REASONABLE_DELAY_NOTICE, data)) {
			assertThat(text).contains("延迟答复告知书", "第三十五条", "申请涉及2015年至2025年共三百余份合同，需逐份调取",
					"2027年3月10日", "2026年12月16日", "理由合理");
			assertThat(text).doesNotContain("第三十三条第二款").doesNotContain("不超过20个工作日")
					.doesNotContain("延期答复告知书").doesNotContain("同意。");
		}
	}

	@Test
	void refusesANoticeOfAnExtensionThatWasNotApproved() {
		var requested = new Extension("ALPHA", "ALPHA-2026-0001", 1, ExtensionKind.EXTENSION, 20, "档案较多",
				Extension.Status.REQUESTED, "alpha-handler", Instant.parse("2026-12-10T02:00:00Z"), null, null, null, null);

		assertThatThrownBy(() -> LetterData.extensionNotice(APPLICATION, requested, extendedTo(LocalDate.of(2027, 1, 20))))
				.isInstanceOf(IllegalArgumentException.class);
	}

	private static Extension approved(ExtensionKind kind, int workingDays, String reason, String headsNote) {
		return new Extension("ALPHA", "ALPHA-2026-0001", 1, kind, workingDays, reason, Extension.Status.APPROVED,
				"alpha-handler", Instant.parse("2026-12-10T02:00:00Z"), "alpha-head", LocalDate.of(2026, 12, 15),
				LocalDate.of(2026, 12, 16), headsNote);
	}

	private static Deadline extendedTo(LocalDate due) {
		return new Deadline(1L, "ALPHA", "ALPHA-2026-0001", DeadlineKind.REPLY, RECEIVED, "receipt", 40,
				PeriodUnit.WORKING_DAYS, 0, due, false, "Art. 33(2)", "", "extension", true, "alpha-head",
				Instant.parse("2026-12-15T02:00:00Z"), DeadlineCause.EXTENSION_APPROVED, 1);
	}

	@Test
	void consultationLetterGoesToTheThirdPartyWithoutTheApplicantsName() throws IOException {
		var consultation = new Consultation("ALPHA", "ALPHA-2026-0001", 1, ConsultationKind.values()[0], "某建设有限公司",
				"公开施工合同金额是否损害贵公司商业秘密？", LocalDate.of(2026, 11, 25), null, null, null, "alpha-handler",
				Instant.now(), null, null);
		LetterData data = LetterData.consultationLetter(APPLICATION, consultation, LocalDate.of(2026, 12, 16));
		for (String text : bothFormats(DocumentKind.CONSULTATION_LETTER, data)) {
			assertThat(text).contains("征求意见书", "某建设有限公司", "公开施工合同金额", "第三十二条", "2026年12月16日",
					"2026年11月25日").doesNotContain("张三");
		}
	}

	@Test
	void feeNoticeStatesBasisAmountAndPaymentWindow() throws IOException {
		var fee = new FeeNotice("ALPHA", "ALPHA-2026-0001", 1, FeeMethod.PER_ITEM, 12, new BigDecimal("200"),
				"按件计收，本月第11至12件，每件100元", LocalDate.of(2026, 11, 27), null, LocalDate.of(2026, 12, 28), null,
				"alpha-clerk", Instant.now());
		for (String text : bothFormats(DocumentKind.FEE_NOTICE, LetterData.feeNotice(APPLICATION, fee))) {
			assertThat(text).contains("信息处理费收费通知书", "国办函〔2020〕109号", "人民币200元", "按件计收",
					"2026年12月28日", "视为放弃申请");
		}
	}

	@Test
	void pdfDrawsEveryVisibleCharacterWithAnEmbeddedVendoredFontAndChineseWithDroidSansFallback() throws IOException {
		byte[] pdf = rendering.render("ALPHA", DocumentKind.REPLY_LETTER, DocumentFormat.PDF,
				LetterData.reply(APPLICATION, draft(Outcome.DENY, ExemptionGround.STATE_SECRET, "国家秘密。", List.of()),
						REPLIED)).content();
		Map<String, StringBuilder> drawnByFont = new java.util.TreeMap<>();
		List<Boolean> embedded = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
					if (!text.getUnicode().isBlank()) {
						drawnByFont.computeIfAbsent(text.getFont().getName(), name -> new StringBuilder())
							.append(text.getUnicode());
						embedded.add(text.getFont().isEmbedded());
					}
					super.processTextPosition(text);
				}
			};
			stripper.getText(document);
		}
		assertThat(drawnByFont.keySet()).as("fonts drawing text: %s", drawnByFont)
			.allMatch(name -> name.contains("DroidSansFallback") || name.contains("LiberationSans"));
		String chinese = drawnByFont.entrySet().stream().filter(e -> e.getKey().contains("DroidSansFallback"))
			.map(e -> e.getValue().toString()).collect(Collectors.joining());
		assertThat(chinese).contains("答复书", "先向甲区人民政府申请行政复议");
		assertThat(embedded).isNotEmpty().containsOnly(true);
	}

	@Test
	void anAgencysOwnTemplateReplacesTheBuiltInOne(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("acknowledgement.html"), """
				<html><head><style>body { font-family: 'Droid Sans Fallback'; }</style></head>
				<body><p>本局自制回执 {{caseNumber}} {{receiptDate}}</p></body></html>
				""");
		var settings = new DocumentSettings("默认机关", "默认复议机关", "默认法院", "默认联系方式", dir.toString(), Map.of());
		var own = new DocumentRendering(settings, new Templates(settings));
		LetterData data = LetterData.acknowledgement(APPLICATION, RECEIVED);

		assertThat(pdfText(own.render("ALPHA", DocumentKind.ACKNOWLEDGEMENT, DocumentFormat.PDF, data).content()))
			.contains("本局自制回执 ALPHA-2026-0001 2026年11月20日");
		assertThat(docxText(own.render("ALPHA", DocumentKind.ACKNOWLEDGEMENT, DocumentFormat.DOCX, data).content()))
			.contains("政府信息公开申请接收回执", "默认机关");
	}

	@Test
	void parsesTheFontsOnceForLettersRenderedOneAfterAnother() throws IOException {
		var own = new DocumentRendering(SETTINGS, new Templates(SETTINGS));

		for (int i = 1; i <= 3; i++) {
			var application = withCaseNumber("ALPHA-2026-000" + i);
			assertThat(pdfText(own.render("ALPHA", DocumentKind.ACKNOWLEDGEMENT, DocumentFormat.PDF,
					LetterData.acknowledgement(application, RECEIVED)).content())).contains("ALPHA-2026-000" + i);
		}

		assertThat(own.fontParses()).isEqualTo(1);
	}

	/**
	 * The fonts are parsed once and shared by renderings running at once: each letter still carries its own text, and
	 * embeds, glyph for glyph, the same font subsets as when it is rendered alone (letters of different subjects, so
	 * that renderings read different glyphs of the shared font at the same time).
	 */
	@Test
	void lettersRenderedAtTheSameTimeEmbedTheSameFontsAsLettersRenderedAlone() throws Exception {
		var own = new DocumentRendering(SETTINGS, new Templates(SETTINGS));
		String words = "为了保障公民法人和其他组织依法获取政府信息提高政府工作的透明度建设法治政府充分发挥政府信息对人民群众"
				+ "生产生活和经济社会活动的服务作用制定本条例所称政府信息是指行政机关在履行行政管理职能过程中制作或者获取的"
				+ "以一定形式记录保存的信息各级人民政府应当加强对政府信息公开工作的组织领导";
		int letters = 24;
		List<Application> applications = new ArrayList<>();
		List<List<String>> alone = new ArrayList<>();
		for (int i = 0; i < letters; i++) {
			int from = i * 7 % (words.length() - 30);
			var application = withCaseNumberAndSubject("ALPHA-2026-%04d".formatted(i),
					"关于" + words.substring(from, from + 30) + "的信息");
			applications.add(application);
			alone.add(embeddedFonts(own.render("ALPHA", DocumentKind.ACKNOWLEDGEMENT, DocumentFormat.PDF,
					LetterData.acknowledgement(application, RECEIVED)).content()));
		}
		assertThat(alone.get(0)).as("the Latin and the CJK subset").hasSize(2);
		assertThat(embeddedFonts(own.render("ALPHA", DocumentKind.ACKNOWLEDGEMENT, DocumentFormat.PDF,
				LetterData.acknowledgement(applications.get(0), RECEIVED)).content()))
			.as("one letter rendered alone twice embeds the same bytes").isEqualTo(alone.get(0));
		assertThat(alone.get(1)).as("letters of other subjects embed other subsets").isNotEqualTo(alone.get(0));

		// a renderer of its own, whose first renderings run at once: its fonts parsed while they ask for them
		var fresh = new DocumentRendering(SETTINGS, new Templates(SETTINGS));
		int threads = 6;
		var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<byte[]>> pdfs = new ArrayList<>();
			for (var application : applications) {
				pdfs.add(pool.submit(() -> {
					start.await();
					return fresh.render("ALPHA", DocumentKind.ACKNOWLEDGEMENT, DocumentFormat.PDF,
							LetterData.acknowledgement(application, RECEIVED)).content();
				}));
			}
			start.countDown();

			for (int i = 0; i < letters; i++) {
				byte[] pdf = pdfs.get(i).get();
				assertThat(pdfText(pdf)).contains("申请编号：ALPHA-2026-%04d".formatted(i), "本机关已收到您提交的政府信息公开申请",
						applications.get(i).requestedInformation());
				assertThat(embeddedFonts(pdf)).as("letter %d", i).isEqualTo(alone.get(i));
			}
			assertThat(fresh.fontParses()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Each embedded font of a PDF: its name without the subset tag, and a digest of its font file. */
	private static List<String> embeddedFonts(byte[] pdf) throws Exception {
		List<String> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					if (page.getResources().getFont(name) instanceof org.apache.pdfbox.pdmodel.font.PDType0Font font) {
						byte[] file = font.getDescendantFont().getFontDescriptor().getFontFile2().toByteArray();
						fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", "") + " " + java.util.HexFormat.of()
							.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file)));
					}
				}
			}
		}
		return fonts.stream().sorted().toList();
	}

	private static Application withCaseNumberAndSubject(String caseNumber, String subject) {
		return new Application(caseNumber, "ALPHA", ApplicantType.NATURAL_PERSON, "张三",
				IdDocumentType.RESIDENT_ID_CARD, "110101199001011234", "13800138000", "zhang@example.cn",
				"北京市西城区某街1号", subject, null, ProvisionForm.PAPER, ObtainingMethod.POST,
				Channel.IN_PERSON, RECEIVED, null, null, null, RECEIVED, false, null, "alpha-clerk",
				Instant.parse("2026-11-20T02:00:00Z"));
	}

	private static Application withCaseNumber(String caseNumber) {
		return new Application(caseNumber, "ALPHA", ApplicantType.NATURAL_PERSON, "张三",
				IdDocumentType.RESIDENT_ID_CARD, "110101199001011234", "13800138000", "zhang@example.cn",
				"北京市西城区某街1号", "2025年本区道路维修资金的使用情况", null, ProvisionForm.PAPER, ObtainingMethod.POST,
				Channel.IN_PERSON, RECEIVED, null, null, null, RECEIVED, false, null, "alpha-clerk",
				Instant.parse("2026-11-20T02:00:00Z"));
	}

	@Test
	void fileNamesNameTheCaseTheKindAndTheFormat() {
		LetterData data = LetterData.acknowledgement(APPLICATION, RECEIVED);
		assertThat(rendering.renderAll("ALPHA", DocumentKind.ACKNOWLEDGEMENT, data))
			.extracting(RenderedDocument::fileName)
			.containsExactly("ALPHA-2026-0001-acknowledgement.docx", "ALPHA-2026-0001-acknowledgement.pdf");
	}

	private List<String> bothFormats(DocumentKind kind, LetterData data) throws IOException {
		return List.of(docxText(rendering.render("ALPHA", kind, DocumentFormat.DOCX, data).content()),
				pdfText(rendering.render("ALPHA", kind, DocumentFormat.PDF, data).content()));
	}

	static String docxText(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
				.collect(Collectors.joining("\n"));
			assertThat(text).doesNotContain("{{");
			return text;
		}
	}

	/** The PDF's text with line breaks removed, since the layout wraps long Chinese sentences anywhere. */
	static String pdfText(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", "");
		}
	}

	private static ReplyDraft draft(Outcome outcome, ExemptionGround ground, String reasons, List<WithheldPart> parts) {
		String access = outcome == Outcome.DISCLOSE ? "随本答复书附送相关文件。" : null;
		String earlier = outcome == Outcome.REPEAT ? "ALPHA-2026-0000" : null;
		return new ReplyDraft("ALPHA", "ALPHA-2026-0001", 1, outcome, ground, reasons, access, null, null, earlier, parts,
				null, null, "alpha-handler", Instant.parse("2026-12-10T02:00:00Z"));
	}
}
