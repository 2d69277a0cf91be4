package ogi.casework.casework;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;

/** The caller's notifications: reminders of approaching reply deadlines for their cases and roles. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "Reminders for the signed-in user")
class NotificationController {

	private final Notifying notifying;

	NotificationController(Notifying notifying) {
		this.notifying = notifying;
	}

	@GetMapping
	@Operation(summary = "My latest 100 notifications, newest first")
	@PreAuthorize("isAuthenticated()")
	List<Notification> mine(CurrentUser user) {
		return notifying.forUser(user, 100);
	}
}
