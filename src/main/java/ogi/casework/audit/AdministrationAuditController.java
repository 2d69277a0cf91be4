package ogi.casework.audit;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;

/** The administration audit trail: who created, disabled, reset or re-roled whom, loaded which notice, failed to sign in. */
@RestController
@Tag(name = "Administration", description = "Agencies, users, roles and the administration audit trail")
class AdministrationAuditController {

	private final AdministrationAudit audit;

	AdministrationAuditController(AdministrationAudit audit) {
		this.audit = audit;
	}

	@GetMapping("/api/admin/audit")
	@PreAuthorize("hasAnyRole('ADMIN', 'PLATFORM_ADMIN')")
	@Operation(summary = "The latest administration audit lines, newest first: all of them for a platform administrator, your agency's for an agency administrator")
	List<AdministrationEntry> latest(
			@RequestParam(defaultValue = "100") @Min(1) @Max(AdministrationAudit.MAX_LIMIT) int limit,
			CurrentUser viewer) {
		return audit.latest(viewer, limit);
	}
}
