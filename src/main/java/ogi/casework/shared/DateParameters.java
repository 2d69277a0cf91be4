package ogi.casework.shared;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Dates in query strings and paths ({@code ?from=2026-01-01}) are ISO dates within {@link InputSettings}' bounds, as
 * dates in request bodies are ({@link StrictJson}); one outside is 400 naming the parameter and the rule.
 */
@ControllerAdvice
class DateParameters {

	private final InputSettings settings;

	DateParameters(InputSettings settings) {
		this.settings = settings;
	}

	@InitBinder
	void boundDates(WebDataBinder binder) {
		binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				if (text == null || text.isBlank()) {
					setValue(null);
					return;
				}
				LocalDate date;
				try {
					date = LocalDate.parse(text.strip());
				}
				catch (DateTimeParseException e) {
					throw new IllegalArgumentException("not a date yyyy-mm-dd: " + text, e);
				}
				if (!settings.plausible(date)) {
					throw new ImplausibleDate(date + " is not " + settings.dateRule());
				}
				setValue(date);
			}
		});
	}

	/** A date parameter outside the bounds. */
	static final class ImplausibleDate extends IllegalArgumentException {

		ImplausibleDate(String message) {
			super(message);
		}
	}
}
