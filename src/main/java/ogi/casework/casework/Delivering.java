package ogi.casework.casework;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.CaseProcess;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.consultation.ConsultationManagement;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.deadlines.ReplyTimeliness;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.documents.LetterData;
import ogi.casework.intake.Application;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.Delivery;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.NoticeDelivery;
import ogi.casework.reply.NoticeDeliveryForm;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.InvalidInput;

/**
 * Delivering (送达): the reply to the applicant, on the spot or after approval, and the notices of the case to their
 * addressees. A delivery is a legal fact: its date decides whether the reply was in time, and the addressee's receipt
 * starts the periods that run from it.
 */
@Service
public class Delivering {

	private final CaseAction action;

	private final CaseFiles caseFiles;

	private final IntakeManagement intake;

	private final ReplyManagement replies;

	private final DeadlineManagement deadlines;

	private final ConsultationManagement consultations;

	private final DocumentManagement letters;

	private final CaseProcess process;

	private final Registering registering;

	private final Consulting consulting;

	private final DeadlineTimers timers;

	Delivering(CaseAction action, CaseFiles caseFiles, IntakeManagement intake, ReplyManagement replies,
			DeadlineManagement deadlines, ConsultationManagement consultations, DocumentManagement letters,
			CaseProcess process, DeadlineTimers timers, @Lazy Registering registering, @Lazy Consulting consulting) {
		this.timers = timers;
		this.action = action;
		this.caseFiles = caseFiles;
		this.intake = intake;
		this.replies = replies;
		this.deadlines = deadlines;
		this.consultations = consultations;
		this.letters = letters;
		this.process = process;
		this.registering = registering;
		this.consulting = consulting;
	}

	/**
	 * The clerk records the delivery (送达); the approved draft's outcome becomes the case's outcome, the remedy windows
	 * open from the applicant's receipt, and an overdue escalation closes. Recorded late, with the date it really
	 * happened, it leads to the same result as if recorded that day.
	 */
	@Transactional
	public CaseFile deliverReply(String caseNumber, DeliveryForm form, CurrentUser clerk) {
		CaseAction.requireRole(clerk, Role.CLERK);
		CaseFile file = action.lock(clerk, caseNumber);
		var task = action.claim(file, Step.DELIVER_REPLY, clerk);
		var overdueWhenRecorded = deadlines.timeliness(file.agencyCode(), caseNumber, null);
		var delivery = replies.recordDelivery(file.agencyCode(), caseNumber, form, file.receiptDate(), clerk,
				application(file).submittedOnPortal());
		ReplyDraft approved = replies.currentDraft(file.agencyCode(), caseNumber).orElseThrow();
		Outcome outcome = approved.outcome();
		// the letter was issued at approval (Reviewing); a case approved before that existed gets it now
		if (!letters.issuedSince(file.agencyCode(), caseNumber, DocumentKind.REPLY_LETTER, approved.draftedAt())) {
			action.renderLetter(file, clerk.username(), "Delivery of the reply",
					() -> letters.issue(file.agencyCode(), caseNumber, DocumentKind.REPLY_LETTER,
							LetterData.reply(application(file), approved, delivery.deliveredOn()), clerk.username()));
		}
		caseFiles.recordOutcome(file.agencyCode(), caseNumber, outcome);
		deadlines.close(file.agencyCode(), caseNumber, DeadlineKind.REPLY);
		openRemedyWindows(file, delivery, outcome, clerk.username());
		action.complete(task, Map.of(CaseVariables.DELIVERY, "DELIVERED"));
		timers.wakeReplyClock(file, true);
		var timeliness = deadlines.timeliness(file.agencyCode(), caseNumber, delivery.deliveredOn());
		if (overdueWhenRecorded.overdue() && !timeliness.late()) {
			action.done(file, "CONSEQUENCE_REVERSED", clerk.username(), "Reversed: reply overdue (Art. 33(2)) — "
					+ "delivered " + delivery.deliveredOn() + ", on or before the due date " + timeliness.dueDate());
		}
		return action.done(file, "REPLY_DELIVERED", clerk.username(), outcome + " delivered " + delivery.method()
				+ " on " + delivery.deliveredOn() + (timeliness.late()
						? ", after the due date " + timeliness.dueDate() + " (late, Art. 33(2))" : ""));
	}

	/**
	 * The clerk cannot deliver the approved reply as it stands (its letter cannot be produced, or it is wrong) and
	 * returns it to the handler with the reason: the case goes back to drafting, and the corrected draft is reviewed
	 * again. Nothing of the returned reply is delivered.
	 */
	@Transactional
	public CaseFile returnForCorrection(String caseNumber, Forms.DeliveryReturn form, CurrentUser clerk) {
		CaseAction.requireRole(clerk, Role.CLERK);
		CaseFile file = action.lock(clerk, caseNumber);
		var task = action.claim(file, Step.DELIVER_REPLY, clerk);
		action.complete(task, Map.of(CaseVariables.DELIVERY, "RETURNED"));
		return action.done(file, "REPLY_RETURNED_FOR_CORRECTION", clerk.username(), form.reason());
	}

	/**
	 * The applicant's receipt of a posted or electronic reply, recorded when its return receipt came back: the remedy
	 * windows run from it (spec G-5) instead of from the presumed day.
	 */
	@Transactional
	public CaseFile recordReplyReceipt(String caseNumber, LocalDate receivedOn, CurrentUser clerk) {
		CaseAction.requireRole(clerk, Role.CLERK);
		return replyReceived(action.lock(clerk, caseNumber), receivedOn, clerk.username(),
				"The applicant received the reply on " + receivedOn);
	}

	/** The applicant's receipt of the reply, recorded by {@code actor}: the remedy windows run from it (spec G-5). */
	CaseFile replyReceived(CaseFile file, LocalDate receivedOn, String actor, String detail) {
		if (file.outcome() == null || file.outcome().isAbandonment()) {
			throw new ActionNotAllowed("delivered", "Case " + file.caseNumber() + " has no delivered reply");
		}
		var delivery = replies.recordReplyReceipt(file.agencyCode(), file.caseNumber(), receivedOn);
		openRemedyWindows(file, delivery, file.outcome(), actor);
		return action.done(file, "REPLY_RECEIPT_RECORDED", actor, detail);
	}

	/** Opens (or moves) the applicant's remedy windows from their receipt of the reply (spec G-5, §7 G-2). */
	private void openRemedyWindows(CaseFile file, Delivery delivery, Outcome outcome, String actor) {
		var receipt = replies.receipt(delivery);
		deadlines.startRemedyWindows(file.agencyCode(), file.caseNumber(), receipt.date(), receipt.explanation(),
				outcome.requiresReconsiderationFirst(), actor);
	}

	/**
	 * Art. 33(1): an application handed in in person today answered on the spot — drafted, delivered and concluded in
	 * one step by the clerk; returns the audit detail.
	 */
	String replyOnTheSpot(CaseFile file, DraftForm reply, CurrentUser clerk) {
		if (reply == null) {
			throw InvalidInput.of("onTheSpotReply", "required", "An on-the-spot reply needs its outcome and content");
		}
		Application application = application(file);
		LocalDate today = action.today();
		if (application.channel() != Channel.IN_PERSON || !application.receiptDate().equals(today)) {
			throw new ActionNotAllowed("onTheSpot",
					"Art. 33(1): only an application handed in in person today can be answered on the spot");
		}
		if (!reply.outcome().isAnswerableOnTheSpot()) {
			throw InvalidInput.of("onTheSpotReply.outcome", "answerableOnTheSpot", reply.outcome()
					+ " cannot be answered on the spot: it needs review (and a refusal the head's sign-off)");
		}
		var draft = replies.draft(file.agencyCode(), file.caseNumber(), reply, clerk);
		var delivery = replies.recordDelivery(file.agencyCode(), file.caseNumber(),
				new DeliveryForm(DeliveryMethod.IN_PERSON, today, null, application.applicantName()),
				file.receiptDate(), clerk);
		letters.issue(file.agencyCode(), file.caseNumber(), DocumentKind.REPLY_LETTER,
				LetterData.reply(application, draft, today), clerk.username());
		caseFiles.recordOutcome(file.agencyCode(), file.caseNumber(), draft.outcome());
		deadlines.close(file.agencyCode(), file.caseNumber(), DeadlineKind.REPLY);
		deadlines.close(file.agencyCode(), file.caseNumber(), DeadlineKind.SUPPLEMENT_NOTICE);
		openRemedyWindows(file, delivery, draft.outcome(), clerk.username());
		timers.wakeReplyClock(file, true);
		return "Replied on the spot (Art. 33(1)): " + draft.outcome() + " (" + draft.legalBasis() + ")";
	}

	/**
	 * The clerk or handler records how a supplement notice, extension notice or consultation letter reached its
	 * addressee (spec §8.3 items 3–5). Where a period runs from the addressee's receipt, it moves with it: the
	 * supplement period (Art. 30, T2) and the consulted party's window (Arts. 32, 34) — with whatever the process had
	 * concluded on the earlier dates.
	 */
	@Transactional
	public NoticeDelivery recordNoticeDelivery(String caseNumber, NoticeDeliveryForm form, CurrentUser user) {
		if (!user.has(Role.CLERK) && !user.has(Role.HANDLER)) {
			throw new AccessDeniedException("deliveries of notices are recorded by clerks and handlers");
		}
		CaseFile file = action.lock(user, caseNumber);
		String agency = file.agencyCode();
		long ref = form.reference();
		LocalDate noticeDate = switch (form.notice()) {
			case SUPPLEMENT_NOTICE -> intake.supplements(agency, caseNumber).stream()
				.filter(s -> s.id() != null && s.id() == ref).findFirst().map(s -> s.noticedOn())
				.orElseThrow(() -> InvalidInput.of("reference", "exists",
						"Case " + caseNumber + " has no supplement notice " + ref));
			case EXTENSION_NOTICE -> deadlines.extensions(agency, caseNumber).stream()
				.filter(x -> x.number() == ref && x.noticedOn() != null).findFirst().map(x -> x.noticedOn())
				.orElseThrow(() -> InvalidInput.of("reference", "exists",
						"Case " + caseNumber + " has no noticed extension " + ref));
			case CONSULTATION_LETTER -> consultations.of(agency, caseNumber).stream()
				.filter(c -> c.number() == ref).findFirst().map(c -> c.sentOn())
				.orElseThrow(() -> InvalidInput.of("reference", "exists",
						"Case " + caseNumber + " has no consultation " + ref));
		};
		var delivery = replies.recordNoticeDelivery(agency, caseNumber, form, noticeDate, user);
		var receipt = replies.receipt(delivery);
		switch (form.notice()) {
			case SUPPLEMENT_NOTICE -> registering.supplementNoticeReceived(file, receipt.date(), user);
			case CONSULTATION_LETTER -> consulting.letterReceived(file, (int) ref, receipt.date(), user);
			case EXTENSION_NOTICE -> {
			}
		}
		action.done(action.load(agency, caseNumber), "NOTICE_DELIVERED", user.username(), form.notice() + " " + ref
				+ " (" + form.notice().article() + ") delivered: " + delivery.proof() + "; " + receipt.explanation());
		return delivery;
	}

	/** Whether the reply was in time, by the one rule of Art. 33(2). */
	ReplyTimeliness timeliness(CaseFile file) {
		var delivered = replies.delivery(file.agencyCode(), file.caseNumber()).map(Delivery::deliveredOn)
				.orElse(null);
		return deadlines.timeliness(file.agencyCode(), file.caseNumber(), delivered);
	}

	private Application application(CaseFile file) {
		return intake.find(file.agencyCode(), file.caseNumber()).orElseThrow();
	}
}
