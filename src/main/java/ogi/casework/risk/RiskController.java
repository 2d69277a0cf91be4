package ogi.casework.risk;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;

/** Litigation risk: the agency's cases by risk for legal staff and the office head, and one case's risk with reasons. */
@RestController
@Tag(name = "Litigation risk", description = "Risk levels of open cases and of replies within a remedy window, with reasons")
class RiskController {

	private final RiskManagement risks;

	RiskController(RiskManagement risks) {
		this.risks = risks;
	}

	@GetMapping("/api/risks")
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	@Operation(summary = "The agency's open cases and replies within a remedy window, highest risk first; optionally one level")
	RiskPage casesByRisk(@RequestParam(required = false) RiskLevel level,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			CurrentUser user) {
		return risks.casesByRisk(user, level, page, size);
	}

	@GetMapping("/api/cases/{caseNumber}/risk")
	@PreAuthorize("hasAnyRole('HANDLER', 'REVIEWER', 'HEAD', 'LEGAL')")
	@Operation(summary = "The case's litigation risk now: level, score and every rule that fired with its facts and basis")
	RiskAssessment caseRisk(@PathVariable String caseNumber, CurrentUser user) {
		return risks.caseRisk(caseNumber, user);
	}
}
