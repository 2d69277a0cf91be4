package ogi.casework.shared;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * What a message says, as a message key of {@code messages*.properties} and its typed arguments, so that a page words
 * it in the reader's language (Chinese first) when it is read, not in the language of whoever raised it.
 *
 * <p>
 * Each argument is tagged by its first character: {@code =} a value shown as it is (a date, a number, a case number,
 * a name), {@code #} message keys separated by {@code ;} whose labels are shown, joined. The same tags as a risk
 * reason's, so one wording component words both.
 *
 * @param key the message key
 * @param arguments the tagged arguments
 */
public record Wording(String key, List<String> arguments) {

	public Wording {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("A wording needs a message key");
		}
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

	public static Wording of(String key, String... arguments) {
		return new Wording(key, List.of(arguments));
	}

	/** A wording whose arguments are all values shown as they are. */
	public static Wording ofValues(String key, Object... values) {
		return new Wording(key, java.util.Arrays.stream(values).map(Wording::value).toList());
	}

	/** The wording in words of {@code locale}, from the message bundles. */
	public String in(MessageSource messages, Locale locale) {
		Object[] words = arguments.stream().map(argument -> word(messages, argument, locale)).toArray();
		return messages.getMessage(key, words, locale);
	}

	/** One tagged argument in words: a value as it is, message keys by their labels joined as the ledger joins. */
	public static String word(MessageSource messages, String argument, Locale locale) {
		if (argument.isEmpty()) {
			return "";
		}
		String value = argument.substring(1);
		if (argument.charAt(0) != '#') {
			return value;
		}
		return java.util.Arrays.stream(value.split(";")).map(label -> messages.getMessage(label, null, label, locale))
			.collect(Collectors.joining(messages.getMessage("ledger.and", null, "、", locale)));
	}

	/** An argument shown as it is. */
	public static String value(Object value) {
		return "=" + value;
	}

	/** An argument shown as the label of a message key. */
	public static String label(String key) {
		return "#" + key;
	}

	/** The arguments as stored in one column, separated by the unit separator. */
	public String storedArguments() {
		return arguments.stream().collect(Collectors.joining(SEPARATOR));
	}

	/** A wording read back from its columns; null when there is no key (a row written before wordings). */
	public static Wording stored(String key, String arguments) {
		if (key == null || key.isBlank()) {
			return null;
		}
		return new Wording(key, arguments == null || arguments.isEmpty() ? List.of()
				: List.of(arguments.split(SEPARATOR, -1)));
	}

	private static final String SEPARATOR = "\u001f";
}
