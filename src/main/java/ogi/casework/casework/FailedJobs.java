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

	/** A failed job with the case it belongs to ({@code caseNumber} is null for an agency-wide job). */
	public record FailedJob(String id, String caseNumber, String element, String error, Instant failedAt) {
	}

	private final DeadJobs deadJobs;

	private final CaseAction action;

	private final CaseFiles caseFiles;

	FailedJobs(DeadJobs deadJobs, CaseAction action, CaseFiles caseFiles) {
		this.deadJobs = deadJobs;
		this.action = action;
		this.caseFiles = caseFiles;
	}

	/** The failed jobs of the user's agency, newest first. */
	public List<FailedJob> of(CurrentUser user) {
		if (!user.has(Role.ADMIN) && !user.has(Role.HEAD)) {
			throw new org.springframework.security.access.AccessDeniedException("failed jobs are for ADMIN and HEAD");
		}
		return deadJobs.list(user.agencyCode()).stream().map(FailedJobs::failedJob).toList();
	}

	/** Gives a failed job of the administrator's agency {@code retries} more attempts, recorded on its case. */
	@Transactional
	public FailedJob retry(String jobId, int retries, CurrentUser admin) {
		CaseAction.requireRole(admin, Role.ADMIN);
		var job = deadJobs.retry(admin.agencyCode(), jobId, retries)
				.orElseThrow(() -> new NotFound("No failed job " + jobId + " in your agency"));
		if (job.businessKey() != null) {
			caseFiles.find(admin.agencyCode(), job.businessKey()).ifPresent(file -> action.publish(file.agencyCode(),
					file.caseNumber(), "PROCESS_JOB_RETRIED", admin.username(), file.status(), file.status(),
					"Failed step " + job.element() + " retried (" + retries + " attempts)"));
		}
		return failedJob(job);
	}

	private static FailedJob failedJob(DeadJobs.DeadJob job) {
		return new FailedJob(job.id(), job.businessKey(), job.element(), job.error(), job.failedAt());
	}
}
