package ogi.casework.web;

import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.casework.OnlineApplications;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.InvalidInput;

/**
 * The clerk confirms an application the applicant submitted on the portal; the day of confirmation is its receipt date
 * (Art. 31(3)) and the case moves on to registration.
 */
@Controller
class ConfirmationPagesController {

	private final OnlineApplications online;

	ConfirmationPagesController(OnlineApplications online) {
		this.online = online;
	}

	@PostMapping("/cases/{caseNumber}/confirmation")
	@PreAuthorize("hasRole('CLERK')")
	String confirm(@PathVariable String caseNumber,
			@RequestParam(name = "confirmedOn", required = false) String confirmedOn, CurrentUser clerk) {
		try {
			LocalDate on = confirmedOn == null || confirmedOn.isBlank() ? null : LocalDate.parse(confirmedOn);
			online.confirm(caseNumber, new OnlineApplications.Confirmation(on), clerk);
			return "redirect:/cases/" + caseNumber + "?confirmed";
		}
		catch (InvalidInput | ActionNotAllowed | java.time.format.DateTimeParseException refused) {
			return "redirect:/cases/" + caseNumber + "?confirmationRefused";
		}
	}
}
