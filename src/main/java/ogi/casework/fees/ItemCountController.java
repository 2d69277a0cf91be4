package ogi.casework.fees;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.shared.NotFound;

/**
 * The item count of an application of the signed-in user's agency (国办函〔2020〕109号 Art. 4): the handler records it,
 * also for applications that are not charged, since every item counts towards the applicant's month.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/fee-items")
@Tag(name = "Fees", description = "The information-processing fee (国办函〔2020〕109号)")
class ItemCountController {

	private final FeeManagement fees;

	ItemCountController(FeeManagement fees) {
		this.fees = fees;
	}

	@PutMapping
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Record the application's items after splitting by 一事一申请 (handler; Art. 4)")
	ItemCount count(@PathVariable String caseNumber, @Valid @RequestBody ItemCountForm form, CurrentUser user) {
		if (!user.has(Role.HANDLER)) {
			throw new AccessDeniedException("items are counted by the handler");
		}
		return fees.countItems(user.agencyCode(), caseNumber, form.items(), user);
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('HANDLER', 'CLERK', 'REVIEWER', 'HEAD', 'LEGAL')")
	@Operation(summary = "The application's recorded item count")
	ItemCount find(@PathVariable String caseNumber, CurrentUser user) {
		return fees.itemCount(user.agencyCode(), caseNumber)
				.orElseThrow(() -> new NotFound("No item count recorded for case " + caseNumber));
	}
}
