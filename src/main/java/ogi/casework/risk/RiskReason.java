package ogi.casework.risk;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One rule that fired for a case: its code, the weight it added, the facts that triggered it and the article or
 * guidance it relates to, in English for the API — and the same facts as a message key and typed arguments, which a
 * page words in the reader's language (Chinese first) from the message bundles.
 *
 * @param messageKey the message of {@code messages*.properties} that words the facts; null for a reason assessed
 *        before reasons carried their wording
 * @param arguments the message's arguments, each tagged by its first character: {@code =} a value as it is (a date,
 *        a number, a name), {@code #} message keys separated by {@code ;} (a label such as an outcome), {@code @} an
 *        ISO period ({@code P1Y})
 */
public record RiskReason(String code, int weight, String facts, String basis, String messageKey,
		List<String> arguments) {

	public RiskReason {
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

	/** An argument shown as it is. */
	static String value(Object value) {
		return "=" + value;
	}

	/** An argument worded by the labels of these message keys, joined. */
	static String labels(Collection<String> keys) {
		return "#" + String.join(";", keys);
	}

	/** An argument worded by the label of one message key. */
	static String label(String key) {
		return "#" + key;
	}

	/** A length of time, worded in years, months and days. */
	static String period(Period period) {
		return "@" + period;
	}

	/** A date shown as ISO. */
	static String date(LocalDate date) {
		return value(date);
	}

	/** The arguments as stored: one text, separated by the unit separator. */
	String storedArguments() {
		return arguments.stream().collect(Collectors.joining(SEPARATOR));
	}

	/** Arguments as stored back into their list. */
	static List<String> arguments(String stored) {
		return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(SEPARATOR, -1));
	}

	static final String SEPARATOR = "\u001f";
}
