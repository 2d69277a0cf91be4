package ogi.casework.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.swagger.v3.oas.annotations.media.Schema;
import ogi.casework.shared.InvalidInput;

/**
 * A holiday notice as an administrator posts it, in either of two spellings of one shape: the holiday-cn file of the
 * year as published ({@code {"year", "papers": [...], "days": [{"name", "date", "isOffDay"}]}}) or the simpler
 * {@code {"year", "noticeUrl", "days": [{"date", "name", "offDay"}]}}; {@code papers} and {@code noticeUrl} may both
 * be given and are joined.
 */
@Schema(description = "A holiday notice: the holiday-cn file of the year as published, or {year, noticeUrl, days[{date, name, offDay}]}")
@JsonIgnoreProperties({ "$schema", "$id" })
public record NoticeForm(Integer year, List<String> papers, String noticeUrl, List<ListedDay> days) {

	/** Earliest year accepted: the calendar's first year. */
	static final int MIN_YEAR = 2007;

	/** Latest year accepted, to catch typing errors (as every date input, {@code ogi.input.latest-date}). */
	static final int MAX_YEAR = 2099;

	/**
	 * Longest notice address or document number: the first one goes into the reason of every deadline-ledger line the
	 * notice moves (500 characters with the year and who loaded it), and a State Council address is about 60.
	 */
	static final int MAX_REFERENCE_LENGTH = 250;

	/**
	 * Most addresses one notice may give (holiday-cn lists one, rarely two); a change's description names them all
	 * within its 1,000 characters.
	 */
	static final int MAX_PAPERS = 3;

	/** Longest holiday name, as stored. */
	static final int MAX_NAME_LENGTH = 100;

	/** Most dates one notice may list; a State Council notice lists about 40. */
	static final int MAX_DAYS = 366;

	/**
	 * One date the notice lists: {@code offDay} true is a rest day, false a working day (调休); holiday-cn spells it
	 * {@code isOffDay}.
	 */
	public record ListedDay(LocalDate date, String name, @JsonAlias("isOffDay") Boolean offDay) {
	}

	/**
	 * The State Council notice this form describes; its addresses must be web addresses (the notices are published on
	 * www.gov.cn).
	 *
	 * @throws InvalidInput naming every field that breaks a rule
	 */
	YearNotice nationalNotice() {
		return toNotice(true);
	}

	/**
	 * The regional notice this form describes; its references may be web addresses or document numbers (文号), since
	 * regional notices are not always published on line.
	 *
	 * @throws InvalidInput naming every field that breaks a rule
	 */
	YearNotice regionalNotice() {
		return toNotice(false);
	}

	/** The notice's addresses, {@code papers} first, each once. */
	List<String> addresses() {
		var addresses = new LinkedHashSet<String>();
		if (papers != null) {
			papers.stream().filter(paper -> paper != null && !paper.isBlank()).map(String::strip).forEach(addresses::add);
		}
		if (noticeUrl != null && !noticeUrl.isBlank()) {
			addresses.add(noticeUrl.strip());
		}
		return List.copyOf(addresses);
	}

	private YearNotice toNotice(boolean webAddressesOnly) {
		var violations = new ArrayList<InvalidInput.FieldViolation>();
		checkYear(violations);
		checkAddresses(webAddressesOnly, violations);
		var entries = checkDays(violations);
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		return new YearNotice(year, addresses(), entries);
	}

	private void checkYear(List<InvalidInput.FieldViolation> violations) {
		if (year == null) {
			violations.add(new InvalidInput.FieldViolation("year", "required", "year: give the year of the notice"));
		}
		else if (year < MIN_YEAR || year > MAX_YEAR) {
			violations.add(new InvalidInput.FieldViolation("year", "range",
					"year: must be between " + MIN_YEAR + " and " + MAX_YEAR + ", was " + year));
		}
	}

	private void checkAddresses(boolean webAddressesOnly, List<InvalidInput.FieldViolation> violations) {
		if (addresses().isEmpty()) {
			violations.add(new InvalidInput.FieldViolation("papers", "required",
					"papers: give at least one address of the notice, in papers or in noticeUrl"));
		}
		if (addresses().size() > MAX_PAPERS) {
			violations.add(new InvalidInput.FieldViolation("papers", "size",
					"papers: at most " + MAX_PAPERS + " addresses, were " + addresses().size()));
		}
		if (papers != null) {
			for (int i = 0; i < papers.size() && i <= MAX_PAPERS; i++) {
				checkAddress("papers[" + i + "]", papers.get(i), webAddressesOnly, violations);
			}
		}
		if (noticeUrl != null) {
			checkAddress("noticeUrl", noticeUrl, webAddressesOnly, violations);
		}
	}

	private static void checkAddress(String field, String address, boolean webAddressOnly,
			List<InvalidInput.FieldViolation> violations) {
		if (address == null || address.isBlank()) {
			violations.add(new InvalidInput.FieldViolation(field, "required", field + ": must not be empty"));
		}
		else if (address.strip().length() > MAX_REFERENCE_LENGTH) {
			violations.add(new InvalidInput.FieldViolation(field, "length",
					field + ": at most " + MAX_REFERENCE_LENGTH + " characters"));
		}
		else if (webAddressOnly && !isWebAddress(address.strip())) {
			violations.add(new InvalidInput.FieldViolation(field, "url",
					field + ": '" + address.strip() + "' is not an http(s) address, e.g. https://www.gov.cn/zhengce/…"));
		}
		else if (address.strip().contains("\n")) {
			violations.add(new InvalidInput.FieldViolation(field, "single-line", field + ": must be one line"));
		}
	}

	private static boolean isWebAddress(String address) {
		try {
			URI uri = new URI(address);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	/**
	 * Checks each listed date. A rest day on a weekend or a working day on a weekday is what a notice rarely lists
	 * (2020-02-03, a working Monday, is one) but it is not wrong, so it is accepted.
	 */
	private List<HolidayEntry> checkDays(List<InvalidInput.FieldViolation> violations) {
		if (days == null) {
			violations.add(new InvalidInput.FieldViolation("days", "required",
					"days: list the dates of the notice (an empty list is allowed)"));
			return List.of();
		}
		if (days.size() > MAX_DAYS) {
			violations.add(new InvalidInput.FieldViolation("days", "size",
					"days: at most " + MAX_DAYS + " dates, were " + days.size()));
			return List.of();
		}
		var entries = new ArrayList<HolidayEntry>();
		Map<LocalDate, Integer> firstIndex = new HashMap<>();
		for (int i = 0; i < days.size(); i++) {
			String field = "days[" + i + "]";
			ListedDay day = days.get(i);
			if (day == null) {
				violations.add(new InvalidInput.FieldViolation(field, "required", field + ": must not be null"));
				continue;
			}
			boolean valid = true;
			if (day.date() == null) {
				violations.add(new InvalidInput.FieldViolation(field + ".date", "required", field + ".date: give the date"));
				valid = false;
			}
			else {
				if (year != null && (day.date().getYear() < year - 1 || day.date().getYear() > year + 1)) {
					violations.add(new InvalidInput.FieldViolation(field + ".date", "within-neighbouring-years",
							field + ".date: " + day.date() + " is not in " + (year - 1) + ".." + (year + 1)
									+ ", the years a notice for " + year + " may touch"));
					valid = false;
				}
				Integer earlier = firstIndex.putIfAbsent(day.date(), i);
				if (earlier != null) {
					violations.add(new InvalidInput.FieldViolation(field + ".date", "unique",
							field + ".date: " + day.date() + " is listed already at days[" + earlier + "]"));
					valid = false;
				}
			}
			if (day.name() == null || day.name().isBlank()) {
				violations.add(new InvalidInput.FieldViolation(field + ".name", "required",
						field + ".name: give the holiday's name as the notice spells it, e.g. 春节"));
				valid = false;
			}
			else if (day.name().strip().length() > MAX_NAME_LENGTH) {
				violations.add(new InvalidInput.FieldViolation(field + ".name", "length",
						field + ".name: at most " + MAX_NAME_LENGTH + " characters"));
				valid = false;
			}
			if (day.offDay() == null) {
				violations.add(new InvalidInput.FieldViolation(field + ".offDay", "required",
						field + ".offDay: say whether the date is a rest day (true) or a working day (false)"));
				valid = false;
			}
			if (valid) {
				entries.add(new HolidayEntry(day.date(), day.offDay(), day.name().strip()));
			}
		}
		return entries;
	}
}
