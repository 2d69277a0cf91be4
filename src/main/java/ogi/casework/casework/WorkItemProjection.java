package ogi.casework.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.api.delegate.event.FlowableEventType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;

/**
 * Keeps the worklist read model in step with Flowable's user tasks, inside the engine's transaction: a task and its
 * work item are created, assigned and removed together.
 */
@Component
class WorkItemProjection implements FlowableEventListener {

	private final WorkItems workItems;

	private final CaseFiles caseFiles;

	private final DeadlineManagement deadlines;

	private final Clock clock;

	WorkItemProjection(WorkItems workItems, CaseFiles caseFiles, DeadlineManagement deadlines, Clock clock) {
		this.workItems = workItems;
		this.caseFiles = caseFiles;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@Override
	public void onEvent(FlowableEvent event) {
		if (!(event instanceof FlowableEngineEntityEvent entityEvent)
				|| !(entityEvent.getEntity() instanceof TaskEntity task)) {
			return;
		}
		var type = event.getType();
		if (type == FlowableEngineEventType.TASK_CREATED) {
			String caseNumber = (String) task.getVariable(CaseVariables.CASE_NUMBER);
			var step = Step.of(task.getTaskDefinitionKey()).orElseThrow(
					() -> new IllegalStateException("No Step for user task " + task.getTaskDefinitionKey()));
			var due = due(task.getTenantId(), caseNumber, step);
			workItems.insert(new WorkItem(task.getId(), task.getTenantId(), caseNumber, step.taskId(), step.role(),
					task.getAssignee(), due.date(), due.provisional(), Instant.now(clock)));
		}
		else if (type == FlowableEngineEventType.TASK_ASSIGNED) {
			workItems.assign(task.getId(), task.getAssignee());
		}
		else if (type == FlowableEngineEventType.TASK_COMPLETED || type == FlowableEngineEventType.ENTITY_DELETED) {
			workItems.delete(task.getId());
		}
	}

	/** The statutory date a step works towards: registration → T1, supplement → T2, handling → the reply (T3). */
	Due due(String agencyCode, String caseNumber, Step step) {
		return switch (step) {
			case REGISTER_APPLICATION -> deadlines.active(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT_NOTICE)
					.map(deadline -> new Due(deadline.dueDate(), deadline.provisional())).orElse(Due.NONE);
			case AWAIT_SUPPLEMENT -> deadlines.active(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT)
					.map(deadline -> new Due(deadline.dueDate(), deadline.provisional())).orElse(Due.NONE);
			case ARCHIVE_CASE -> Due.NONE;
			default -> caseFiles.find(agencyCode, caseNumber)
					.map(file -> new Due(file.replyDueDate(), file.replyDueProvisional())).orElse(Due.NONE);
		};
	}

	/** A due date and whether it rests on an unpublished holiday notice. */
	record Due(LocalDate date, boolean provisional) {

		static final Due NONE = new Due(null, false);
	}

	@Override
	public Set<? extends FlowableEventType> getTypes() {
		return Set.of(FlowableEngineEventType.TASK_CREATED, FlowableEngineEventType.TASK_ASSIGNED,
				FlowableEngineEventType.TASK_COMPLETED, FlowableEngineEventType.ENTITY_DELETED);
	}

	/** A failed projection rolls the engine's transaction back: the worklist never disagrees with the engine. */
	@Override
	public boolean isFailOnException() {
		return true;
	}

	@Override
	public boolean isFireOnTransactionLifecycleEvent() {
		return false;
	}

	@Override
	public String getOnTransaction() {
		return null;
	}
}
