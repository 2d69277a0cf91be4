package ogi.casework.casework;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.DeadJobs.DeadJob;
import ogi.casework.shared.Wording;

/**
 * Tells the agency's administrators and head that a timer or job of a case failed for good, and writes it to the case's
 * audit trail: the case's clock no longer wakes it until someone retries the job. A job of no agency (the nightly
 * reconciliation's) is told to the platform's administrators, the only ones who may retry it.
 */
@Component
public class DeadJobAlerts {

	private static final Logger log = LoggerFactory.getLogger(DeadJobAlerts.class);

	static final String KIND = "DEAD_JOB";

	private final Notifying notifying;

	private final CaseAction action;

	private final CaseFiles caseFiles;

	private final AccountManagement accounts;

	DeadJobAlerts(Notifying notifying, CaseAction action, CaseFiles caseFiles, AccountManagement accounts) {
		this.notifying = notifying;
		this.action = action;
		this.caseFiles = caseFiles;
		this.accounts = accounts;
	}

	/** Reminds the administrators and head of the jobs still parked, as the daily reconciliation finds them. */
	public void remind(String agencyCode, int parked) {
		String message = parked + " failed process job(s) still parked; the cases they belong to are not woken until"
				+ " each is retried (administration → failed jobs)";
		log.warn("Agency {}: {}", agencyCode, message);
		var wording = Wording.ofValues("notification.deadJobsParked", parked);
		notifying.notify(agencyCode, "role:ADMIN", "—", KIND, message, wording);
		notifying.notify(agencyCode, "role:HEAD", "—", KIND, message, wording);
	}

	/** Reminds the platform's administrators of the jobs of no agency still parked. */
	public void remindPlatform(int parked) {
		String message = parked + " failed platform job(s) (the nightly reconciliation) still parked until retried"
				+ " (administration → failed jobs)";
		log.warn("Platform: {}", message);
		toPlatformAdministrators(message, Wording.ofValues("notification.platformJobsParked", parked));
	}

	/** Raises the alert for one dead job. */
	public void raise(DeadJob job) {
		String message = "Process step " + job.element() + (job.businessKey() == null ? "" : " of " + job.businessKey())
				+ " failed for good and is parked until retried (administration → failed jobs): " + job.error();
		log.error("Dead job {} in agency {}: {}", job.id(), job.agencyCode(), message);
		String shown = message.length() > 900 ? message.substring(0, 900) + "…" : message;
		if (job.agencyCode() == null || job.agencyCode().isBlank()) {
			toPlatformAdministrators(shown, Wording.of("notification.platformJobDead",
							job.element() == null ? Wording.value("—") : Wording.label("job." + job.element())));
			return;
		}
		var file = job.businessKey() == null ? null : caseFiles.find(job.agencyCode(), job.businessKey()).orElse(null);
		String about = file != null ? file.caseNumber() : job.businessKey() != null ? job.businessKey() : job.element();
		var wording = Wording.ofValues("notification.deadJob", about);
		notifying.notify(job.agencyCode(), "role:ADMIN", about, KIND, shown, wording);
		notifying.notify(job.agencyCode(), "role:HEAD", about, KIND, shown, wording);
		if (file != null) {
			action.publish(job.agencyCode(), file.caseNumber(), "PROCESS_JOB_FAILED", CaseAction.SYSTEM, file.status(),
					file.status(), shown);
		}
	}

	private void toPlatformAdministrators(String message, Wording wording) {
		accounts.platformAdministratorAgencies().forEach(agency -> notifying.notify(agency, "role:" + Role.PLATFORM_ADMIN,
				"—", KIND, message, wording));
	}
}
