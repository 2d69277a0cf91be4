package ogi.casework.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.shared.InvalidInput;

/**
 * Read-only REST view of the official calendar as the caller's agency follows it (the national calendar, with its
 * region's rest days if it is assigned to one): working-day arithmetic and the status of each day.
 */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Calendar", description = "The official calendar: working days, rest days, notices and regions")
class CalendarController {

	/** Largest {@code add} accepted: a year's worth of working days is far beyond any statutory period. */
	static final int MAX_ADD = 366;

	private final OfficialCalendar calendar;

	CalendarController(OfficialCalendar calendar) {
		this.calendar = calendar;
	}

	/** 民事诉讼法 Art. 85: the {@code add}-th working day after {@code from}, the day {@code from} not counted. */
	@GetMapping("/working-days")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The add-th working day after from (from not counted) on your agency's calendar; provisional while a notice it depends on is unpublished")
	WorkingDaysAnswer workingDays(@RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam("add") int add, CurrentUser user) {
		if (add < 1 || add > MAX_ADD) {
			throw InvalidInput.of("add", "range", "add must be between 1 and " + MAX_ADD + " working days, was " + add);
		}
		WorkingDayResult result = this.calendar.addWorkingDays(user.agencyCode(), from, add);
		return new WorkingDaysAnswer(from, add, result.date(), result.provisional());
	}

	/** Every day from {@code from} to {@code to} (inclusive, at most 366 days) with why it is or is not a working day. */
	@GetMapping("/days")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Every day from from to to (at most 366) on your agency's calendar, with why it is or is not a working day")
	List<CalendarDay> days(@RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, CurrentUser user) {
		if (to.isBefore(from)) {
			throw InvalidInput.of("to", "notBeforeFrom", "to must not be before from: from=" + from + ", to=" + to);
		}
		long count = ChronoUnit.DAYS.between(from, to) + 1;
		if (count > OfficialCalendar.MAX_DAYS_IN_RANGE) {
			throw InvalidInput.of("to", "maxRange", "from..to may span at most " + OfficialCalendar.MAX_DAYS_IN_RANGE
					+ " days (inclusive), was " + count);
		}
		return this.calendar.days(user.agencyCode(), from, to);
	}

	/** The answer of {@code GET /api/calendar/working-days}: {@code date} is the {@code add}-th working day after {@code from}. */
	record WorkingDaysAnswer(LocalDate from, int add, LocalDate date, boolean provisional) {
	}
}
