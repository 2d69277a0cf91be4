package ogi.casework.casework;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

import ogi.casework.accounts.Role;
import ogi.casework.reply.Outcome;
import ogi.casework.shared.CaseStatus;

/**
 * The user tasks of {@code disclosure-request.bpmn20.xml}, with the role that works them and the status of a case
 * waiting at them; the BPMN conventions test keeps the enum and the model in step. This is the one table from which a
 * case's status is derived ({@link #statusOf}): no action sets a status by hand.
 */
public enum Step {

	REGISTER_APPLICATION("registerApplication", Role.CLERK, CaseStatus.RECEIVED),
	AWAIT_SUPPLEMENT("awaitSupplement", Role.CLERK, CaseStatus.AWAITING_SUPPLEMENT),
	HANDLE_REQUEST("handleRequest", Role.HANDLER, CaseStatus.IN_HANDLING),
	AWAIT_CONSULTATION_ANSWERS("awaitConsultationAnswers", Role.HANDLER, CaseStatus.CONSULTING),
	DRAFT_REPLY("draftReply", Role.HANDLER, CaseStatus.DRAFTING),
	REVIEW_REPLY("reviewReply", Role.REVIEWER, CaseStatus.IN_REVIEW),
	LEGAL_REVIEW_REPLY("legalReviewReply", Role.LEGAL, CaseStatus.IN_LEGAL_REVIEW),
	SIGN_OFF_REPLY("signOffReply", Role.HEAD, CaseStatus.AWAITING_SIGN_OFF),
	DELIVER_REPLY("deliverReply", Role.CLERK, CaseStatus.AWAITING_DELIVERY),
	/** Waits for the clerk after a reply (REPLIED) or an abandonment (ABANDONED): the outcome tells which. */
	ARCHIVE_CASE("archiveCase", Role.CLERK, CaseStatus.REPLIED),
	/** A side step: the head supervises an overdue reply while the case stays where it is. */
	SUPERVISE_OVERDUE_REPLY("superviseOverdueReply", Role.HEAD, null),
	/** A side step: the head decides an extension while the case stays where it is. */
	APPROVE_EXTENSION("approveExtension", Role.HEAD, null);

	private final String taskId;

	private final Role role;

	private final CaseStatus status;

	Step(String taskId, Role role, CaseStatus status) {
		this.taskId = taskId;
		this.role = role;
		this.status = status;
	}

	/** The BPMN element id. */
	public String taskId() {
		return taskId;
	}

	public Role role() {
		return role;
	}

	/** Whether the step runs beside the case's main line without changing where the case stands. */
	public boolean isSideStep() {
		return status == null;
	}

	/** The main-line step a case of {@code status} waits at, while it is handled. */
	public static Step waitingAt(CaseStatus status) {
		return Arrays.stream(values()).filter(step -> step.status == status && step != ARCHIVE_CASE).findFirst()
				.orElseThrow(() -> new IllegalStateException("No step is waited at in status " + status));
	}

	public static Optional<Step> of(String taskId) {
		return Arrays.stream(values()).filter(step -> step.taskId.equals(taskId)).findFirst();
	}

	/**
	 * Where a case stands, from its open steps and its outcome: the status of the main-line step it waits at; at the
	 * archive step, ABANDONED for an abandonment (Art. 30, F-5) and REPLIED otherwise; ARCHIVED once the file is
	 * sealed; {@code current} while the engine moves between steps.
	 */
	public static CaseStatus statusOf(Collection<Step> openSteps, Outcome outcome, boolean archived,
			CaseStatus current) {
		if (archived) {
			return CaseStatus.ARCHIVED;
		}
		return openSteps.stream().filter(step -> !step.isSideStep()).findFirst()
				.map(step -> step == ARCHIVE_CASE && outcome != null && outcome.isAbandonment() ? CaseStatus.ABANDONED
						: step.status)
				.orElse(current);
	}
}
