package ogi.casework.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a zh-CN page or document a Chinese reader could not read: raw enum names (DENY, NATURAL_PERSON) and English
 * sentences (three English words in a row). Page markup, scripts and styles are left out; file formats and checksums
 * (PDF, XLSX, SHA-256) are names, not English.
 */
public final class ChineseText {

	/** An enum constant as Java names it: capitals of four letters or more, or capitals joined by underscores. */
	private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\b[A-Z]{4,}\\b");

	/** Three English words in a row: a phrase or sentence. */
	private static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z]{2,}(?:[ ,.;:'()-]+[A-Za-z]+){2,}\\b");

	private static final Set<String> NAMES = Set.of("XLSX", "HTML", "JSON", "DOCX");

	private ChineseText() {
	}

	/** The visible text of an HTML page: no scripts, styles, comments or tags, entities decoded. */
	public static String visibleText(String html) {
		String text = html.replaceAll("(?is)<script.*?</script>", " ").replaceAll("(?is)<style.*?</style>", " ")
				.replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<[^>]*>", " ");
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
				.replace("&nbsp;", " ").replace("&amp;", "&");
	}

	/** The raw enum names and English phrases in a text. */
	public static List<String> foreignIn(String text) {
		List<String> found = new ArrayList<>();
		Matcher names = ENUM_NAME.matcher(text);
		while (names.find()) {
			if (!NAMES.contains(names.group())) {
				found.add(names.group());
			}
		}
		Matcher english = ENGLISH.matcher(text);
		while (english.find()) {
			found.add(english.group());
		}
		return found;
	}

	/** Fails naming every raw enum name and English phrase of the text. */
	public static void assertChinese(String what, String text) {
		assertThat(foreignIn(text)).as("raw enum names or English in " + what).isEmpty();
	}

	/**
	 * Fails naming every raw enum name and English phrase an HTML page shows, apart from the data it shows as entered
	 * (the test agencies' codes and users' names are Latin: {@code ALPHA}, {@code ALPHA LEGAL}).
	 */
	public static void assertChinesePage(String what, String html, String... data) {
		// a web address (an example in a hint, a notice's source) is a name, not English
		String text = visibleText(html).replaceAll("https?://\\S+|\\bwww\\.[\\w.-]+", " ");
		for (String datum : data) {
			text = text.replace(datum, " ");
		}
		assertChinese(what, text);
	}

	/** A file name or path with its extension (10-reply/3-ALPHA-2026-000001-reply-letter.pdf): a name, not English. */
	private static final Pattern FILE_NAME = Pattern.compile("[\\w./-]+\\.(?:json|pdf|docx|xlsx|zip)\\b");

	/** A case file folder (01-receipt/): a name, not English. */
	private static final Pattern FOLDER = Pattern.compile("\\b\\d{2}-[a-z-]+/");

	/**
	 * Fails naming every raw enum name and English phrase of a document's text (a PDF's, say), apart from file names
	 * and folders, which are names, and the data it shows as entered ({@code data}, e.g. {@link #testAgencyData()}).
	 * Case numbers, article numbers, dates and hashes pass as they are: they hold no English words.
	 */
	public static void assertChineseDocument(String what, String text, String... data) {
		String rest = FOLDER.matcher(FILE_NAME.matcher(text).replaceAll(" ")).replaceAll(" ");
		for (String datum : data) {
			rest = rest.replace(datum, " ");
		}
		assertChinese(what, rest);
		assertThat(CITATION.matcher(rest).results().map(m -> m.group()).toList())
				.as("the engine's article or spec references in " + what).isEmpty();
	}

	/** The engine's own citations, which a Chinese document words as Chinese law does: "Art. 30", "spec §8.3", "T1". */
	private static final Pattern CITATION = Pattern.compile("\\bArts?\\.\\s*\\d+|\\bspec\\b|§\\s*\\d|\\b[TRFG]-?\\d{1,2}\\b");

	/** The test agencies' data as a page shows it: their codes and their users' names ("ALPHA LEGAL"). */
	public static String[] testAgencyData() {
		List<String> data = new ArrayList<>();
		for (String agency : List.of(Agencies.ALPHA, Agencies.BETA)) {
			for (ogi.casework.accounts.Role role : ogi.casework.accounts.Role.values()) {
				data.add(agency + " " + role);
			}
		}
		data.add("alpha-handler-reviewer");
		data.add(Agencies.ALPHA);
		data.add(Agencies.BETA);
		return data.toArray(String[]::new);
	}
}
