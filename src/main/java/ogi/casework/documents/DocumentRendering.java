package ogi.casework.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Service;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import com.deepoove.poi.XWPFTemplate;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import ogi.casework.documents.DocumentSettings.Letterhead;

/**
 * Renders the letters of spec §10 as DOCX (poi-tl templates) and PDF (openhtmltopdf from HTML templates, with the
 * vendored Droid Sans Fallback font embedded so that the Chinese text is real text on any machine). Both formats get
 * the same values: every field of {@link LetterData} by name, the letterhead, and the body {@code paragraphs} worded
 * here per kind and, for replies, per outcome.
 */
@Service
public class DocumentRendering {

	/** The vendored CJK font (Apache License 2.0, see its README); it has no Latin letters or digits. */
	public static final String FONT = "documents/fonts/DroidSansFallbackFull.ttf";

	/** The font family HTML templates name in their CSS for Chinese text. */
	public static final String FONT_FAMILY = "Droid Sans Fallback";

	/** The vendored Latin font (SIL OFL 1.1), so digits and Latin letters are embedded too, not base-14 Times. */
	public static final String LATIN_FONT = "documents/fonts/LiberationSans-Regular.ttf";

	/** The font family HTML templates name first in their CSS. */
	public static final String LATIN_FONT_FAMILY = "Liberation Sans";

	static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

	static {
		XRLog.setLoggerImpl(new Slf4jRendererLog());
	}

	private final DocumentSettings settings;

	private final Templates templates;

	private DocumentSettings.Letterhead letterhead(String agencyCode) {
		return letterheads == null ? settings.letterhead(agencyCode) : letterheads.letterhead(agencyCode);
	}

	private final ParsedFonts fonts;

	/** The agencies' own letterheads over the settings; null where only the settings count (unit tests). */
	private final LetterheadManagement letterheads;

	DocumentRendering(DocumentSettings settings, Templates templates) {
		this(settings, templates, null);
	}

	@org.springframework.beans.factory.annotation.Autowired
	DocumentRendering(DocumentSettings settings, Templates templates, LetterheadManagement letterheads) {
		this.letterheads = letterheads;
		this.settings = settings;
		this.templates = templates;
		this.fonts = new ParsedFonts(resource(LATIN_FONT), resource(FONT));
	}

	private static byte[] resource(String name) {
		try (InputStream in = DocumentRendering.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("The font " + name + " is missing from the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Renders one letter of {@code agencyCode} in one format. */
	public RenderedDocument render(String agencyCode, DocumentKind kind, DocumentFormat format, LetterData data) {
		Map<String, Object> model = model(letterhead(agencyCode), kind, data);
		byte[] bytes = switch (format) {
			case DOCX -> docx(kind, model);
			case PDF -> pdf(kind, model);
			case JPEG, PNG -> throw new IllegalArgumentException("Letters are rendered as DOCX or PDF, not " + format);
		};
		return new RenderedDocument(kind, format, data.caseNumber() + "-" + kind.template() + "." + format.extension(),
				bytes);
	}

	/** Renders one letter in both formats, DOCX first. */
	public List<RenderedDocument> renderAll(String agencyCode, DocumentKind kind, LetterData data) {
		return List.of(render(agencyCode, kind, DocumentFormat.DOCX, data),
				render(agencyCode, kind, DocumentFormat.PDF, data));
	}

	/**
	 * Fails as rendering would on what the case's records put into the letter, without rendering it: builds its values
	 * and parses its HTML page the way the PDF renderer does (a character XML cannot hold, such as the vertical tab Word
	 * inserts for Shift+Enter, fails here). Cheap enough for the action's transaction, which the expensive DOCX and PDF
	 * then follow once committed.
	 *
	 * @throws RuntimeException why the letter cannot be produced
	 */
	public void check(String agencyCode, DocumentKind kind, LetterData data) {
		String page = html(agencyCode, kind, data);
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			// the page is ours and complete: nothing is fetched, as the renderer fetches nothing either
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.newSAXParser().parse(new InputSource(new StringReader(page)), new DefaultHandler());
		}
		catch (SAXException | ParserConfigurationException e) {
			throw new IllegalArgumentException("The " + kind + " page is not well-formed XML: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The remedy paragraph the letter prints: the data's own, or the one the outcome requires (spec G-2). */
	public String remedyParagraph(String agencyCode, LetterData data) {
		if (data.remedyParagraph() != null && !data.remedyParagraph().isBlank()) {
			return data.remedyParagraph();
		}
		Letterhead head = letterhead(agencyCode);
		return Remedies.paragraph(data.outcome(), head.reconsiderationBody(), head.court());
	}

	Map<String, Object> model(Letterhead head, DocumentKind kind, LetterData data) {
		String remedy = data.remedyParagraph() != null && !data.remedyParagraph().isBlank() ? data.remedyParagraph()
				: Remedies.paragraph(data.outcome(), head.reconsiderationBody(), head.court());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("agencyName", text(data.agencyName() == null ? head.agencyName() : data.agencyName()));
		model.put("title", kind.title());
		model.put("caseNumber", text(data.caseNumber()));
		model.put("applicantName", text(data.applicantName()));
		model.put("addressee", text(data.addressee() == null ? data.applicantName() : data.addressee()));
		model.put("requestText", text(data.requestText()));
		model.put("receiptDate", date(data.receiptDate()));
		model.put("outcome", data.outcome() == null ? "" : OutcomeWording.label(data.outcome()));
		model.put("legalBasis", text(data.legalBasis()));
		model.put("reasons", text(data.reasons()));
		model.put("accessDetails", text(data.accessDetails()));
		model.put("withheldParts", String.join("；", data.withheldParts()));
		model.put("responsibleAgency", text(data.responsibleAgency()));
		model.put("earlierCase", text(data.earlierCase()));
		model.put("remedyParagraph", kind == DocumentKind.REPLY_LETTER ? remedy : "");
		model.put("dueDate", date(data.dueDate()));
		model.put("details", text(data.details()));
		model.put("amount", data.amount() == null ? "" : data.amount().toPlainString());
		model.put("date", date(data.date()));
		model.put("reconsiderationBody", head.reconsiderationBody());
		model.put("court", head.court());
		model.put("contact", head.contact());
		List<Map<String, String>> paragraphs = new ArrayList<>();
		for (String paragraph : paragraphs(kind, data, remedy, head)) {
			paragraphs.add(Map.of("text", paragraph));
		}
		model.put("paragraphs", paragraphs);
		return model;
	}

	private List<String> paragraphs(DocumentKind kind, LetterData d, String remedy, Letterhead head) {
		String received = "本机关于" + date(d.receiptDate()) + "收到您提出的政府信息公开申请，申请内容为：“"
				+ text(d.requestText()) + "”。";
		List<String> p = new ArrayList<>();
		switch (kind) {
			case ACKNOWLEDGEMENT -> {
				p.add("本机关已收到您提交的政府信息公开申请，申请内容为：“" + text(d.requestText()) + "”。");
				p.add("根据" + LegalCitations.REGULATIONS + "第三十一条的规定，本机关收到申请之日为" + date(d.receiptDate())
						+ "。本机关将自收到申请之日起20个工作日内予以答复；需要延长答复期限的，将另行书面告知。");
				p.add("申请编号：" + text(d.caseNumber()) + "。");
			}
			case SUPPLEMENT_NOTICE -> {
				p.add(received);
				p.add("经审查，您的申请内容不明确。根据" + text(d.legalBasis()) + "的规定，请您对以下内容作出补正：" + text(d.details()));
				p.add("请于" + date(d.dueDate()) + "前向本机关提交补正材料。答复期限自本机关收到补正的申请之日起计算；"
						+ "无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。");
			}
			case EXTENSION_NOTICE -> {
				p.add(received);
				p.add("因" + text(d.details()) + "，本机关不能在规定期限内作出答复。经本机关政府信息公开工作机构负责人同意，根据"
						+ text(d.legalBasis()) + "的规定，答复期限延长不超过20个工作日，本机关将于" + date(d.dueDate())
						+ "前作出答复。");
			}
			case REASONABLE_DELAY_NOTICE -> {
				// Art. 35: a period of the agency's own setting, beyond Art. 33 — no 20-working-day cap to promise.
				p.add(received);
				p.add("您申请公开政府信息的数量、频次明显超过合理范围，本机关已要求您说明理由。经审查，您说明的理由合理，"
						+ "但本机关无法在法定答复期限内答复。延迟答复的理由：" + text(d.details()));
				p.add("根据" + text(d.legalBasis()) + "的规定，本机关确定延迟答复的合理期限，将于" + date(d.dueDate())
						+ "前作出答复。");
			}
			case CONSULTATION_LETTER -> {
				p.add("本机关于" + date(d.receiptDate()) + "收到一份政府信息公开申请，申请公开的内容为：“" + text(d.requestText())
						+ "”。");
				p.add("该申请涉及贵方，现就以下事项征求贵方意见：" + text(d.details()));
				p.add("根据" + text(d.legalBasis()) + "的规定，请于" + date(d.dueDate())
						+ "前向本机关提出书面意见。第三方逾期未提出意见的，由本机关依照条例的规定决定是否公开；"
						+ "共同制作机关逾期未提出意见的，视为同意公开。");
			}
			case FEE_NOTICE -> {
				p.add(received);
				p.add("根据" + text(d.legalBasis()) + "的规定，本机关决定向您收取信息处理费。收费依据和标准：" + text(d.details())
						+ "。收费金额：人民币" + amount(d.amount()) + "元。");
				p.add("请于" + date(d.dueDate()) + "前（收到本通知次日起20个工作日内）缴纳。逾期未缴纳的，视为放弃申请，"
						+ "本机关不再处理该政府信息公开申请。");
			}
			case REPLY_LETTER -> {
				p.add("本机关于" + date(d.receiptDate()) + "收到您提出的政府信息公开申请（申请编号：" + text(d.caseNumber())
						+ "），申请内容为：“" + text(d.requestText()) + "”。");
				if (d.outcome() != null) {
					p.add(OutcomeWording.decision(d.outcome(), d.earlierCase()) + "答复类型：" + OutcomeWording.label(d.outcome())
							+ "。");
				}
				if (!d.withheldParts().isEmpty()) {
					p.add("不予公开的部分及理由：" + String.join("；", d.withheldParts()) + "。");
				}
				if (d.reasons() != null && !d.reasons().isBlank()) {
					p.add("理由：" + d.reasons());
				}
				if (d.accessDetails() != null && !d.accessDetails().isBlank()) {
					p.add("获取方式：" + d.accessDetails());
				}
				if (d.responsibleAgency() != null && !d.responsibleAgency().isBlank()) {
					p.add("负责公开该政府信息的机关为：" + d.responsibleAgency() + "，您可以向其提出申请。");
				}
				p.add("根据" + text(d.legalBasis()) + "的规定，特此答复。");
				p.add(remedy);
			}
			case IDENTITY_PROOF, SUPPLEMENT_MATERIAL -> throw new IllegalArgumentException(
					kind + " is received from the applicant, not written from a template");
		}
		p.add("联系方式：" + head.contact());
		return p;
	}

	private byte[] docx(DocumentKind kind, Map<String, Object> model) {
		try (InputStream in = templates.open(kind, "docx");
				XWPFTemplate template = XWPFTemplate.compile(in).render(model);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			template.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot render " + kind + " as DOCX", e);
		}
	}

	/**
	 * The letter as the HTML page its PDF is rendered from, so that people can read on screen exactly what will be
	 * signed and sent.
	 */
	public String html(String agencyCode, DocumentKind kind, LetterData data) {
		return html(kind, model(letterhead(agencyCode), kind, data));
	}

	private String html(DocumentKind kind, Map<String, Object> model) {
		try (InputStream in = templates.open(kind, "html")) {
			return fill(new String(in.readAllBytes(), StandardCharsets.UTF_8), model);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the HTML template of " + kind, e);
		}
	}

	private byte[] pdf(DocumentKind kind, Map<String, Object> model) {
		return htmlToPdf(html(kind, model));
	}

	/**
	 * Renders a well-formed XHTML page as PDF with the vendored fonts embedded; CSS should name
	 * {@value #LATIN_FONT_FAMILY} then {@value #FONT_FAMILY}. Used for the letters and for other modules' reports
	 * (e.g. the evidence bundle).
	 */
	public byte[] htmlToPdf(String html) {
		ParsedFonts.Pair parsed = fonts.get();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); PDDocument document = new PDDocument()) {
			// Fonts loaded from an already parsed TrueTypeFont are embedded as subsets like before, and the document
			// leaves the parsed font open for the next one.
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, parsed.latin(), true)), LATIN_FONT_FAMILY);
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, parsed.cjk(), true)), FONT_FAMILY);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot render HTML as PDF", e);
		}
	}

	/** How many times this renderer has parsed its fonts: once, for every PDF it renders. */
	int fontParses() {
		return fonts.parsedPairs();
	}

	/** Replaces {@code {{name}}} with the escaped value; a list becomes one {@code <p>} per element's text. */
	static String fill(String template, Map<String, Object> model) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			Object value = model.get(matcher.group(1));
			String replacement;
			if (value instanceof List<?> list) {
				StringBuilder paragraphs = new StringBuilder();
				for (Object element : list) {
					Object textValue = element instanceof Map<?, ?> map ? map.get("text") : element;
					paragraphs.append("<p>").append(escape(String.valueOf(textValue))).append("</p>\n");
				}
				replacement = paragraphs.toString();
			}
			else {
				replacement = escape(value == null ? "" : value.toString());
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	static String escape(String value) {
		return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String date(LocalDate date) {
		return date == null ? "" : CHINESE_DATE.format(date);
	}

	private static String amount(BigDecimal amount) {
		return amount == null ? "" : amount.toPlainString();
	}
}
