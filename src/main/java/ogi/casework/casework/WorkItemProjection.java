package ogi.casework.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.shared.CaseStatus;

/**
 * Keeps the worklist read model and the case register's status in step with the process's user tasks, inside the
 * engine's transaction: the only writer of a case's status, which it derives from the open steps by
 * {@link Step#statusOf}. Called by the process port's task listener; not for other modules.
 */
@Component
public class WorkItemProjection {

	private final WorkItems workItems;

	private final CaseFiles caseFiles;

	private final DeadlineManagement deadlines;

	private final Clock clock;

	private final CaseRegisterProjection register;

	WorkItemProjection(WorkItems workItems, CaseFiles caseFiles, DeadlineManagement deadlines, Clock clock,
			CaseRegisterProjection register) {
		this.register = register;
		this.workItems = workItems;
		this.caseFiles = caseFiles;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/** A user task opened. */
	public void opened(String taskId, String agencyCode, String caseNumber, Step step, String assignee) {
		var due = due(agencyCode, caseNumber, step);
		workItems.insert(new WorkItem(taskId, agencyCode, caseNumber, step.taskId(), step.role(), assignee,
				due.date(), due.provisional(), Instant.now(clock)));
		register.handlerAssigned(agencyCode, caseNumber, step, assignee);
		refreshStatus(agencyCode, caseNumber);
	}

	/** A user task was claimed. */
	public void assigned(String taskId, String assignee) {
		workItems.assign(taskId, assignee);
		workItems.find(taskId).ifPresent(item -> Step.of(item.step()).ifPresent(
				step -> register.handlerAssigned(item.agencyCode(), item.caseNumber(), step, assignee)));
	}

	/** The draft was returned: the drafting step it reopened counts as a returned draft until it is done. */
	void draftReturned(String agencyCode, String caseNumber) {
		workItems.markReturned(agencyCode, caseNumber, Step.DRAFT_REPLY.taskId());
	}

	/** A user task was completed or removed. */
	public void closed(String taskId, String agencyCode, String caseNumber) {
		workItems.delete(taskId);
		refreshStatus(agencyCode, caseNumber);
	}

	/** Derives the case's status from its open steps, outcome and archiving, and stores it if it changed. */
	CaseStatus refreshStatus(String agencyCode, String caseNumber) {
		var file = caseFiles.find(agencyCode, caseNumber);
		if (file.isEmpty()) {
			return null;
		}
		var steps = workItems.ofCase(agencyCode, caseNumber).stream().map(item -> Step.of(item.step()).orElseThrow())
				.toList();
		CaseStatus status = Step.statusOf(steps, file.get().outcome(), file.get().archived(), file.get().status());
		if (status != file.get().status()) {
			caseFiles.updateStatus(agencyCode, caseNumber, status);
		}
		return status;
	}

	/** The statutory date a step works towards: registration → T1, supplement → T2, handling → the reply (T3). */
	Due due(String agencyCode, String caseNumber, Step step) {
		return switch (step) {
			case REGISTER_APPLICATION -> deadlines.active(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT_NOTICE)
					.map(deadline -> new Due(deadline.dueDate(), deadline.provisional())).orElse(Due.NONE);
			case AWAIT_SUPPLEMENT -> deadlines.active(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT)
					.map(deadline -> new Due(deadline.dueDate(), deadline.provisional())).orElse(Due.NONE);
			case ARCHIVE_CASE -> Due.NONE;
			default -> deadlines.active(agencyCode, caseNumber, DeadlineKind.REPLY)
					.map(deadline -> new Due(deadline.dueDate(), deadline.provisional())).orElse(Due.NONE);
		};
	}

	/** A due date and whether it rests on an unpublished holiday notice. */
	record Due(LocalDate date, boolean provisional) {

		static final Due NONE = new Due(null, false);
	}
}
