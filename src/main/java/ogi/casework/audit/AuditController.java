package ogi.casework.audit;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;

/** The agency's audit chain: its verification, and who read an applicant's personal data in full. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Verification of the tamper-evident audit trail; reads of personal data")
class AuditController {

	private final AuditManagement audit;

	AuditController(AuditManagement audit) {
		this.audit = audit;
	}

	@GetMapping("/verification")
	@PreAuthorize("hasAnyRole('HEAD', 'LEGAL', 'ADMIN')")
	@Operation(summary = "Re-check your agency's audit chain link by link: the first broken link (entry, expected, "
			+ "found) if any, the chain head to note, and whether the database refuses changes to audit rows")
	AuditVerification verification(CurrentUser user) {
		return audit.verify(user.agencyCode());
	}

	@GetMapping("/personal-data-reads")
	@PreAuthorize("hasAnyRole('HEAD', 'LEGAL', 'ADMIN')")
	@Operation(summary = "Who saw the applicant's identity number and contacts of a case in full, what and when")
	List<AuditEntry> personalDataReads(@RequestParam String caseNumber, CurrentUser user) {
		return audit.personalDataReads(user.agencyCode(), caseNumber);
	}
}
