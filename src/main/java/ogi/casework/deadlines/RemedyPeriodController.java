package ogi.casework.deadlines;

import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;

/** Computes reconsideration and litigation periods (spec §5 T12, T16, T18–T24) with the computation shown. */
@RestController
@RequestMapping("/api/remedy-periods")
@Tag(name = "Calendar", description = "Working days and statutory periods")
class RemedyPeriodController {

	private final DeadlineManagement deadlines;

	RemedyPeriodController(DeadlineManagement deadlines) {
		this.deadlines = deadlines;
	}

	@GetMapping("/{period}")
	@Operation(summary = "The last day of a remedy period starting on a date, rolled past rest days")
	@PreAuthorize("isAuthenticated()")
	DeadlineManagement.PeriodEnd end(@PathVariable RemedyPeriod period,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, CurrentUser user) {
		return deadlines.remedyPeriodEnd(user.agencyCode(), period, from);
	}
}
