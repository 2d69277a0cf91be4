package ogi.casework.casework;

import java.util.Date;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.deadlines.ReplyCycle;

/**
 * What the disclosure-request process asks of the lifecycle steps when a timer wakes it: the door from the process
 * port's BPMN facade into the steps, which decide on legal dates. Not for other modules.
 */
@Component
public class ProcessCallbacks {

	private final Registering registering;

	private final Consulting consulting;

	private final Charging charging;

	private final Extending extending;

	private final DeadlineManagement deadlines;

	ProcessCallbacks(Registering registering, Consulting consulting, Charging charging, Extending extending,
			DeadlineManagement deadlines) {
		this.registering = registering;
		this.consulting = consulting;
		this.charging = charging;
		this.extending = extending;
		this.deadlines = deadlines;
	}

	public boolean reopened(String agencyCode, String caseNumber) {
		return deadlines.latestReplyCycle(agencyCode, caseNumber).map(ReplyCycle::cycle).orElse(1) > 1;
	}

	public boolean supplementPeriodEnded(String agencyCode, String caseNumber) {
		return registering.supplementPeriodEnded(agencyCode, caseNumber);
	}

	public void supplementNoticePeriodPassed(String agencyCode, String caseNumber) {
		registering.noteSupplementNoticePeriodPassed(agencyCode, caseNumber);
	}

	public void feeWindowEnded(String agencyCode, String caseNumber) {
		charging.feeWindowEnded(agencyCode, caseNumber);
	}

	public Optional<Date> consultationWindowsPassed(String agencyCode, String caseNumber) {
		return consulting.windowsPassed(agencyCode, caseNumber);
	}

	public void remindOfReplyDeadline(String agencyCode, String caseNumber) {
		extending.remindOfReplyDeadline(agencyCode, caseNumber);
	}

	public String replyClockWoke(String agencyCode, String caseNumber) {
		return extending.replyClockWoke(agencyCode, caseNumber).name();
	}
}
