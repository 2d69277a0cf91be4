package ogi.casework.intake;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;

/**
 * Applications that ask for the same information: repeats of one applicant (Art. 36(6)) and clusters of several
 * applicants (Art. 44), within the signed-in user's agency only.
 */
@RestController
@RequestMapping("/api/applications")
@Tag(name = "Repeats and proactive disclosure", description = "Similar applications, as suggestions (any signed-in user)")
class SimilarApplicationController {

	private final IntakeManagement intake;

	SimilarApplicationController(IntakeManagement intake) {
		this.intake = intake;
	}

	@GetMapping("/{caseNumber}/similar")
	@PreAuthorize(Role.CASEWORK_RULE)
	@Operation(summary = "Applications of the agency asking for similar information: the same applicant's earlier ones"
			+ " (REPEAT, Art. 36(6)) and other applicants' (proactive disclosure, Art. 44); suggestions only")
	SimilarApplications similar(@PathVariable String caseNumber, CurrentUser user) {
		return intake.similarApplications(user.agencyCode(), caseNumber);
	}

	@GetMapping("/proactive-disclosure-candidates")
	@PreAuthorize(Role.CASEWORK_RULE)
	@Operation(summary = "Clusters of recent applications in which several different applicants asked for the same"
			+ " information: candidates for proactive disclosure (Art. 44(1))")
	List<DisclosureCluster> proactiveDisclosureCandidates(CurrentUser user) {
		return intake.proactiveDisclosureCandidates(user.agencyCode());
	}
}
