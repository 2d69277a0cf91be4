package ogi.casework.calendar;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;

/** The State Council holiday notices loaded since the release: platform administrators load a newly published year here. */
@RestController
@RequestMapping("/api/calendar/notices")
@Tag(name = "Calendar", description = "The official calendar: working days, rest days, notices and regions")
class CalendarNoticeController {

	private final CalendarManagement calendars;

	CalendarNoticeController(CalendarManagement calendars) {
		this.calendars = calendars;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	@Operation(summary = "Load a State Council holiday notice (platform administrator) (the holiday-cn file of the year, or {year, noticeUrl, days}); replaces the year's data and answers with what changed")
	CalendarManagement.ChangeView load(@RequestBody NoticeForm notice, CurrentUser admin) {
		return this.calendars.loadNotice(notice, admin);
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The notices loaded since the release, newest year first, each with who loaded it and when; administrators also see every earlier load")
	List<CalendarManagement.NoticeView> list(CurrentUser user) {
		return this.calendars.notices(user);
	}
}
