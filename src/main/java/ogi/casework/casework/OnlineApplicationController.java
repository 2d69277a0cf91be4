package ogi.casework.casework;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;

/** The clerk's confirmation of an application the applicant submitted on the portal (Art. 31(3)). */
@RestController
@RequestMapping("/api/cases/{caseNumber}")
@Tag(name = "Cases", description = "A case, its deadlines and the actions of each step")
class OnlineApplicationController {

	private final OnlineApplications online;

	private final CaseQueries cases;

	OnlineApplicationController(OnlineApplications online, CaseQueries cases) {
		this.online = online;
		this.cases = cases;
	}

	@PostMapping("/confirmation")
	@PreAuthorize("hasRole('CLERK')")
	@Operation(summary = "Confirm an application submitted online; the confirmation day is the receipt date (Art. 31(3))")
	CaseView confirm(@PathVariable String caseNumber,
			@RequestBody(required = false) OnlineApplications.Confirmation confirmation, CurrentUser clerk) {
		online.confirm(caseNumber, confirmation, clerk);
		return cases.view(caseNumber, clerk);
	}
}
