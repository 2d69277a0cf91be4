package ogi.casework.casework;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.casework.process.DeadJobs;
import ogi.casework.shared.NotFound;

/** Process jobs that failed for good: the agency's administrators see them and retry them; the head sees them. */
@RestController
@RequestMapping("/api/admin/failed-jobs")
@Tag(name = "Failed jobs", description = "Timers and jobs of the agency's processes that failed for good")
class DeadJobController {

	private final DeadJobs deadJobs;

	private final CaseAction action;

	private final CaseFiles caseFiles;

	DeadJobController(DeadJobs deadJobs, CaseAction action, CaseFiles caseFiles) {
		this.deadJobs = deadJobs;
		this.action = action;
		this.caseFiles = caseFiles;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'HEAD')")
	@Operation(summary = "The agency's failed process jobs, newest first")
	List<DeadJobs.DeadJob> list(CurrentUser user) {
		return deadJobs.list(user.agencyCode());
	}

	/** How many more attempts a retried job gets. */
	record Retry(@NotNull @Min(1) @Max(10) Integer retries) {
	}

	@PostMapping("/{jobId}/retries")
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	@Operation(summary = "Retry a failed job of the agency")
	DeadJobs.DeadJob retry(@PathVariable String jobId, @Valid @RequestBody Retry retry, CurrentUser admin) {
		var job = deadJobs.retry(admin.agencyCode(), jobId, retry.retries())
				.orElseThrow(() -> new NotFound("No failed job " + jobId + " in your agency"));
		if (job.businessKey() != null) {
			caseFiles.find(admin.agencyCode(), job.businessKey()).ifPresent(file -> action.publish(file.agencyCode(),
					file.caseNumber(), "PROCESS_JOB_RETRIED", admin.username(), file.status(), file.status(),
					"Failed step " + job.element() + " retried (" + retry.retries() + " attempts)"));
		}
		return job;
	}
}
