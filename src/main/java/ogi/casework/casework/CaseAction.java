package ogi.casework.casework;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.CaseProcess;
import ogi.casework.casework.process.CaseProcess.OpenTask;
import ogi.casework.documents.LetterRenderingFailed;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseChanged;
import ogi.casework.shared.CaseEvent;
import ogi.casework.shared.CaseStatus;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.Today;

/**
 * The template every lifecycle step follows: check the role, lock the case, check the step, act, complete the step,
 * and write one audit line with the status before and after — the status derived from where the process now stands,
 * never set by hand.
 */
@Component
class CaseAction {

	static final String SYSTEM = "system";

	private final CaseFiles caseFiles;

	private final CaseProcess process;

	private final WorkItemProjection projection;

	private final ApplicationEventPublisher events;

	private final Today today;

	private final TransactionTemplate failures;

	CaseAction(CaseFiles caseFiles, CaseProcess process, WorkItemProjection projection,
			ApplicationEventPublisher events, Today today, PlatformTransactionManager transactions) {
		this.failures = new TransactionTemplate(transactions);
		this.failures.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.caseFiles = caseFiles;
		this.process = process;
		this.projection = projection;
		this.events = events;
		this.today = today;
	}

	/**
	 * Locks the user's case for an action, so that two actions on one case queue up; an archived case is sealed and
	 * changes only through a recorded correction. (One thing moves in an archived case's live ledger without one: the
	 * applicant's reconsideration and lawsuit windows, recounted when the calendar changes around their last day —
	 * {@link CalendarRecomputation}; the sealed file keeps the ledger as it was sealed, the audit trail says why.)
	 */
	CaseFile lock(CurrentUser user, String caseNumber) {
		CaseFile file = caseFiles.lock(user.agencyCode(), caseNumber)
				.orElseThrow(() -> new NotFound("No case " + caseNumber + " in your agency"));
		if (file.archived()) {
			throw new ActionNotAllowed("archived", "Case " + caseNumber
					+ " is archived and sealed; it changes only through a recorded correction of its case file");
		}
		return file;
	}

	/** Locks a case for the process's own work (a timer woke it). */
	CaseFile lock(String agencyCode, String caseNumber) {
		return caseFiles.lock(agencyCode, caseNumber).orElseThrow();
	}

	CaseFile load(String agencyCode, String caseNumber) {
		return caseFiles.find(agencyCode, caseNumber).orElseThrow();
	}

	/** The open step {@code step}, claimed for the user: their role, the case at that step, not claimed by another. */
	OpenTask claim(CaseFile file, Step step, CurrentUser user) {
		requireRole(user, step.role());
		OpenTask task = open(file).stream().filter(t -> t.step() == step).findFirst()
				.orElseThrow(() -> notAtStep(file, "This action belongs to step " + step.taskId()));
		if (task.assignee() != null && !task.assignee().equals(user.username())) {
			throw new ActionNotAllowed("claimedByOther",
					"Step " + step.taskId() + " of case " + file.caseNumber() + " is claimed by " + task.assignee());
		}
		if (task.assignee() == null) {
			process.claim(task.id(), user.username());
		}
		return task;
	}

	/**
	 * The open step {@code step}, unclaimed: for what the applicant does on the portal, which a clerk's claim on the
	 * step must not block.
	 */
	OpenTask openStep(CaseFile file, Step step, String why) {
		return open(file).stream().filter(t -> t.step() == step).findFirst().orElseThrow(() -> notAtStep(file, why));
	}

	/** Claims whichever of {@code steps} is open, in their order. */
	OpenTask claimAny(CaseFile file, CurrentUser user, String why, Step... steps) {
		var open = open(file);
		for (Step step : steps) {
			if (open.stream().anyMatch(t -> t.step() == step)) {
				return claim(file, step, user);
			}
		}
		throw notAtStep(file, why);
	}

	/** The first of {@code steps} that is open, or a refusal saying {@code why}. */
	Step openOneOf(CaseFile file, String why, Step... steps) {
		var open = open(file);
		return Arrays.stream(steps).filter(step -> open.stream().anyMatch(t -> t.step() == step)).findFirst()
				.orElseThrow(() -> notAtStep(file, why));
	}

	boolean at(CaseFile file, Step step) {
		return open(file).stream().anyMatch(t -> t.step() == step);
	}

	List<OpenTask> open(CaseFile file) {
		return process.openTasks(file.agencyCode(), file.processInstanceId());
	}

	ActionNotAllowed notAtStep(CaseFile file, String why) {
		var steps = open(file).stream().map(t -> t.step().taskId()).toList();
		return new ActionNotAllowed("currentStep", "Case " + file.caseNumber() + " is " + file.status()
				+ (steps.isEmpty() ? "" : " at step " + String.join(", ", steps)) + ". " + why + ".");
	}

	void complete(OpenTask task, Map<String, Object> variables) {
		process.complete(task.id(), variables);
	}

	/**
	 * Ends an action: the status is derived afresh from the process, and one audit line says what {@code actor} did,
	 * from which status to which. Returns the case as it now stands.
	 */
	CaseFile done(CaseFile before, String action, String actor, String detail) {
		CaseStatus after = projection.refreshStatus(before.agencyCode(), before.caseNumber());
		publish(before.agencyCode(), before.caseNumber(), action, actor, before.status(), after, detail);
		return load(before.agencyCode(), before.caseNumber());
	}

	/**
	 * Ends a step the process takes on its own while moving towards {@code next} (a timer's consequence): the status
	 * after is the one the transition table gives for the step the model leads to.
	 */
	void doneBySystem(CaseFile before, String action, Step next, String detail) {
		CaseFile now = load(before.agencyCode(), before.caseNumber());
		CaseStatus after = next == null ? before.status()
				: Step.statusOf(List.of(next), now.outcome(), now.archived(), before.status());
		publish(before.agencyCode(), before.caseNumber(), action, SYSTEM, before.status(), after, detail);
	}

	void publish(String agency, String caseNumber, String action, String actor, CaseStatus from, CaseStatus to,
			String detail) {
		var now = today.now();
		events.publishEvent(new CaseEvent(agency, caseNumber, action, actor, now, from == null ? null : from.name(),
				to == null ? null : to.name(), detail));
		events.publishEvent(new CaseChanged(agency, caseNumber, from, to, now));
	}

	/**
	 * Issues a letter the action needs (checked now, rendered after the commit); one that cannot be produced from the
	 * case's records refuses the action, and the refusal ({@code what} failed, and why) stays in the case's audit trail after the rollback.
	 */
	void renderLetter(CaseFile file, String actor, String what, Runnable render) {
		try {
			render.run();
		}
		catch (LetterRenderingFailed failed) {
			recordFailure(file, actor, what, failed.getMessage());
			throw failed;
		}
	}

	/**
	 * Writes a failed action to the case's audit trail once its transaction has rolled back, in a transaction of its
	 * own: the case is unchanged, but its file shows what was tried, by whom, and why it failed.
	 */
	void recordFailure(CaseFile file, String actor, String what, String why) {
		Runnable record = () -> failures.executeWithoutResult(status -> publish(file.agencyCode(), file.caseNumber(),
				"ACTION_FAILED", actor, file.status(), file.status(), what + " failed: " + why));
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			record.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					record.run();
				}
			}
		});
	}

	static void requireRole(CurrentUser user, Role role) {
		if (!user.has(role)) {
			throw new AccessDeniedException("this step is for role " + role);
		}
	}

	/** A legal date is recorded once it happened. */
	void checkNotInFuture(LocalDate date, String field) {
		if (date.isAfter(today.date())) {
			throw InvalidInput.of(field, "notInFuture", field + " " + date + " is in the future");
		}
	}

	static void checkNotBefore(LocalDate date, LocalDate earliest, String field) {
		if (date.isBefore(earliest)) {
			throw InvalidInput.of(field, "order", field + " " + date + " is before the receipt date " + earliest);
		}
	}

	LocalDate today() {
		return today.date();
	}
}
