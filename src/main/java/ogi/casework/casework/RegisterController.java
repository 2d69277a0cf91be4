package ogi.casework.casework;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;

/**
 * The case register (台账) for API clients: the search the register page makes, bound to the same record
 * ({@link RegisterSearch}) and run on the same read model, answered as JSON.
 */
@RestController
@RequestMapping("/api/register")
@Tag(name = "Case register (台账)", description = "Every case of the agency, open or closed, by case number, applicant,"
		+ " identity number, phone, receipt dates, status, outcome, handler and words of the request")
class RegisterController {

	static final int MAX_SIZE = 200;

	private final CaseRegister register;

	RegisterController(CaseRegister register) {
		this.register = register;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The agency's cases matching every condition given, newest receipt date first (oldestFirst="
			+ "true for the other way), paged", description = "caseNumber matches any case number that starts or ends"
					+ " with it; applicantName any part of the name. For the following page send after=<next> of the"
					+ " answer, for the one before before=<previous> (keyset pagination); page=N gives the N-th page"
					+ " counted from the first and cannot be combined with a cursor. total stops at 10 000, for a search"
					+ " by words at 1 000 (more says it stopped). Identity numbers and contacts are never listed.")
	CaseRegister.Page search(@ParameterObject @ModelAttribute RegisterSearch search,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "The next cursor of the previous answer: the page after it")
			@RequestParam(required = false) String after,
			@Parameter(description = "The previous cursor of an answer: the page before it")
			@RequestParam(required = false) String before, CurrentUser user) {
		PageParameters.check(page, size, MAX_SIZE, after, before);
		return register.search(search.query(), page, size, after, before, user);
	}
}
