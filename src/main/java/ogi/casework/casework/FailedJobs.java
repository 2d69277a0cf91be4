package ogi.casework.casework;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.DeadJobs;
import ogi.casework.shared.NotFound;

/**
 * The agency's process jobs that failed for good (a timer whose case no longer wakes, an automatic step that keeps
 * failing): its administrators and head see them; an administrator moves one back to execution once its cause is
 * repaired, and the case's audit trail records the retry. API and page both go through here.
 */
@Service
public class FailedJobs {

	/**
	 * A failed job with the case it belongs to ({@code caseNumber} is null for an agency-wide job); {@code platform}:
	 * a job of the platform's own processes (the nightly reconciliation), no agency's.
	 */
	public record FailedJob(String id, String caseNumber, String element, String error, Instant failedAt,
			boolean platform) {
	}

	private final DeadJobs deadJobs;

	private final CaseAction action;

	private final CaseFiles caseFiles;

	FailedJobs(DeadJobs deadJobs, CaseAction action, CaseFiles caseFiles) {
		this.deadJobs = deadJobs;
		this.action = action;
		this.caseFiles = caseFiles;
	}

	/**
	 * The failed jobs of the user's agency (its administrators and head), and those of the platform's own processes
	 * (its administrators), newest first.
	 */
	public List<FailedJob> of(CurrentUser user) {
		boolean ofAgency = user.has(Role.ADMIN) || user.has(Role.HEAD);
		boolean ofPlatform = user.has(Role.PLATFORM_ADMIN);
		if (!ofAgency && !ofPlatform) {
			throw new org.springframework.security.access.AccessDeniedException(
					"failed jobs are for ADMIN, HEAD and PLATFORM_ADMIN");
		}
		List<FailedJob> jobs = new java.util.ArrayList<>();
		if (ofAgency) {
			deadJobs.list(user.agencyCode()).stream().map(FailedJobs::failedJob).forEach(jobs::add);
		}
		if (ofPlatform) {
			deadJobs.list(DeadJobs.PLATFORM).stream().map(FailedJobs::failedJob).forEach(jobs::add);
		}
		jobs.sort(java.util.Comparator.comparing(FailedJob::failedAt,
				java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
		return jobs;
	}

	/**
	 * Gives a failed job {@code retries} more attempts: one of the administrator's agency (recorded on its case), or
	 * one of the platform's own processes for a platform administrator.
	 */
	@Transactional
	public FailedJob retry(String jobId, int retries, CurrentUser admin) {
		if (!admin.has(Role.ADMIN) && !admin.has(Role.PLATFORM_ADMIN)) {
			throw new org.springframework.security.access.AccessDeniedException("retrying is for ADMIN and"
					+ " PLATFORM_ADMIN");
		}
		var retried = admin.has(Role.ADMIN) ? deadJobs.retry(admin.agencyCode(), jobId, retries)
				: java.util.Optional.<DeadJobs.DeadJob>empty();
		if (retried.isEmpty() && admin.has(Role.PLATFORM_ADMIN)) {
			retried = deadJobs.retry(DeadJobs.PLATFORM, jobId, retries);
		}
		var job = retried.orElseThrow(() -> new NotFound("No failed job " + jobId + " you may retry"));
		if (job.businessKey() != null) {
			caseFiles.find(admin.agencyCode(), job.businessKey()).ifPresent(file -> action.publish(file.agencyCode(),
					file.caseNumber(), "PROCESS_JOB_RETRIED", admin.username(), file.status(), file.status(),
					"Failed step " + job.element() + " retried (" + retries + " attempts)"));
		}
		return failedJob(job);
	}

	private static FailedJob failedJob(DeadJobs.DeadJob job) {
		return new FailedJob(job.id(), job.businessKey(), job.element(), job.error(), job.failedAt(),
				job.agencyCode() == null || job.agencyCode().isBlank());
	}
}
