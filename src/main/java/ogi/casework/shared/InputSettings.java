package ogi.casework.shared;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry, checked before anything reads it; the agency's (operator's) choices, not law.
 *
 * @param maxBodySize the largest request body (JSON or form) accepted; a larger one gets 413 before it is read
 * @param earliestDate no date input may lie before this day: the first day of the official calendar (2007), before
 *        which no working day can be computed
 * @param latestDate no date input may lie after this day; the horizon catches typing errors such as 2206 for 2026
 * @param maxPathVariableLength the longest path segment value (case numbers are at most 64 characters as stored)
 */
@ConfigurationProperties("ogi.input")
public record InputSettings(
		@DefaultValue("1MB") DataSize maxBodySize,
		@DefaultValue("2007-01-01") LocalDate earliestDate,
		@DefaultValue("2099-12-31") LocalDate latestDate,
		@DefaultValue("64") int maxPathVariableLength) {

	/** The request attribute under which every request carries these settings, for code that has no bean at hand. */
	public static final String REQUEST_ATTRIBUTE = InputSettings.class.getName();

	/** The defaults, for code outside a request. */
	public static InputSettings defaults() {
		return new InputSettings(DataSize.ofMegabytes(1), LocalDate.of(2007, 1, 1), LocalDate.of(2099, 12, 31), 64);
	}

	/** Whether {@code date} lies within the plausible bounds. */
	public boolean plausible(LocalDate date) {
		return !date.isBefore(earliestDate) && !date.isAfter(latestDate);
	}

	/** The rule a date outside the bounds breaks, in words. */
	public String dateRule() {
		return "a date between " + earliestDate + " and " + latestDate;
	}
}
