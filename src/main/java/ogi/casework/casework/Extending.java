package ogi.casework.casework;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.CaseProcess;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.deadlines.ExtensionKind;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.documents.LetterData;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.Art35Inquiry;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.review.SeparationOfDuties.Duty;
import ogi.casework.review.SeparationOfDuties;
import ogi.casework.review.Verdict;
import ogi.casework.shared.InvalidInput;

/**
 * The reply clock (Art. 33(2)): extensions and reasonable delays the office head approves, reminders before the reply
 * is due, and the escalation of an overdue reply — which the clock derives from legal dates each time it wakes, so
 * that a delivery or a pause recorded later resolves it.
 */
@Service
public class Extending {

	/** What the reply clock found when it woke; the values are read by the BPMN gateway {@code replyClockState}. */
	enum ReplyClock {
		/** Today is past the due date in force and no reply was delivered: escalate to the head. */
		OVERDUE,
		/** A reply is due later, or none is due now (awaiting a supplement): wait for the due date. */
		RUNNING,
		/** The reply was delivered or the application concluded otherwise: the clock stops. */
		STOPPED
	}

	private final CaseAction action;

	private final DeadlineManagement deadlines;

	private final DeadlineTimers timers;

	private final ReplyManagement replies;

	private final IntakeManagement intake;

	private final DocumentManagement letters;

	private final CaseProcess process;

	private final Notifying notifying;

	Extending(CaseAction action, DeadlineManagement deadlines, DeadlineTimers timers, ReplyManagement replies,
			IntakeManagement intake, DocumentManagement letters, CaseProcess process, Notifying notifying) {
		this.action = action;
		this.deadlines = deadlines;
		this.timers = timers;
		this.replies = replies;
		this.intake = intake;
		this.letters = letters;
		this.process = process;
		this.notifying = notifying;
	}

	/** The handler asks the office head to extend the reply period (Art. 33(2)) or to delay it (Art. 35). */
	@Transactional
	public CaseFile requestExtension(String caseNumber, Forms.ExtensionRequest form, CurrentUser handler) {
		CaseAction.requireRole(handler, Role.HANDLER);
		CaseFile file = action.lock(handler, caseNumber);
		if (!process.awaits(file.processInstanceId(), CaseProcess.EXTENSION_REQUESTED)) {
			throw action.notAtStep(file,
					"An extension can be requested while the case is handled, before the reply is delivered");
		}
		if (form.kind() == ExtensionKind.REASONABLE_DELAY && replies.art35(file.agencyCode(), caseNumber)
				.map(Art35Inquiry::assessment).filter(a -> a == Art35Inquiry.Assessment.REASONABLE).isEmpty()) {
			throw InvalidInput.of("kind", "art35Reasonable", "Art. 35: a reasonable delay follows reasons asked for"
					+ " and judged reasonable; record them first");
		}
		var extension = deadlines.requestExtension(file.agencyCode(), caseNumber, form.kind(), form.workingDays(),
				form.reason(), handler.username());
		process.message(file.processInstanceId(), CaseProcess.EXTENSION_REQUESTED);
		return action.done(file, "EXTENSION_REQUESTED", handler.username(), extension.kind() + " of "
				+ extension.workingDays() + " working days requested: " + extension.reason());
	}

	/**
	 * The office head approves or refuses the requested extension; an approval moves the reply due date and its
	 * timers, and is refused when it or the applicant's notice comes after the current due date.
	 */
	@Transactional
	public CaseFile decideExtension(String caseNumber, Forms.ExtensionDecision form, CurrentUser head) {
		CaseAction.requireRole(head, Role.HEAD);
		CaseFile file = action.lock(head, caseNumber);
		var task = action.claim(file, Step.APPROVE_EXTENSION, head);
		deadlines.extensions(file.agencyCode(), caseNumber).stream()
				.filter(x -> x.status() == ogi.casework.deadlines.Extension.Status.REQUESTED).findFirst()
				.ifPresent(requested -> SeparationOfDuties.check(Duty.EXTENSION_APPROVAL, head.username(),
						Map.of(Duty.EXTENSION_REQUEST, requested.requestedBy())));
		String detail;
		if (form.verdict() == Verdict.APPROVE) {
			if (form.noticedOn() == null) {
				throw InvalidInput.of("noticedOn", "required",
						"Art. 33(2): an extension is noticed to the applicant; give the date of the notice");
			}
			Deadline reply = deadlines.approveExtension(file.agencyCode(), caseNumber,
					form.approvedOn() == null ? action.today() : form.approvedOn(), form.noticedOn(), form.note(),
					head.username());
			timers.replyDueChanged(file, reply);
			var approved = deadlines.latestApprovedExtension(file.agencyCode(), caseNumber);
			letters.issue(file.agencyCode(), caseNumber, DocumentKind.noticeOf(approved.kind()),
					LetterData.extensionNotice(intake.find(file.agencyCode(), caseNumber).orElseThrow(), approved,
							reply),
					head.username());
			detail = "Approved; reply now due " + reply.dueDate();
		}
		else {
			var refused = deadlines.refuseExtension(file.agencyCode(), caseNumber, form.note(), head.username());
			detail = "Refused " + refused.kind() + " of " + refused.workingDays() + " working days"
					+ (form.note() == null ? "" : ": " + form.note());
		}
		action.complete(task, Map.of());
		return action.done(file, form.verdict() == Verdict.APPROVE ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED",
				head.username(), detail);
	}

	/** The office head records the supervision of an overdue reply (督办). */
	@Transactional
	public CaseFile superviseOverdueReply(String caseNumber, Forms.OverdueSupervision form, CurrentUser head) {
		CaseAction.requireRole(head, Role.HEAD);
		CaseFile file = action.lock(head, caseNumber);
		var task = action.claim(file, Step.SUPERVISE_OVERDUE_REPLY, head);
		action.complete(task, Map.of());
		return action.done(file, "OVERDUE_SUPERVISED", head.username(), form.note());
	}

	/**
	 * The reply clock woke (at the end of the due date, or because the escalation may be resolved): Art. 33(2) asked
	 * on legal dates — is a reply due, delivered, or overdue today?
	 */
	@Transactional
	ReplyClock replyClockWoke(String agencyCode, String caseNumber) {
		CaseFile file = action.lock(agencyCode, caseNumber);
		if (file.outcome() != null || file.archived()) {
			return ReplyClock.STOPPED;
		}
		var timeliness = deadlines.timeliness(agencyCode, caseNumber, null);
		if (timeliness.overdue()) {
			action.doneBySystem(file, "REPLY_OVERDUE", null, "Reply due " + timeliness.dueDate()
					+ " not delivered (Art. 33(2)); escalated to the office head");
			return ReplyClock.OVERDUE;
		}
		process.setVariables(file.processInstanceId(), Map.of(CaseVariables.REPLY_OVERDUE_AT,
				timers.endOf(timeliness.dueDate() == null ? CaseVariables.PARKED : timeliness.dueDate())));
		return ReplyClock.RUNNING;
	}

	/**
	 * Called by the reminder timers: tells whoever holds the case's open steps that the reply is due soon — unless,
	 * on the dates recorded, it is not due soon any more (delivered, or already overdue: the clock escalates that).
	 */
	@Transactional
	void remindOfReplyDeadline(String agencyCode, String caseNumber) {
		CaseFile file = action.load(agencyCode, caseNumber);
		var timeliness = deadlines.timeliness(agencyCode, caseNumber, null);
		if (timeliness.state() != ogi.casework.deadlines.ReplyTimeliness.State.RUNNING) {
			return;
		}
		LocalDate due = timeliness.dueDate();
		int left = deadlines.workingDaysBetween(agencyCode, action.today(), due);
		String message = "Case " + caseNumber + ": the reply is due on " + due + " (" + left
				+ " working days left, Art. 33(2))";
		var recipients = notifying.holdersOf(file);
		var wording = ogi.casework.shared.Wording.ofValues("notification.replyDueSoon", caseNumber, due, left);
		recipients.forEach(recipient -> notifying.notify(agencyCode, recipient, caseNumber, "REPLY_DUE_SOON",
				message, wording));
		action.doneBySystem(file, "REMINDER_SENT", null, message + " → " + String.join(", ", recipients));
	}
}
