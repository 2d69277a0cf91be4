package ogi.casework.intake;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * Whether two applications ask for the same information — a suggestion for a person to confirm, never a decision
 * (Arts. 36(6), 44). An equal document number is a strong match whatever the wording; two requests naming different
 * document numbers, or only different years, are different information; otherwise the Dice coefficient of the
 * wording's bigrams must reach the agency's threshold. These rules are this engine's choice [I], not law.
 */
final class RequestSimilarity {

	private RequestSimilarity() {
	}

	/** The match of {@code a} and {@code b} at Dice threshold {@code threshold}, if they match. */
	static Optional<Match> compare(RequestFingerprint a, RequestFingerprint b, double threshold) {
		for (DocumentNumber number : a.documentNumbers()) {
			for (DocumentNumber other : b.documentNumbers()) {
				if (number.sameAs(other)) {
					return Optional.of(new Match(100, "same document number " + number.shorterOf(other), true));
				}
			}
		}
		if (!a.documentNumbers().isEmpty() && !b.documentNumbers().isEmpty()) {
			return Optional.empty();
		}
		if (!a.years().isEmpty() && !b.years().isEmpty() && Collections.disjoint(a.years(), b.years())) {
			return Optional.empty();
		}
		double dice = dice(a.bigrams(), b.bigrams());
		if (dice < threshold) {
			return Optional.empty();
		}
		int percent = (int) Math.floor(dice * 100);
		return Optional.of(new Match(percent, percent + "% similar wording", false));
	}

	/** 2|A∩B| / (|A| + |B|); 0 when either is empty. */
	static double dice(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> smaller = a.size() <= b.size() ? a : b;
		Set<String> larger = smaller == a ? b : a;
		long common = smaller.stream().filter(larger::contains).count();
		return 2.0 * common / (a.size() + b.size());
	}

	/**
	 * A match: a score from 0 to 100 and the reason in words.
	 *
	 * @param score 100 for the same document number, else the wording's Dice coefficient in percent (rounded down)
	 * @param reason e.g. "same document number 京政发〔2025〕3号" or "82% similar wording"
	 * @param sameDocument whether the document number decided it
	 */
	record Match(int score, String reason, boolean sameDocument) {
	}
}
