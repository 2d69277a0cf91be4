package ogi.casework.risk;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;

/** The legal dashboard of the signed-in user's agency. */
@RestController
@Tag(name = "Legal dashboard", description = "Matters by deadline, cases by risk, correction and loss rates against the target")
class LegalDashboardController {

	private final RiskManagement risks;

	LegalDashboardController(RiskManagement risks) {
		this.risks = risks;
	}

	@GetMapping("/api/legal/dashboard")
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	@Operation(summary = "Open matters by nearest deadline, watched cases by risk, this year's correction and loss rates against the target")
	LegalDashboard dashboard(CurrentUser user) {
		return risks.dashboard(user);
	}
}
