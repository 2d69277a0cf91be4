package ogi.casework.intake;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.PageCursor;

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
	@PreAuthorize(Role.CASEWORK_RULE)
	@Operation(summary = "The agency's applications whose applicant name starts with applicantName, newest receipt"
			+ " date first, paged; no identity numbers or contacts", description = "For the following page send"
					+ " after=<next> of the answer (keyset pagination: a deep page costs what the first does); page=N"
					+ " still gives the N-th page counted from the first and cannot be combined with after.")
	RegisterPage search(@RequestParam String applicantName, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@Parameter(description = "The next cursor of the previous answer: the page after it")
			@RequestParam(required = false) String after, CurrentUser user) {
		if (applicantName.isBlank()) {
			throw InvalidInput.of("applicantName", "required", "applicantName names the applicant, or its beginning");
		}
		if (page < 0) {
			throw InvalidInput.of("page", "min", "page starts at 0");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw InvalidInput.of("size", "range", "size is between 1 and " + MAX_SIZE);
		}
		var cursor = PageCursor.decode("after", after, CURSOR_KIND, 2);
		if (cursor != null && page != 0) {
			throw InvalidInput.of("after", "exclusive", "a cursor replaces page: give page=0 (or no page) with it");
		}
		var position = cursor == null ? null
				: new RegisterEntry(cursor.required(1, "after"), null, null, null, cursor.date(0, "after"));
		List<RegisterEntry> found = intake.findByApplicantName(user.agencyCode(), applicantName.strip(), position,
				position == null ? page * size : 0, size + 1);
		boolean more = found.size() > size;
		found = more ? found.subList(0, size) : found;
		String next = more ? PageCursor.of(CURSOR_KIND, found.get(size - 1).receiptDate(),
				found.get(size - 1).caseNumber()).encode() : null;
		return new RegisterPage(found, page, size, more, next);
	}

	private static final String CURSOR_KIND = "applications:newest";

	/**
	 * A page of the register; {@code more} when a next page has entries, and {@code next} the cursor to send as
	 * {@code after=} for it.
	 */
	record RegisterPage(List<RegisterEntry> entries, int page, int size, boolean more, String next) {
	}
}
