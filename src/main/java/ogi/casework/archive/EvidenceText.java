package ogi.casework.archive;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.support.ResourceBundleMessageSource;

import ogi.casework.deadlines.DeadlineCause;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.Extension;
import ogi.casework.deadlines.PauseKind;
import ogi.casework.deadlines.PeriodUnit;
import ogi.casework.documents.LegalCitations;
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

	/** An article as the engine names it ("Art. 33(2)"): as Chinese law cites it in Chinese, unchanged in English. */
	String article(String article) {
		if (english() || article == null) {
			return article == null ? "" : article;
		}
		String chinese = LegalCitations.article(article);
		return chinese == null ? msg("ev.article.regulations") : LegalCitations.REGULATIONS + chinese;
	}

	private static String prefix(Enum<?> value) {
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
