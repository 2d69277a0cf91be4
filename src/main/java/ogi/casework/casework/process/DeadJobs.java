package ogi.casework.casework.process;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.api.delegate.event.FlowableEventType;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.impl.jobexecutor.TimerEventHandler;
import org.flowable.job.api.Job;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import ogi.casework.casework.DeadJobAlerts;

/**
 * Timer and async jobs that failed for good (Flowable's dead-letter jobs): raised to the agency's administrators and
 * head the moment one lands there, listed for the daily reconciliation and the administrators, and retried on demand.
 * A dead timer means a case whose clock no longer wakes it; nothing may leave that unnoticed.
 */
@Component
public class DeadJobs implements FlowableEventListener {

	/** A job that failed for good, with the case (or matter) it belongs to. */
	public record DeadJob(String id, String agencyCode, String businessKey, String element, String error,
			Instant failedAt) {
	}

	private final ManagementService management;

	private final RuntimeService runtime;

	private final DeadJobAlerts alerts;

	DeadJobs(@Lazy ManagementService management, @Lazy RuntimeService runtime, @Lazy DeadJobAlerts alerts) {
		this.management = management;
		this.runtime = runtime;
		this.alerts = alerts;
	}

	/**
	 * The "agency" of the jobs that belong to none: those of the platform's own processes (the nightly
	 * reconciliation), which its administrators see and retry.
	 */
	public static final String PLATFORM = "";

	/**
	 * How many dead jobs wait, per agency that has any and for the platform ({@link #PLATFORM}) if it has any: one
	 * count per agency, no job read — a mass failure (a database outage dead-letters every timer due) leaves the
	 * nightly reminder as cheap as any night's.
	 */
	public Map<String, Long> parked(Collection<String> agencyCodes) {
		Map<String, Long> counts = new LinkedHashMap<>();
		long platform = management.createDeadLetterJobQuery().jobWithoutTenantId().count();
		if (platform > 0) {
			counts.put(PLATFORM, platform);
		}
		for (String agency : agencyCodes) {
			long parked = management.createDeadLetterJobQuery().jobTenantId(agency).count();
			if (parked > 0) {
				counts.put(agency, parked);
			}
		}
		return counts;
	}

	/**
	 * The dead jobs of an agency, of the platform ({@link #PLATFORM}), or of all ({@code agencyCode == null}), newest
	 * first.
	 */
	public List<DeadJob> list(String agencyCode) {
		var query = management.createDeadLetterJobQuery();
		if (PLATFORM.equals(agencyCode)) {
			query.jobWithoutTenantId();
		}
		else if (agencyCode != null) {
			query.jobTenantId(agencyCode);
		}
		return query.orderByJobCreateTime().desc().list().stream().map(this::deadJob).toList();
	}

	/**
	 * Moves a dead job of the agency (or of the platform, {@link #PLATFORM}) back to execution, with {@code retries}
	 * more attempts.
	 */
	public Optional<DeadJob> retry(String agencyCode, String jobId, int retries) {
		var query = management.createDeadLetterJobQuery().jobId(jobId);
		var job = (PLATFORM.equals(agencyCode) ? query.jobWithoutTenantId() : query.jobTenantId(agencyCode))
			.singleResult();
		if (job == null) {
			return Optional.empty();
		}
		var dead = deadJob(job);
		management.moveDeadLetterJobToExecutableJob(jobId, retries);
		return Optional.of(dead);
	}

	@Override
	public void onEvent(FlowableEvent event) {
		if (event.getType() == FlowableEngineEventType.JOB_MOVED_TO_DEADLETTER
				&& event instanceof FlowableEngineEntityEvent entityEvent && entityEvent.getEntity() instanceof Job job) {
			alerts.raise(deadJob(job));
		}
	}

	private DeadJob deadJob(Job job) {
		String businessKey = job.getProcessInstanceId() == null ? null
				: Optional.ofNullable(runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
						.singleResult()).map(instance -> instance.getBusinessKey()).orElse(null);
		return new DeadJob(job.getId(), job.getTenantId(), businessKey, elementOf(job), job.getExceptionMessage(),
				job.getCreateTime() == null ? null : job.getCreateTime().toInstant());
	}

	/**
	 * The step the job runs: its element, or — for a timer that starts a process (the nightly reconciliation's), which
	 * has no execution yet and so no element — the start event its configuration names.
	 */
	private static String elementOf(Job job) {
		if (job.getElementId() != null) {
			return job.getElementId();
		}
		try {
			return job.getJobHandlerConfiguration() == null ? null
					: TimerEventHandler.getActivityIdFromConfiguration(job.getJobHandlerConfiguration());
		}
		catch (RuntimeException notATimer) {
			return null;
		}
	}

	@Override
	public Set<? extends FlowableEventType> getTypes() {
		return Set.of(FlowableEngineEventType.JOB_MOVED_TO_DEADLETTER);
	}

	/** An alert that cannot be written must not hide the failure: the job is dead-lettered all the same. */
	@Override
	public boolean isFailOnException() {
		return false;
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
