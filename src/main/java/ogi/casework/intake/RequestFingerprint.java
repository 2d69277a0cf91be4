package ogi.casework.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an application asks for, reduced to what is compared: the document numbers it names, the years it names, and
 * the character bigrams of its wording once normalised (full-width to half-width, case, Chinese-numeral years, 年度 →
 * 年, punctuation, whitespace and filler words such as 申请公开, 关于, 的, 请提供 removed).
 *
 * @param documentNumbers the 文号 in the request text and in the document-number field
 * @param years the years the request names (2025年), outside document numbers
 * @param bigrams the bigrams of the normalised wording; a Han character is one unit, a run of Latin letters or digits
 *        another
 * @param normalised the normalised wording, for explanations and tests
 */
record RequestFingerprint(Set<DocumentNumber> documentNumbers, Set<Integer> years, Set<String> bigrams,
		String normalised) {

	private static final Pattern CHINESE_YEAR = Pattern.compile("(?:一九|二[〇零])[〇零一二三四五六七八九]{2}");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?=年)");

	private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

	/** Joins the two units of a bigram; a control character never occurs in the normalised text. */
	private static final char JOIN = '\u001f';

	RequestFingerprint {
		documentNumbers = Set.copyOf(documentNumbers);
		years = Set.copyOf(years);
		bigrams = Set.copyOf(bigrams);
	}

	/** The fingerprint of a request and the document number the applicant gave, with the agency's filler words. */
	static RequestFingerprint of(String requestedInformation, String documentNumber, Collection<String> fillerWords) {
		String text = prepare(requestedInformation == null ? "" : requestedInformation);
		Set<DocumentNumber> numbers = new LinkedHashSet<>(DocumentNumber.findIn(text));
		if (documentNumber != null) {
			numbers.addAll(DocumentNumber.findIn(prepare(documentNumber)));
		}
		text = DocumentNumber.remove(text);
		Set<Integer> years = new LinkedHashSet<>();
		Matcher year = YEAR.matcher(text);
		while (year.find()) {
			years.add(Integer.parseInt(year.group(1)));
		}
		String wording = wording(text, fillerWords);
		return new RequestFingerprint(numbers, years, bigrams(units(wording)), wording);
	}

	/** Full-width to half-width (NFKC), lower case, Chinese-numeral years to digits, 年度 → 年, 月份 → 月. */
	static String prepare(String text) {
		String prepared = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		prepared = CHINESE_YEAR.matcher(prepared).replaceAll(match -> {
			var digits = new StringBuilder();
			for (char c : match.group().toCharArray()) {
				digits.append(c == '零' ? 0 : CHINESE_DIGITS.indexOf(c));
			}
			return digits.toString();
		});
		return prepared.replace("年度", "年").replace("月份", "月");
	}

	/** Drops filler words (longest first), then everything but letters and digits (kept apart by a space). */
	static String wording(String prepared, Collection<String> fillerWords) {
		String text = prepared;
		List<String> fillers = new ArrayList<>(fillerWords);
		fillers.sort(Comparator.comparingInt(String::length).reversed());
		for (String filler : fillers) {
			String normalisedFiller = prepare(filler);
			if (!normalisedFiller.isBlank()) {
				text = text.replace(normalisedFiller, "");
			}
		}
		var kept = new StringBuilder();
		text.codePoints().forEach(c -> kept.appendCodePoint(Character.isLetterOrDigit(c) ? c : ' '));
		return kept.toString().trim().replaceAll("\\s+", " ");
	}

	/** Each Han character is a unit; each run of other letters or digits is one unit; spaces only end runs. */
	static List<String> units(String wording) {
		List<String> units = new ArrayList<>();
		var run = new StringBuilder();
		wording.codePoints().forEach(c -> {
			boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
			if (han || !Character.isLetterOrDigit(c)) {
				if (!run.isEmpty()) {
					units.add(run.toString());
					run.setLength(0);
				}
				if (han) {
					units.add(new String(Character.toChars(c)));
				}
			}
			else {
				run.appendCodePoint(c);
			}
		});
		if (!run.isEmpty()) {
			units.add(run.toString());
		}
		return units;
	}

	/** Adjacent pairs of units; a single unit stands for itself. */
	static Set<String> bigrams(List<String> units) {
		Set<String> bigrams = new LinkedHashSet<>();
		if (units.size() == 1) {
			bigrams.add(units.get(0));
		}
		for (int i = 0; i + 1 < units.size(); i++) {
			bigrams.add(units.get(i) + JOIN + units.get(i + 1));
		}
		return bigrams;
	}
}
