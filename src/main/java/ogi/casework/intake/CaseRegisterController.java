package ogi.casework.intake;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.shared.InvalidInput;

/** The agency's case register: finding applications by the applicant's name, newest first. */
@RestController
@RequestMapping("/api/applications")
@Tag(name = "Case register", description = "Find the agency's applications by applicant name (any signed-in user)")
class CaseRegisterController {

	static final int MAX_SIZE = 100;

	private final IntakeManagement intake;

	CaseRegisterController(IntakeManagement intake) {
		this.intake = intake;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The agency's applications whose applicant name starts with applicantName, newest receipt"
			+ " date first, paged; no identity numbers or contacts")
	RegisterPage search(@RequestParam String applicantName, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, CurrentUser user) {
		if (applicantName.isBlank()) {
			throw InvalidInput.of("applicantName", "required", "applicantName names the applicant, or its beginning");
		}
		if (page < 0) {
			throw InvalidInput.of("page", "min", "page starts at 0");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw InvalidInput.of("size", "range", "size is between 1 and " + MAX_SIZE);
		}
		List<RegisterEntry> found = intake.findByApplicantName(user.agencyCode(), applicantName.strip(), page * size,
				size + 1);
		boolean more = found.size() > size;
		return new RegisterPage(more ? found.subList(0, size) : found, page, size, more);
	}

	/** A page of the register; {@code more} when a next page has entries. */
	record RegisterPage(List<RegisterEntry> entries, int page, int size, boolean more) {
	}
}
