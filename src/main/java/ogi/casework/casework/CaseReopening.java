package ogi.casework.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ogi.casework.casework.process.CaseProcess;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.deadlines.ReplyCycle;
import ogi.casework.litigation.CaseReopeningOrdered;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseEvent;
import ogi.casework.shared.CaseStatus;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.Wording;

/**
 * Reopens a replied or archived case as a new reply cycle when legal staff act on a decision that orders a new
 * reply (复议法 Arts. 64, 66; 行诉法 Arts. 70, 72): the disclosure-request process starts again at the handler's
 * research step (the gateway {@code newOrReopened} after its start event), with the new reply deadline and its timers;
 * the earlier reply, delivery, documents, sealed case file and audit trail stay. Runs in the transaction of the
 * litigation module's request, so a refusal here undoes the reopening there.
 */
@Component
class CaseReopening {

	private final CaseFiles caseFiles;

	private final DeadlineManagement deadlines;

	private final DeadlineTimers timers;

	private final Notifying notifying;

	private final CaseProcess process;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseReopening(CaseFiles caseFiles, DeadlineManagement deadlines, DeadlineTimers timers, Notifying notifying,
			CaseProcess process, ApplicationEventPublisher events, Clock clock) {
		this.caseFiles = caseFiles;
		this.deadlines = deadlines;
		this.timers = timers;
		this.notifying = notifying;
		this.process = process;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(CaseReopeningOrdered order) {
		String agency = order.agencyCode();
		String caseNumber = order.caseNumber();
		CaseFile file = caseFiles.lock(agency, caseNumber)
				.orElseThrow(() -> new NotFound("No case " + caseNumber + " in your agency"));
		if (file.status() != CaseStatus.REPLIED && file.status() != CaseStatus.ARCHIVED) {
			throw new ActionNotAllowed("replied", "Case " + caseNumber + " is " + file.status()
					+ ": only a case whose reply was delivered is reopened for a new reply");
		}
		int cycle = deadlines.latestReplyCycle(agency, caseNumber).map(ReplyCycle::cycle).orElse(1) + 1;
		var reply = deadlines.startReplyCycle(agency, caseNumber, cycle, order.decisionReceivedOn(),
				order.replyWorkingDays(), order.fixedReplyDueOn(), order.basis(), order.actor());
		// Replied but not yet archived: the waiting archive step belongs to the earlier cycle.
		process.stop(file.processInstanceId(), "reopened for reply cycle " + cycle);
		Map<String, Object> variables = new HashMap<>();
		variables.put(CaseVariables.AGENCY_CODE, agency);
		variables.put(CaseVariables.CASE_NUMBER, caseNumber);
		variables.putAll(timers.replyVariables(agency, reply.dueDate()));
		variables.put(CaseVariables.FEE_PAYABLE_UNTIL, timers.endOf(CaseVariables.PARKED));
		// the gateway after the start event sends a later cycle straight to handling (ProcessCallbacks.reopened)
		caseFiles.reopen(agency, caseNumber, reply.dueDate(), reply.provisional(), cycle);
		caseFiles.attachProcess(agency, caseNumber,
				process.start(agency, caseNumber, process.newInstanceId(), variables));
		CaseStatus status = caseFiles.find(agency, caseNumber).orElseThrow().status();
		Instant now = clock.instant();
		String detail = "Reopened for reply cycle %d: %s; new reply due %s".formatted(cycle, order.basis(),
				reply.dueDate());
		notifying.notify(agency, "role:HANDLER", caseNumber, "CASE_REOPENED", "Case " + caseNumber + " — " + detail,
				Wording.ofValues("notification.caseReopened", caseNumber, cycle, order.basis(), reply.dueDate()));
		events.publishEvent(new CaseEvent(agency, caseNumber, "CASE_REOPENED", order.actor(), now,
				file.status().name(), status.name(), detail));
	}
}
