package ogi.casework.casework;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import ogi.casework.shared.ApplicantKeys;

/**
 * The register's search tokens: keyed hashes (HMAC-SHA256 under {@code ogi.crypto.lookup-key}, see
 * {@link ApplicantKeys}) of an applicant's name pieces, identity number and phone, so that the register finds a case
 * by any of them through an index without holding them in clear. A plain hash would not do: identity numbers, phones
 * and short name pieces are few enough to be found again by hashing every candidate (issue #14). A name yields every
 * run of up to {@value #RUN} characters; a longer query is matched by all its runs of that length. A case's subject
 * yields every run of {@value #WORD_RUN} characters (kind WORD), so a words search finds its candidates by index.
 */
@Component
final class RegisterTokens {

	/** The longest name piece stored as one token. */
	static final int RUN = 8;

	/** The longest name query read; the rest is ignored. */
	static final int LONGEST_QUERY = 40;

	enum Kind {
		NAME, ID, PHONE, WORD
	}

	/** A subject is stored as every run of this many characters; a words search needs at least as many. */
	static final int WORD_RUN = 3;

	/** The most runs of a words search looked up in the index; the LIKE on the subject checks the rest. */
	static final int WORD_RUNS_ASKED = 4;

	/** One token of one kind. */
	record Token(Kind kind, String token) {
	}

	/** Hex digits of the keyed hash kept per token (128 bits). */
	static final int TOKEN_LENGTH = 32;

	private final ApplicantKeys keys;

	RegisterTokens(ApplicantKeys keys) {
		this.keys = keys;
	}

	/** Every token stored for an applicant. */
	Set<Token> of(String agencyCode, String name, String idNumber, String phone) {
		Set<Token> tokens = new LinkedHashSet<>();
		String n = normalName(name);
		for (int length = 1; length <= Math.min(RUN, n.length()); length++) {
			for (int start = 0; start + length <= n.length(); start++) {
				tokens.add(token(agencyCode, Kind.NAME, n.substring(start, start + length)));
			}
		}
		String id = normalId(idNumber);
		if (!id.isEmpty()) {
			tokens.add(token(agencyCode, Kind.ID, id));
		}
		String p = normalPhone(phone);
		if (!p.isEmpty()) {
			tokens.add(token(agencyCode, Kind.PHONE, p));
		}
		return tokens;
	}

	/** The tokens a name query must all match: itself, or every run of {@link #RUN} characters of a longer one. */
	List<Token> nameQuery(String agencyCode, String query) {
		String n = normalName(query);
		if (n.length() > LONGEST_QUERY) {
			n = n.substring(0, LONGEST_QUERY);
		}
		if (n.isEmpty()) {
			return List.of();
		}
		if (n.length() <= RUN) {
			return List.of(token(agencyCode, Kind.NAME, n));
		}
		Set<Token> runs = new LinkedHashSet<>();
		for (int start = 0; start + RUN <= n.length(); start++) {
			runs.add(token(agencyCode, Kind.NAME, n.substring(start, start + RUN)));
		}
		return List.copyOf(runs);
	}

	/** Every run of {@link #WORD_RUN} characters of a case's subject, letter case, width and blanks aside. */
	Set<Token> words(String agencyCode, String subject) {
		String w = normalWords(subject);
		Set<Token> tokens = new LinkedHashSet<>();
		for (int start = 0; start + WORD_RUN <= w.length(); start++) {
			tokens.add(token(agencyCode, Kind.WORD, w.substring(start, start + WORD_RUN)));
		}
		return tokens;
	}

	/**
	 * Runs of {@link #WORD_RUN} characters of a words search that every subject containing it holds — up to
	 * {@link #WORD_RUNS_ASKED}, spread over it from its first to its last; none for words shorter than a run.
	 */
	List<Token> wordsQuery(String agencyCode, String words) {
		String w = normalWords(words);
		int runs = w.length() - WORD_RUN + 1;
		if (runs < 1) {
			return List.of();
		}
		int asked = Math.min(runs, WORD_RUNS_ASKED);
		Set<Token> tokens = new LinkedHashSet<>();
		for (int i = 0; i < asked; i++) {
			int start = asked == 1 ? 0 : i * (runs - 1) / (asked - 1);
			tokens.add(token(agencyCode, Kind.WORD, w.substring(start, start + WORD_RUN)));
		}
		return List.copyOf(tokens);
	}

	Token idQuery(String agencyCode, String idNumber) {
		return token(agencyCode, Kind.ID, normalId(idNumber));
	}

	Token phoneQuery(String agencyCode, String phone) {
		return token(agencyCode, Kind.PHONE, normalPhone(phone));
	}

	static String normalName(String name) {
		return name == null ? "" : name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	static String normalId(String id) {
		return id == null ? "" : id.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * Words as the index compares them: compatibility forms (full-width letters and digits) as their plain ones, accents
	 * and other combining marks dropped, lower case, no blanks — at least as loose as the LIKE that decides, whose
	 * collation (utf8mb4_unicode_ci, utf8mb4_0900_ai_ci) ignores case, width and accents: "beijing" finds "Běijīng".
	 */
	static String normalWords(String text) {
		if (text == null) {
			return "";
		}
		String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		return Normalizer.normalize(bare, Normalizer.Form.NFC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

	static String normalPhone(String phone) {
		return phone == null ? "" : phone.replaceAll("\\D", "");
	}

	private Token token(String agencyCode, Kind kind, String value) {
		return new Token(kind, keys.hash("register\u0000" + agencyCode + '\u0000' + kind + '\u0000' + value)
				.substring(0, TOKEN_LENGTH));
	}
}
