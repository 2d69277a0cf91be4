package ogi.casework.calendar;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;

/**
 * Regional calendars (《全国年节及纪念日放假办法》 Art. 4): a region's rest days for ethnic-minority holidays, and the
 * agencies that follow them; an administrator changes only regions their agency maintains, and assigns only their own
 * agency.
 */
@RestController
@RequestMapping("/api/calendar/regions")
@Tag(name = "Calendar", description = "The official calendar: working days, rest days, notices and regions")
class CalendarRegionController {

	private final CalendarManagement calendars;

	CalendarRegionController(CalendarManagement calendars) {
		this.calendars = calendars;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Every region with its maintaining agency and notices; the agencies that follow it and its history as far as your role may see (all of it for a platform administrator, your own agency's otherwise)")
	List<CalendarManagement.RegionView> list(CurrentUser user) {
		return this.calendars.regions(user);
	}

	@PostMapping("/{regionCode}/days")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Load a regional notice for one year (same body as a State Council notice; references may be document numbers); replaces the region's days of that year, and defines the region, maintained by your agency, if it is new")
	CalendarManagement.ChangeView defineDays(@PathVariable String regionCode, @RequestBody NoticeForm notice,
			CurrentUser admin) {
		return this.calendars.loadRegionNotice(regionCode, notice, admin);
	}

	@PutMapping("/{regionCode}/agencies/{agencyCode}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Put your own agency on the region's calendar")
	CalendarManagement.AssignmentView assign(@PathVariable String regionCode, @PathVariable String agencyCode,
			CurrentUser admin) {
		return this.calendars.assign(regionCode, agencyCode, admin);
	}

	@DeleteMapping("/{regionCode}/agencies/{agencyCode}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Take your own agency out of the region, back to the national calendar")
	void unassign(@PathVariable String regionCode, @PathVariable String agencyCode, CurrentUser admin) {
		this.calendars.unassign(regionCode, agencyCode, admin);
	}
}
