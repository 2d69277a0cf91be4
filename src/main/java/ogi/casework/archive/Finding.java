package ogi.casework.archive;

import java.util.Arrays;
import java.util.List;

/**
 * One finding of the evidence checklist or one line of the bundle as a message key and its typed arguments (dates,
 * numbers, the case's own text, enum values, nested findings), worded in the reader's language by
 * {@link EvidenceText}: the rules decide what is true, the wording how a court reads it.
 *
 * @param key the message key in {@code ogi/casework/archive/evidence*.properties}
 * @param args the arguments; {@code null} stays empty
 */
record Finding(String key, List<Object> args) {

	Finding {
		args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
	}

	static Finding of(String key, Object... args) {
		return new Finding(key, Arrays.asList(args));
	}

	/**
	 * A value that reads differently by language: the engine's own text for the API and an English bundle (kept as
	 * it always read), a Chinese wording of the same facts for the Chinese bundle.
	 */
	record Dual(Object english, Object chinese) {
	}

	/** Findings read as one sentence, joined as the checklist joins its findings. */
	record Joined(java.util.List<Finding> findings) {

		Joined {
			findings = List.copyOf(findings);
		}
	}

	/**
	 * A code with a label in the pages' messages ({@code <prefix><code>}, else {@code fallbackKey}): the code itself in
	 * English, the label in Chinese (an audit action, a case status stored as text).
	 */
	record Label(String prefix, String code, String fallbackKey) {
	}

	/**
	 * An article as the engine names it ("Art. 33(2)", "Arts. 32, 34", "Art. 35, T7"): unchanged in English, as Chinese
	 * law cites it in Chinese, without the spec's rule ids.
	 */
	record Article(String name) {
	}

	static Article article(String name) {
		return new Article(name);
	}

	/** One of two values by language (see {@link Dual}). */
	static Dual dual(Object english, Object chinese) {
		return new Dual(english, chinese);
	}
}
