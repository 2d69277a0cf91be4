package ogi.casework.casework;

import java.util.Arrays;
import java.util.Optional;

import ogi.casework.accounts.Role;

/**
 * The user tasks of {@code disclosure-request.bpmn20.xml}, with the role that works them; the BPMN conventions test
 * keeps the two in step.
 */
public enum Step {

	REGISTER_APPLICATION("registerApplication", Role.CLERK),
	AWAIT_SUPPLEMENT("awaitSupplement", Role.CLERK),
	HANDLE_REQUEST("handleRequest", Role.HANDLER),
	AWAIT_CONSULTATION_ANSWERS("awaitConsultationAnswers", Role.HANDLER),
	DRAFT_REPLY("draftReply", Role.HANDLER),
	REVIEW_REPLY("reviewReply", Role.REVIEWER),
	LEGAL_REVIEW_REPLY("legalReviewReply", Role.LEGAL),
	SIGN_OFF_REPLY("signOffReply", Role.HEAD),
	DELIVER_REPLY("deliverReply", Role.CLERK),
	SUPERVISE_OVERDUE_REPLY("superviseOverdueReply", Role.HEAD),
	APPROVE_EXTENSION("approveExtension", Role.HEAD),
	ARCHIVE_CASE("archiveCase", Role.CLERK);

	private final String taskId;

	private final Role role;

	Step(String taskId, Role role) {
		this.taskId = taskId;
		this.role = role;
	}

	/** The BPMN element id. */
	public String taskId() {
		return taskId;
	}

	public Role role() {
		return role;
	}

	public static Optional<Step> of(String taskId) {
		return Arrays.stream(values()).filter(step -> step.taskId.equals(taskId)).findFirst();
	}
}
