package ogi.casework.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import ogi.casework.shared.Wording;

/**
 * Words the tagged arguments of a {@link Wording} (and of a risk reason, which tags its arguments the same way):
 * {@code =} a value as it is, {@code #} the labels of message keys, joined as the ledger joins its parts.
 */
final class TaggedArguments {

	private TaggedArguments() {
	}

	/** One argument in words. */
	static String word(MessageSource messages, String argument, Locale locale) {
		if (argument.isEmpty()) {
			return "";
		}
		String value = argument.substring(1);
		return switch (argument.charAt(0)) {
			case '#' -> Arrays.stream(value.split(";")).map(key -> messages.getMessage(key, null, key, locale))
					.collect(Collectors.joining(messages.getMessage("ledger.and", null, "、", locale)));
			default -> value;
		};
	}

	/** A whole wording in words. */
	static String text(MessageSource messages, Wording wording, Locale locale) {
		Object[] arguments = wording.arguments().stream().map(argument -> word(messages, argument, locale)).toArray();
		return messages.getMessage(wording.key(), arguments, locale);
	}
}
