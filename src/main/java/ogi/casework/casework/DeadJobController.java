package ogi.casework.casework;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;

/**
 * Process jobs that failed for good: the agency's administrators see them and retry them, the head sees them; the
 * platform administrators those of the platform's own processes (the nightly reconciliation).
 */
@RestController
@RequestMapping("/api/admin/failed-jobs")
@Tag(name = "Failed jobs", description = "Timers and jobs of the agency's processes that failed for good")
class DeadJobController {

	private final FailedJobs failedJobs;

	DeadJobController(FailedJobs failedJobs) {
		this.failedJobs = failedJobs;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'HEAD', 'PLATFORM_ADMIN')")
	@Operation(summary = "The agency's failed process jobs (and, for a platform administrator, the platform's own:"
			+ " platform=true), newest first")
	List<FailedJobs.FailedJob> list(CurrentUser user) {
		return failedJobs.of(user);
	}

	/** How many more attempts a retried job gets. */
	record Retry(@NotNull @Min(1) @Max(10) Integer retries) {
	}

	@PostMapping("/{jobId}/retries")
	@PreAuthorize("hasAnyRole('ADMIN', 'PLATFORM_ADMIN')")
	@Operation(summary = "Retry a failed job of the agency (or, for a platform administrator, of the platform)")
	FailedJobs.FailedJob retry(@PathVariable String jobId, @Valid @RequestBody Retry retry, CurrentUser admin) {
		return failedJobs.retry(jobId, retry.retries(), admin);
	}
}
