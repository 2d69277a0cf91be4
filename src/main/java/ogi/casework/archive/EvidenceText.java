package ogi.casework.archive;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.support.ResourceBundleMessageSource;

import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineCause;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.Extension;
import ogi.casework.deadlines.Pause;
import ogi.casework.deadlines.PauseKind;
import ogi.casework.deadlines.PeriodUnit;
import ogi.casework.documents.LegalCitations;
import ogi.casework.documents.Remedies;
import ogi.casework.review.ReviewStage;
import ogi.casework.review.Verdict;
import ogi.casework.shared.CaseStatus;

/**
 * The evidence bundle's words in one language: the checklist's findings and the bundle's headings from
 * {@code ogi/casework/archive/evidence*.properties} (Chinese is the base bundle), the labels of statuses, outcomes and
 * other typed values from the pages' {@code messages*.properties}. The Chinese bundle names values by their Chinese
 * labels and articles as Chinese law cites them; the English one keeps the engine's codes, as the API does.
 */
final class EvidenceText {

	static final String BUNDLE = "ogi/casework/archive/evidence";

	private static final ResourceBundleMessageSource MESSAGES = messages();

	/** The words of the API's checklist and of an English bundle. */
	static final EvidenceText ENGLISH = new EvidenceText(Locale.ENGLISH);

	/** The words of a Chinese bundle, the default. */
	static final EvidenceText CHINESE = new EvidenceText(Locale.SIMPLIFIED_CHINESE);

	private final Locale locale;

	private EvidenceText(Locale locale) {
		this.locale = locale;
	}

	/** Chinese for every reader but one who asked for English. */
	static EvidenceText of(Locale locale) {
		return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
	}

	Locale locale() {
		return locale;
	}

	boolean english() {
		return locale == Locale.ENGLISH;
	}

	/** A message with its arguments worded first (dates ISO, enum values as labels, nested findings in words). */
	String msg(String key, Object... args) {
		Object[] worded = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			worded[i] = word(args[i]);
		}
		return MESSAGES.getMessage(key, worded, locale);
	}

	String word(Finding finding) {
		return msg(finding.key(), finding.args().toArray());
	}

	/** The findings joined as one paragraph. */
	String join(List<Finding> findings) {
		return findings.stream().map(this::word).collect(Collectors.joining(msg("ev.separator")));
	}

	String word(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Finding finding) {
			return word(finding);
		}
		if (value instanceof Finding.Dual dual) {
			return word(english() ? dual.english() : dual.chinese());
		}
		if (value instanceof Finding.Article article) {
			return article(article.name());
		}
		if (value instanceof Remedies.Part part && english()) {
			return part.description();
		}
		if (value instanceof Finding.Joined joined) {
			return join(joined.findings());
		}
		if (value instanceof Finding.Label label) {
			if (english() || label.code() == null) {
				return label.code() == null ? "" : label.code();
			}
			String text = MESSAGES.getMessage(label.prefix() + label.code(), null, null, locale);
			return text != null ? text : msg(label.fallbackKey());
		}
		if (value instanceof Enum<?> e) {
			return label(e);
		}
		if (value instanceof Boolean b) {
			return msg(b ? "ev.yes" : "ev.no");
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(this::word).collect(Collectors.joining(msg("ev.listSeparator")));
		}
		return String.valueOf(value);
	}

	/** An enum value: its code in English (as the API names it), its Chinese label otherwise. */
	String label(Enum<?> value) {
		if (english()) {
			return value.name();
		}
		String key = prefix(value) + value.name();
		String label = MESSAGES.getMessage(key, null, null, locale);
		return label != null ? label : value.name();
	}

	/** An enum value's label in this language, also in English (headings and table cells of an English bundle). */
	String labelAlways(Enum<?> value) {
		String label = MESSAGES.getMessage(prefix(value) + value.name(), null, null, locale);
		return label != null ? label : value.name();
	}

	/**
	 * An article as the engine names it ("Art. 33(2)", "Arts. 32, 34", "Art. 35, T7", "行政复议法 Art. 20"): unchanged
	 * in English; in Chinese as Chinese law cites it (《中华人民共和国政府信息公开条例》第三十三条第二款), without the spec's
	 * rule ids, and a citation already in Chinese (国办函〔2020〕109号) as it is.
	 */
	String article(String article) {
		if (english() || article == null) {
			return article == null ? "" : article;
		}
		String direct = LegalCitations.article(article);
		if (direct != null) {
			return LegalCitations.REGULATIONS + direct;
		}
		String cleaned = SPEC_ID.matcher(article).replaceAll("").trim();
		if (!LATIN.matcher(cleaned).find()) {
			return cleaned;
		}
		String law = cleaned.startsWith("行政复议法") || cleaned.startsWith("复议法") ? "《中华人民共和国行政复议法》"
				: cleaned.startsWith("行政诉讼法") ? "《中华人民共和国行政诉讼法》" : LegalCitations.REGULATIONS;
		List<String> parts = new java.util.ArrayList<>();
		Matcher m = ARTICLE.matcher(cleaned);
		while (m.find()) {
			String known = law.equals(LegalCitations.REGULATIONS)
					? LegalCitations.article("Art. " + m.group(1) + m.group(2)) : null;
			String part = known != null ? known : "第" + numeral(m.group(1)) + "条" + paragraphs(m.group(2));
			parts.add(m.group(3) == null ? part : part + "至第" + numeral(m.group(3)) + "条");
		}
		return parts.isEmpty() ? msg("ev.article.regulations") : law + String.join("、", parts);
	}

	/** The spec's rule ids after an article ("Art. 35, T7", "国办函〔2020〕109号, F-5"): not law, left out in Chinese. */
	private static final Pattern SPEC_ID = Pattern.compile("(?:,\\s*)?\\b(?:[TRFG]-?\\d+)\\b");

	private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

	/** An article number with its paragraphs and items, or a range ("36–39"). */
	private static final Pattern ARTICLE = Pattern.compile("(\\d+)((?:\\([^)]+\\))*)(?:\\s*[–-]\\s*(\\d+))?");

	private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	/** "(2)" as 第二款, "(2)(一)" as 第二款第（一）项. */
	private static String paragraphs(String subdivisions) {
		StringBuilder out = new StringBuilder();
		Matcher m = Pattern.compile("\\(([^)]+)\\)").matcher(subdivisions);
		boolean first = true;
		while (m.find()) {
			String s = m.group(1);
			out.append(first && s.chars().allMatch(Character::isDigit) ? "第" + numeral(s) + "款" : "第（" + s + "）项");
			first = false;
		}
		return out.toString();
	}

	/** 1–99 in Chinese numerals as articles are numbered (三十六); larger numbers as digits. */
	static String numeral(String number) {
		int n = Integer.parseInt(number);
		if (n < 10) {
			return DIGITS[n];
		}
		if (n < 100) {
			return (n < 20 ? "" : DIGITS[n / 10]) + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
		}
		return number;
	}

	/**
	 * A ledger entry's computation in words: the engine's explanation in English; in Chinese the sentence the case page
	 * shows (ledger.* in the pages' messages), e.g. 自 2026-11-20 起 20 个工作日，其中因征求第三方意见暂停 6 个工作日，于 … 届满.
	 */
	String explanation(Deadline deadline, List<Pause> pauses) {
		if (english()) {
			return deadline.explanation();
		}
		if (deadline.kind() == DeadlineKind.RECEIPT) {
			return msg("ledger.receipt", deadline.startDate());
		}
		StringBuilder sentence = new StringBuilder(msg("ledger.period", String.valueOf(deadline.length()),
				label(deadline.unit()), deadline.startDate()));
		if (deadline.pausedWorkingDays() > 0) {
			String why = pauses.stream().map(pause -> label(pause.kind())).distinct()
					.collect(Collectors.joining(msg("ledger.and")));
			sentence.append(msg("ledger.paused", String.valueOf(deadline.pausedWorkingDays()),
					why.isEmpty() ? msg("ledger.excludedTime") : why));
		}
		sentence.append(msg("ledger.due", deadline.dueDate()));
		if (deadline.provisional()) {
			sentence.append(msg("ledger.provisional"));
		}
		return sentence.toString();
	}

	/** A ledger entry's legal basis: the engine's in English, the article as the case page cites it in Chinese. */
	String basis(Deadline deadline) {
		return english() ? deadline.basis() : msg("deadline.basis." + deadline.kind().name());
	}

	/** Why a ledger entry was computed: the engine's reason in English, from its typed cause in Chinese. */
	String cause(Deadline deadline) {
		if (english()) {
			return deadline.reason();
		}
		return deadline.cause() == null ? msg("deadline.cause.UNKNOWN")
				: msg("deadline.cause." + deadline.cause().name(),
						deadline.causeNumber() == null ? "" : String.valueOf(deadline.causeNumber()));
	}

	/** A pause's basis: the engine's in English, its kind's articles in Chinese. */
	String basis(Pause pause) {
		return english() ? pause.basis() : article(pause.kind().basis());
	}

	/**
	 * A document's title: as filed ("答复书 Reply") in English, its Chinese part in Chinese — titles are filed as
	 * "中文 English", and a correction's title as legal staff entered it.
	 */
	String title(String title) {
		if (english() || title == null) {
			return title;
		}
		Matcher m = ENGLISH_PART.matcher(title);
		return m.find() && m.start() > 0 ? title.substring(0, m.start()).trim() : title;
	}

	/** Where the English half of a filed title starts: a space before Latin words, after some Chinese. */
	private static final Pattern ENGLISH_PART = Pattern.compile("(?<=[\\p{IsHan}）)\\]])\\s+[A-Za-z]");

	private static String prefix(Enum<?> value) {
		if (value instanceof Verification.Status) {
			return "ev.verify.";
		}
		if (value instanceof ReviewStage) {
			return "stage.";
		}
		if (value instanceof Verdict) {
			return "verdict.";
		}
		if (value instanceof PauseKind) {
			return "pause.";
		}
		if (value instanceof CaseStatus) {
			return "status.";
		}
		if (value instanceof DeadlineKind) {
			return "deadline.";
		}
		if (value instanceof PeriodUnit) {
			return "unit.";
		}
		if (value instanceof DeadlineCause) {
			return "ev.cause.";
		}
		if (value instanceof Extension.Status) {
			return "enum.ExtensionStatus.";
		}
		if (value instanceof Remedies.Part) {
			return "ev.remedy.";
		}
		if (value instanceof EvidenceCheck.Status) {
			return "ev.status.";
		}
		if (value instanceof EvidenceChecklist.Source) {
			return "ev.source.";
		}
		return "enum." + value.getDeclaringClass().getSimpleName() + ".";
	}

	private static ResourceBundleMessageSource messages() {
		var source = new ResourceBundleMessageSource();
		source.setBasenames(BUNDLE, "messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		// every pattern goes through MessageFormat, with or without arguments: one quoting rule ('') for all
		source.setAlwaysUseMessageFormat(true);
		return source;
	}
}
