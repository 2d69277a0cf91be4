package ogi.casework.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The register's search tokens: keyed SHA-256 hashes of an applicant's name pieces, identity number and phone, so
 * that the register finds a case by any of them through an index without holding them in clear. A name yields every
 * run of up to {@value #RUN} characters; a longer query is matched by all its runs of that length.
 */
final class RegisterTokens {

	/** The longest name piece stored as one token. */
	static final int RUN = 8;

	/** The longest name query read; the rest is ignored. */
	static final int LONGEST_QUERY = 40;

	enum Kind {
		NAME, ID, PHONE
	}

	/** One token of one kind. */
	record Token(Kind kind, String token) {
	}

	private RegisterTokens() {
	}

	/** Every token stored for an applicant. */
	static Set<Token> of(String agencyCode, String name, String idNumber, String phone) {
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
	static List<Token> nameQuery(String agencyCode, String query) {
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

	static Token idQuery(String agencyCode, String idNumber) {
		return token(agencyCode, Kind.ID, normalId(idNumber));
	}

	static Token phoneQuery(String agencyCode, String phone) {
		return token(agencyCode, Kind.PHONE, normalPhone(phone));
	}

	static String normalName(String name) {
		return name == null ? "" : name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	static String normalId(String id) {
		return id == null ? "" : id.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	static String normalPhone(String phone) {
		return phone == null ? "" : phone.replaceAll("\\D", "");
	}

	private static Token token(String agencyCode, Kind kind, String value) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update((agencyCode + '\u0000' + kind + '\u0000' + value).getBytes(StandardCharsets.UTF_8));
			return new Token(kind, HexFormat.of().formatHex(digest.digest(), 0, 16));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
