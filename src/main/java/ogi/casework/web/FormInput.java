package ogi.casework.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import ogi.casework.shared.InputSettings;

/**
 * A submitted form's values as typed, read into dates, numbers and choices; a value that cannot be read is recorded
 * as a field error and read as absent, so the module API then names every missing value too.
 */
final class FormInput {

	private final Map<String, String> values;

	private final FieldErrors errors = new FieldErrors();

	FormInput(Map<String, String> values) {
		this.values = new HashMap<>(values);
		this.values.remove("_csrf");
	}

	Map<String, String> values() {
		return values;
	}

	FieldErrors errors() {
		return errors;
	}

	String text(String name) {
		String value = values.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	LocalDate date(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			errors.add(name, "date", "Not a date (yyyy-mm-dd): " + value);
			return null;
		}
		InputSettings bounds = bounds();
		if (!bounds.plausible(date)) {
			errors.add(name, "dateRange", name + ": " + date + " is not " + bounds.dateRule());
			return null;
		}
		return date;
	}

	/** The bounds every date input keeps, as the request carries them (the defaults outside a request). */
	private static InputSettings bounds() {
		var request = RequestContextHolder.getRequestAttributes();
		Object settings = request == null ? null
				: request.getAttribute(InputSettings.REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		return settings instanceof InputSettings input ? input : InputSettings.defaults();
	}

	Integer number(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			errors.add(name, "number", "Not a whole number: " + value);
			return null;
		}
	}

	Boolean flag(String name) {
		String value = text(name);
		return value == null ? null : Boolean.valueOf(value);
	}

	<E extends Enum<E>> E choice(String name, Class<E> type) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			errors.add(name, "choice", "Not one of the choices: " + value);
			return null;
		}
	}
}
