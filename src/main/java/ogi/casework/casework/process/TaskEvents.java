package ogi.casework.casework.process;

import java.util.Set;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.api.delegate.event.FlowableEventType;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

import ogi.casework.casework.Step;
import ogi.casework.casework.WorkItemProjection;

/**
 * Tells the worklist and the case register when a user task opens, is claimed or closes, inside the engine's
 * transaction: a task and its work item are created, assigned and removed together, and the case's status follows.
 */
@Component
class TaskEvents implements FlowableEventListener {

	private final WorkItemProjection projection;

	TaskEvents(WorkItemProjection projection) {
		this.projection = projection;
	}

	@Override
	public void onEvent(FlowableEvent event) {
		if (!(event instanceof FlowableEngineEntityEvent entityEvent)
				|| !(entityEvent.getEntity() instanceof TaskEntity task)) {
			return;
		}
		var type = event.getType();
		if (type == FlowableEngineEventType.TASK_CREATED) {
			var step = Step.of(task.getTaskDefinitionKey()).orElseThrow(
					() -> new IllegalStateException("No Step for user task " + task.getTaskDefinitionKey()));
			projection.opened(task.getId(), task.getTenantId(), caseNumber(task), step, task.getAssignee());
		}
		else if (type == FlowableEngineEventType.TASK_ASSIGNED) {
			projection.assigned(task.getId(), task.getAssignee());
		}
		else if (type == FlowableEngineEventType.TASK_COMPLETED || type == FlowableEngineEventType.ENTITY_DELETED) {
			projection.closed(task.getId(), task.getTenantId(), caseNumber(task));
		}
	}

	/**
	 * The case a task belongs to: its process instance's business key, the case number (CaseProcess#start). The
	 * instance is in the engine's entity cache while its command runs; the task's variables would be queried afresh
	 * on every task event.
	 */
	private static String caseNumber(TaskEntity task) {
		var instance = CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId());
		return instance != null && instance.getBusinessKey() != null ? instance.getBusinessKey()
				: (String) task.getVariable(CaseVariables.CASE_NUMBER);
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
