package ogi.casework.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the request index (table {@code intake_request_gram}) holds of a request: a 64-bit hash of each bigram of its
 * wording and of each document number's year and serial (what {@link DocumentNumber#sameAs} compares first). Two
 * requests can match ({@link RequestSimilarity}) only if they share a document key, or at least
 * {@link #minimumShared} wording bigrams, so the index finds every possible match and repeat detection compares only
 * those. A hash collision can only add a candidate, which the comparison then drops.
 */
final class RequestGrams {

	private RequestGrams() {
	}

	/** The wording's bigram hashes. */
	static List<Long> wording(RequestFingerprint fingerprint) {
		Set<Long> grams = new LinkedHashSet<>();
		fingerprint.bigrams().forEach(bigram -> grams.add(hash("w\u0000" + bigram)));
		return List.copyOf(grams);
	}

	/** The document keys' hashes. */
	static List<Long> documents(RequestFingerprint fingerprint) {
		Set<Long> grams = new LinkedHashSet<>();
		fingerprint.documentNumbers().forEach(number -> grams.add(hash("d\u0000" + number.year() + "/" + number.serial())));
		return List.copyOf(grams);
	}

	/** Every hash stored for a request. */
	static List<Long> all(RequestFingerprint fingerprint) {
		Set<Long> grams = new LinkedHashSet<>(wording(fingerprint));
		grams.addAll(documents(fingerprint));
		return new ArrayList<>(grams);
	}

	/**
	 * The fewest bigrams a request must share with one of {@code bigrams} bigrams for their Dice coefficient to reach
	 * {@code threshold}: from 2c / (a + b) ≥ t and c ≤ b follows c ≥ t·a / (2 − t); at least 1.
	 */
	static int minimumShared(int bigrams, double threshold) {
		return Math.max(1, (int) Math.ceil(threshold * bigrams / (2 - threshold) - 1e-9));
	}

	/**
	 * The version of the index: the filler words decide the bigrams, so an agency that changes them has its requests
	 * indexed again (and compared by scanning until then).
	 */
	static String version(List<String> fillerWords) {
		return HexFormat.of().formatHex(digest("v1\u0000" + String.join("\u0000", fillerWords))).substring(0, 16);
	}

	static long hash(String text) {
		return ByteBuffer.wrap(digest(text)).getLong();
	}

	private static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
