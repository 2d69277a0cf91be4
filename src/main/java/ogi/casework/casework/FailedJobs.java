package ogi.casework.casework;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.DeadJobs;
import ogi.casework.shared.NotFound;

/**
 * The agency's process jobs that failed for good (a timer that no longer wakes its case), for the pages: the
 * administrators and the head see them, the administrators retry them, and a retry is written to the case's audit
 * trail. The API ({@code /api/admin/failed-jobs}) does the same through this service.
 */
@Service
public class FailedJobs {

	private final DeadJobs deadJobs;

	private final CaseAction action;

	private final CaseFiles caseFiles;

	FailedJobs(DeadJobs deadJobs, CaseAction action, CaseFiles caseFiles) {
		this.deadJobs = deadJobs;
		this.action = action;
		this.caseFiles = caseFiles;
	}

	/**
	 * A failed job.
	 *
	 * @param id the job's id, for a retry
	 * @param caseNumber the case (or matter) it belongs to, if it belongs to one
	 * @param element the BPMN element that failed ({@code replyDeadlineReached})
	 * @param error the exception's message, for the administrator who investigates
	 * @param failedAt when the job was created
	 */
	public record FailedJob(String id, String caseNumber, String element, String error, Instant failedAt) {
	}

	/** The agency's failed jobs, newest first; for administrators and the head. */
	@Transactional(readOnly = true)
	public List<FailedJob> list(CurrentUser user) {
		if (!user.has(Role.ADMIN) && !user.has(Role.HEAD)) {
			throw new AccessDeniedException("failed jobs are for the agency's administrators and head");
		}
		return deadJobs.list(user.agencyCode()).stream().map(FailedJobs::of).toList();
	}

	/**
	 * Moves a failed job of the admin's agency back to execution with {@code retries} more attempts and writes it to
	 * the case's audit trail.
	 *
	 * @throws NotFound when the agency has no such failed job (404)
	 */
	@Transactional
	public FailedJob retry(String jobId, int retries, CurrentUser admin) {
		if (!admin.has(Role.ADMIN)) {
			throw new AccessDeniedException("only the agency's administrators retry failed jobs");
		}
		var job = deadJobs.retry(admin.agencyCode(), jobId, retries)
				.orElseThrow(() -> new NotFound("No failed job " + jobId + " in your agency"));
		if (job.businessKey() != null) {
			caseFiles.find(admin.agencyCode(), job.businessKey()).ifPresent(file -> action.publish(file.agencyCode(),
					file.caseNumber(), "PROCESS_JOB_RETRIED", admin.username(), file.status(), file.status(),
					"Failed step " + job.element() + " retried (" + retries + " attempts)"));
		}
		return of(job);
	}

	private static FailedJob of(DeadJobs.DeadJob job) {
		return new FailedJob(job.id(), job.businessKey(), job.element(), job.error(), job.failedAt());
	}
}
