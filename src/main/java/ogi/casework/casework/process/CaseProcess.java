package ogi.casework.casework.process;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.common.engine.impl.cfg.IdGenerator;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ogi.casework.casework.Step;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseworkSettings;

/**
 * The case's port onto the process engine: start a case's process, read and work its open steps, wake it with a
 * message, move its timers, and move its token back when a consequence is undone. The only door to Flowable for the
 * lifecycle steps; it speaks in case steps and element ids, never in engine objects.
 */
@Component
public class CaseProcess {

	private static final Logger log = LoggerFactory.getLogger(CaseProcess.class);

	/** The BPMN process of one application, {@code processes/disclosure-request.bpmn20.xml}. */
	public static final String PROCESS_KEY = "disclosureRequest";

	/** Timer: the reply clock wakes at the end of the reply due date to ask whether the reply is overdue. */
	public static final String REPLY_DEADLINE_REACHED = "replyDeadlineReached";

	public static final String FIRST_REMINDER_DUE = "firstReminderDue";

	public static final String SECOND_REMINDER_DUE = "secondReminderDue";

	public static final String SUPPLEMENT_NOTICE_PERIOD_PASSED = "supplementNoticePeriodPassed";

	public static final String SUPPLEMENT_PERIOD_EXPIRED = "supplementPeriodExpired";

	public static final String CONSULTATION_WINDOWS_EXPIRED = "consultationWindowsExpired";

	public static final String FEE_WINDOW_EXPIRED = "feeWindowExpired";

	/** Gateway: where the reply clock asks the legal dates again; a clock that stopped is restarted here. */
	public static final String REPLY_CLOCK_WOKE = "replyClockWoke";

	/**
	 * Where the reply clock waits while it runs: armed (its timer and the period-changed message), or escalated (the
	 * head's supervision, then the wait for the escalation to resolve).
	 */
	private static final Set<String> REPLY_CLOCK_WAITS = Set.of("replyClockArmed", REPLY_DEADLINE_REACHED,
			"replyPeriodChanged", "superviseOverdueReply", "overdueResolvedWhileSupervised", "awaitOverdueResolution");

	/** Message: the handler asks the head for an extension (Arts. 33(2), 35). */
	public static final String EXTENSION_REQUESTED = "extensionRequested";

	/** Message: a fact recorded on the case moved or ended the reply period; the reply clock asks again. */
	public static final String REPLY_PERIOD_CHANGED = "replyPeriodChanged";

	/** Message: the reply is no longer overdue (delivered, or its due date moved); the head's supervision closes. */
	public static final String OVERDUE_RESOLVED = "overdueResolved";

	/** The closing steps of an abandoned case: where a reversed consequence moves the token from. */
	public static final String ARCHIVE_CASE = Step.ARCHIVE_CASE.taskId();

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final ZoneId zone;

	private final IdGenerator ids;

	CaseProcess(RuntimeService runtime, TaskService tasks, ManagementService management, CaseworkSettings settings,
			ProcessEngineConfiguration engine) {
		this.ids = engine.getIdGenerator();
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.zone = settings.zone();
	}

	/**
	 * Runs {@code work} in a transaction of its own that commits (or rolls back) when it returns, with an engine
	 * context of its own, even inside a job the engine is running: the engine's writes of {@code work} (a moved timer)
	 * are flushed with it, not deferred to the caller's transaction as a nested engine call's would be. For sweeps in
	 * which one item must not take the others down with it.
	 */
	public <T> T inOwnTransaction(java.util.function.Supplier<T> work) {
		return management.executeCommand(new org.flowable.common.engine.impl.interceptor.CommandConfig()
			.transactionRequiresNew(), context -> work.get());
	}

	/**
	 * The id the next case's process will have, from the engine's own generator (time-ordered, as every other id of
	 * the engine): a new case row is written with it before {@link #start its process starts}, instead of being
	 * updated with the id afterwards — one statement fewer per new case.
	 */
	public String newInstanceId() {
		return ids.getNextId();
	}

	/**
	 * Starts the case's process in the agency's tenant with the instance id {@link #newInstanceId} gave; returns it.
	 */
	public String start(String agencyCode, String caseNumber, String processInstanceId, Map<String, Object> variables) {
		return runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS_KEY)
				.overrideProcessDefinitionTenantId(agencyCode).businessKey(caseNumber)
				.predefineProcessInstanceId(processInstanceId).variables(variables).start().getId();
	}

	/** An open user task of a case, as a step of the lifecycle. */
	public record OpenTask(String id, Step step, String assignee) {
	}

	/** The case's open user tasks. */
	public List<OpenTask> openTasks(String agencyCode, String processInstanceId) {
		if (processInstanceId == null) {
			return List.of();
		}
		return tasks.createTaskQuery().processInstanceId(processInstanceId).taskTenantId(agencyCode).list().stream()
				.map(CaseProcess::openTask).toList();
	}

	/** One open task of the agency, by id. */
	public Optional<OpenTask> task(String agencyCode, String taskId) {
		return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).taskTenantId(agencyCode).singleResult())
				.map(CaseProcess::openTask);
	}

	private static OpenTask openTask(Task task) {
		Step step = Step.of(task.getTaskDefinitionKey()).orElseThrow(
				() -> new IllegalStateException("No Step for user task " + task.getTaskDefinitionKey()));
		return new OpenTask(task.getId(), step, task.getAssignee());
	}

	/**
	 * Claims a task for the user.
	 *
	 * @throws ActionNotAllowed {@code claimedByOther} when a colleague claimed it since it was read (the engine's check,
	 *         the last word in a race the caller's own check cannot see)
	 */
	public void claim(String taskId, String username) {
		try {
			tasks.claim(taskId, username);
		}
		catch (FlowableTaskAlreadyClaimedException taken) {
			throw new ActionNotAllowed("claimedByOther", "The task was claimed by " + taken.getTaskAssignee()
					+ " a moment ago");
		}
	}

	/** Completes a task with the routing variables its gateways read. */
	public void complete(String taskId, Map<String, Object> variables) {
		tasks.complete(taskId, variables);
	}

	/** Whether the case's reply clock runs (it stops once the case has an outcome: replied or concluded). */
	public boolean replyClockRunning(String processInstanceId) {
		return runtime.createExecutionQuery().processInstanceId(processInstanceId).list().stream()
			.anyMatch(execution -> execution.getActivityId() != null
					&& REPLY_CLOCK_WAITS.contains(execution.getActivityId()));
	}

	public boolean isRunning(String processInstanceId) {
		return processInstanceId != null
				&& runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
	}

	public void setVariables(String processInstanceId, Map<String, ?> variables) {
		if (isRunning(processInstanceId)) {
			runtime.setVariables(processInstanceId, variables);
		}
	}

	/** Whether the process waits for {@code message}. */
	public boolean awaits(String processInstanceId, String message) {
		return subscription(processInstanceId, message).isPresent();
	}

	/** Delivers {@code message} if the process waits for it; returns whether it did. */
	public boolean message(String processInstanceId, String message) {
		var execution = subscription(processInstanceId, message);
		execution.ifPresent(id -> runtime.messageEventReceived(message, id));
		return execution.isPresent();
	}

	private Optional<String> subscription(String processInstanceId, String message) {
		if (processInstanceId == null) {
			return Optional.empty();
		}
		return runtime.createExecutionQuery().processInstanceId(processInstanceId)
				.messageEventSubscriptionName(message).list().stream().findFirst().map(e -> e.getId());
	}

	/** When the waiting timer {@code timerId} of the process will fire, if it waits. */
	public Optional<Date> timerDue(String processInstanceId, String timerId) {
		return Optional.ofNullable(timer(processInstanceId, timerId)).map(Job::getDuedate);
	}

	/** Moves the waiting timer {@code timerId}, if it waits, to {@code date}; a timer that already fired stays fired. */
	public boolean reschedule(String processInstanceId, String timerId, Date date) {
		Job job = timer(processInstanceId, timerId);
		if (job == null || job.getDuedate().equals(date)) {
			return false;
		}
		management.rescheduleTimeDateJob(job.getId(), iso(date));
		log.debug("Process {}: timer {} moved from {} to {}", processInstanceId, timerId, job.getDuedate(), date);
		return true;
	}

	private Job timer(String processInstanceId, String timerId) {
		if (processInstanceId == null) {
			return null;
		}
		return management.createTimerJobQuery().processInstanceId(processInstanceId).elementId(timerId)
				.singleResult();
	}

	/** The date as the engine's timers read it, in the agency's zone. */
	public String iso(Date date) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.toInstant().atZone(zone));
	}

	/**
	 * Moves the token from the open steps {@code from} to {@code to}: how a consequence taken on legal dates is undone
	 * when a fact recorded later defeats it. Entering the handling sub-process again recreates its timers and its
	 * extension-request subscription from the current variables.
	 */
	public void move(String processInstanceId, Collection<String> from, Collection<String> to) {
		var change = runtime.createChangeActivityStateBuilder().processInstanceId(processInstanceId);
		if (from.size() == 1) {
			change.moveSingleActivityIdToActivityIds(from.iterator().next(), List.copyOf(to));
		}
		else {
			change.moveActivityIdsToSingleActivityId(List.copyOf(from), to.iterator().next());
		}
		change.changeState();
	}

	/** Ends the case's process, e.g. when a reopened case starts its next reply cycle. */
	public void stop(String processInstanceId, String reason) {
		if (isRunning(processInstanceId)) {
			runtime.deleteProcessInstance(processInstanceId, reason);
		}
	}
}
