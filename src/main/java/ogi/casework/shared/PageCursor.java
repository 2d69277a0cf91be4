package ogi.casework.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A position in a list sorted on a key (keyset or "seek" pagination): the sort key of the last row a page showed,
 * opaque to the client (base64url), so that the next page starts right after it through an index instead of skipping
 * {@code page × size} rows. {@code kind} names the list and its order; a cursor of another list or order is refused.
 *
 * @param kind which list and order the cursor belongs to, e.g. {@code worklist:DUE}
 * @param values the sort key's values, {@code null} for a null column
 */
public record PageCursor(String kind, List<String> values) {

	private static final String VERSION = "c1";

	private static final char SEPARATOR = '\u001f';

	private static final String NULL = "\u0000";

	public PageCursor {
		values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
	}

	/** The cursor of list {@code kind} at the sort key {@code values} (each by its {@code toString()}, null kept). */
	public static PageCursor of(String kind, Object... values) {
		return new PageCursor(kind, Arrays.stream(values).map(v -> v == null ? null : v.toString()).toList());
	}

	/** The opaque text a client sends back as {@code after=} (or {@code before=}). */
	public String encode() {
		var text = new StringBuilder(VERSION).append(SEPARATOR).append(kind);
		values.forEach(v -> text.append(SEPARATOR).append(v == null ? NULL : v));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The cursor in {@code text}, sent as request parameter {@code field}, for the list {@code kind} with
	 * {@code arity} values; null when text is null or blank.
	 *
	 * @throws InvalidInput naming {@code field} when the text is no cursor of that list and order
	 */
	public static PageCursor decode(String field, String text, String kind, int arity) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String decoded;
		try {
			decoded = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			throw invalid(field);
		}
		List<String> parts = new ArrayList<>(Arrays.asList(decoded.split(String.valueOf(SEPARATOR), -1)));
		if (parts.size() != arity + 2 || !VERSION.equals(parts.get(0)) || !kind.equals(parts.get(1))) {
			throw invalid(field);
		}
		return new PageCursor(kind, parts.subList(2, parts.size()).stream().map(v -> NULL.equals(v) ? null : v)
				.toList());
	}

	/** The i-th value, null when the key's column was null; an empty value is refused. */
	public String text(int i, String field) {
		String value = values.get(i);
		if (value != null && value.isEmpty()) {
			throw invalid(field);
		}
		return value;
	}

	/** The i-th value as a date, or null; a value that is no date is refused. */
	public LocalDate date(int i, String field) {
		try {
			String value = values.get(i);
			return value == null ? null : LocalDate.parse(value);
		}
		catch (RuntimeException e) {
			throw invalid(field);
		}
	}

	/** The i-th value as an instant, or null; a value that is no instant is refused. */
	public Instant instant(int i, String field) {
		try {
			String value = values.get(i);
			return value == null ? null : Instant.parse(value);
		}
		catch (RuntimeException e) {
			throw invalid(field);
		}
	}

	/** The i-th value, which the key needs: a null or empty one is refused. */
	public String required(int i, String field) {
		String value = text(i, field);
		if (value == null) {
			throw invalid(field);
		}
		return value;
	}

	/** The refusal of a cursor sent as {@code field}: 400, rule {@code cursor}. */
	public static InvalidInput invalid(String field) {
		return InvalidInput.of(field, "cursor", field + " is the cursor of the previous page's next (or previous) link"
				+ " for the same list, filter and order; start again from the first page");
	}
}
