package ogi.casework.shared;

import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Keeps applicants' personal data out of the logs: identity numbers, phone numbers and e-mail addresses in a log
 * message or in an exception's message (a database error quoting the value it refused, say) are masked before the
 * line is written. {@code logback-spring.xml} puts {@link RedactedMessage} and {@link RedactedThrowable} in place of the {@code %m}
 * and {@code %wEx} conversion words. A pattern cannot know every address, so code still never logs personal data on
 * purpose; this catches what slips through in messages the application does not write itself.
 */
public final class LogRedaction {

	/** A resident ID (18 characters, last a digit or X) or an old 15-digit one. */
	private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(?:\\d{17}[\\dXx]|\\d{15})(?![0-9A-Za-z])");

	/** A mobile number, a landline with area code, or any other run of 7 to 14 digits, with +, spaces or dashes. */
	private static final Pattern PHONE = Pattern.compile(
			"(?<![0-9A-Za-z])(?:\\+?86[ -]?)?(?:1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}|0\\d{2,3}-\\d{7,8}|\\d{7,14})(?![0-9A-Za-z])");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	static final String MASK = "[redacted]";

	private LogRedaction() {
	}

	/** {@code text} with identity numbers, phone numbers and e-mail addresses masked; null stays null. */
	public static String redact(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String out = ID_NUMBER.matcher(text).replaceAll(MASK);
		out = EMAIL.matcher(out).replaceAll(MASK);
		return PHONE.matcher(out).replaceAll(MASK);
	}

	/** {@code %m}, {@code %msg}, {@code %message} with personal data masked. */
	public static class RedactedMessage extends MessageConverter {

		@Override
		public String convert(ILoggingEvent event) {
			return redact(super.convert(event));
		}
	}

	/** Boot's {@code %wEx} with personal data in exception messages masked. */
	public static class RedactedThrowable extends ExtendedWhitespaceThrowableProxyConverter {

		@Override
		protected String throwableProxyToString(IThrowableProxy proxy) {
			return redact(super.throwableProxyToString(proxy));
		}
	}
}
