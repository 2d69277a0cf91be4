package ogi.casework.casework;

import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.CaseProcess;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.consultation.AnswerForm;
import ogi.casework.consultation.Consultation;
import ogi.casework.consultation.ConsultationForm;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.ConsultationManagement;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.deadlines.PauseKind;
import ogi.casework.deadlines.PauseKind.Subject;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.documents.LetterData;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.shared.ActionNotAllowed;

/**
 * Consulting third parties (Art. 32) and other agencies (Art. 34): the letter, its window of 15 working days from the
 * consulted party's receipt, the time excluded from the reply period (Art. 33(3)), the answer — and silence, which the
 * process concludes when a window passes and which a later-recorded answer dated within it, or a later-recorded receipt
 * that moves the window, undoes.
 */
@Service
public class Consulting {

	/** Steps past drafting: a reply drafted on a silence that an answer later replaced goes back to drafting. */
	private static final EnumSet<Step> PAST_DRAFTING = EnumSet.of(Step.REVIEW_REPLY, Step.LEGAL_REVIEW_REPLY,
			Step.SIGN_OFF_REPLY, Step.DELIVER_REPLY);

	private final CaseAction action;

	private final ConsultationManagement consultations;

	private final DeadlineManagement deadlines;

	private final DeadlineTimers timers;

	private final DocumentManagement letters;

	private final IntakeManagement intake;

	private final CaseProcess process;

	private final ConsultationWindows windows;

	Consulting(CaseAction action, ConsultationManagement consultations, DeadlineManagement deadlines,
			DeadlineTimers timers, DocumentManagement letters, IntakeManagement intake, CaseProcess process,
			ConsultationWindows windows) {
		this.action = action;
		this.windows = windows;
		this.consultations = consultations;
		this.deadlines = deadlines;
		this.timers = timers;
		this.letters = letters;
		this.intake = intake;
		this.process = process;
	}

	/** The handler sends a consultation letter (Arts. 32, 34) while handling the request. */
	@Transactional
	public CaseFile requestConsultation(String caseNumber, ConsultationForm form, CurrentUser handler) {
		CaseAction.requireRole(handler, Role.HANDLER);
		CaseFile file = action.lock(handler, caseNumber);
		Step step = action.openOneOf(file, "Consultations are sent while researching the request",
				Step.HANDLE_REQUEST, Step.AWAIT_CONSULTATION_ANSWERS);
		action.claim(file, step, handler);
		CaseAction.checkNotBefore(form.sentOn(), file.receiptDate(), "sentOn");
		action.checkNotInFuture(form.sentOn(), "sentOn");
		if (form.receivedOn() != null) {
			action.checkNotInFuture(form.receivedOn(), "receivedOn");
		}
		var consultation = consultations.request(file.agencyCode(), caseNumber, form, handler);
		LocalDate windowEnd = windows.first(file, consultation);
		var reply = deadlines.startPause(file.agencyCode(), caseNumber, pauseKind(consultation),
				consultation.number(), form.sentOn(), windowEnd, handler.username());
		timers.replyDueChanged(file, reply);
		letters.issue(file.agencyCode(), caseNumber, DocumentKind.CONSULTATION_LETTER, LetterData
				.consultationLetter(intake.find(file.agencyCode(), caseNumber).orElseThrow(), consultation, windowEnd),
				handler.username());
		moveWindowTimer(file);
		return action.done(file, "CONSULTATION_REQUESTED", handler.username(), "Consultation "
				+ consultation.number() + " (" + consultation.kind() + ") sent to " + consultation.party() + " on "
				+ consultation.sentOn() + ", window until " + windowEnd + "; reply now due " + reply.dueDate()
				+ " (Art. 33(3))");
	}

	/**
	 * Records a consultation's answer; when none is pending any more, the case goes on to drafting. An answer may come
	 * after the process recorded silence: it replaces the silence, the excluded time ends on the answer (or the
	 * window's end if later), and a reply drafted meanwhile goes back to drafting — unless it was delivered already.
	 */
	@Transactional
	public CaseFile answerConsultation(String caseNumber, int number, AnswerForm form, CurrentUser handler) {
		CaseAction.requireRole(handler, Role.HANDLER);
		CaseFile file = action.lock(handler, caseNumber);
		action.checkNotInFuture(form.answeredOn(), "answeredOn");
		Consultation consultation = consultation(file, number);
		if (consultation.isSilent()) {
			return answerOverSilence(file, consultation, form, handler);
		}
		Step step = action.openOneOf(file, "Consultations are answered while the request is handled",
				Step.HANDLE_REQUEST, Step.AWAIT_CONSULTATION_ANSWERS);
		var task = action.claim(file, step, handler);
		consultations.answer(file.agencyCode(), caseNumber, number, form, handler);
		LocalDate windowEnd = windowEnd(file, number);
		var reply = deadlines.endPause(file.agencyCode(), caseNumber, Subject.CONSULTATION, number,
				form.answeredOn().isAfter(windowEnd) ? windowEnd : form.answeredOn(), handler.username());
		timers.replyDueChanged(file, reply);
		if (step == Step.AWAIT_CONSULTATION_ANSWERS && !consultations.anyPending(file.agencyCode(), caseNumber)) {
			action.complete(task, Map.of());
		}
		else {
			moveWindowTimer(file);
		}
		return action.done(file, "CONSULTATION_ANSWERED", handler.username(), "Consultation " + number + " answered "
				+ form.opinion() + " on " + form.answeredOn()
				+ (form.answeredOn().isAfter(windowEnd) ? ", after its window ending " + windowEnd : "")
				+ "; reply now due " + reply.dueDate());
	}

	private CaseFile answerOverSilence(CaseFile file, Consultation consultation, AnswerForm form,
			CurrentUser handler) {
		if (file.outcome() != null) {
			throw new ActionNotAllowed("replyDelivered", "The reply of case " + file.caseNumber() + " was delivered"
					+ " after consultation " + consultation.number() + " was recorded as unanswered; an answer recorded"
					+ " now cannot change it (a correction goes through reconsideration or a new application)");
		}
		int number = consultation.number();
		LocalDate windowEnd = windowEnd(file, number);
		consultations.answer(file.agencyCode(), file.caseNumber(), number, form, handler);
		LocalDate end = form.answeredOn().isAfter(windowEnd) ? windowEnd : form.answeredOn();
		deadlines.replanPause(file.agencyCode(), file.caseNumber(), Subject.CONSULTATION, number, windowEnd, end,
				"answer of consultation " + number + " recorded later: " + form.answeredOn(), handler.username())
				.ifPresent(reply -> timers.replyDueChanged(file, reply));
		var past = action.open(file).stream().map(CaseProcess.OpenTask::step).filter(PAST_DRAFTING::contains)
				.map(Step::taskId).toList();
		if (!past.isEmpty()) {
			process.move(file.processInstanceId(), past, List.of(Step.DRAFT_REPLY.taskId()));
		}
		action.done(file, "CONSEQUENCE_REVERSED", handler.username(), "Reversed: silence of consultation " + number
				+ " (Arts. 32, 34) — its answer of " + form.answeredOn() + " was recorded"
				+ (past.isEmpty() ? "" : "; the reply drafted without it goes back to drafting"));
		return action.done(file, "CONSULTATION_ANSWERED", handler.username(), "Consultation " + number + " answered "
				+ form.opinion() + " on " + form.answeredOn()
				+ (form.answeredOn().isAfter(windowEnd) ? ", after its window ending " + windowEnd : ""));
	}

	/**
	 * Arts. 32, 34: the consulted party received the letter on {@code receivedOn}, recorded after the letter: its window
	 * and the excluded time move. A silence recorded on the earlier window is withdrawn when the moved window has not
	 * ended yet (the case waits for the answer again), and re-dated to the moved end otherwise.
	 */
	void letterReceived(CaseFile file, int number, LocalDate receivedOn, CurrentUser user) {
		Consultation consultation = consultations.recordLetterReceipt(file.agencyCode(), file.caseNumber(), number,
				receivedOn);
		var window = windows.of(file, consultation);
		windowMoved(file, consultation, window.end(), "consultation letter " + number + " received " + receivedOn
				+ ": window until " + window.end() + window.heldByLetter(), user.username());
	}

	/**
	 * Arts. 32, 34 on the calendar as it is now: every consultation of the case whose window, counted again from the
	 * party's receipt, ends on another day than its excluded time says (a holiday notice or regional rest days loaded
	 * since it was counted) moves as a later-recorded receipt moves it. Returns how many moved.
	 */
	int recomputeWindows(CaseFile file, String reason) {
		var pauses = deadlines.pauses(file.agencyCode(), file.caseNumber()).stream()
			.filter(pause -> pause.kind().subject() == Subject.CONSULTATION).toList();
		if (pauses.isEmpty()) {
			return 0;
		}
		var byNumber = consultations.of(file.agencyCode(), file.caseNumber()).stream()
			.collect(java.util.stream.Collectors.toMap(Consultation::number, c -> c));
		int moved = 0;
		for (var pause : pauses) {
			Consultation consultation = byNumber.get(pause.number());
			if (consultation == null) {
				continue;
			}
			var window = windows.of(file, consultation);
			if (!window.end().equals(pause.plannedEnd())) {
				windowMoved(file, consultation, window.end(), "consultation " + pause.number() + ": window until "
						+ window.end() + " instead of " + pause.plannedEnd() + " (" + reason + ")"
						+ window.heldByLetter(), CaseAction.SYSTEM);
				moved++;
			}
		}
		return moved;
	}

	/**
	 * A consultation's window now ends on {@code windowEnd}: its excluded time, the reply period and the window timer
	 * follow; a silence recorded on the earlier end is withdrawn when the moved window has not ended yet, and re-dated
	 * otherwise.
	 */
	private void windowMoved(CaseFile file, Consultation consultation, LocalDate windowEnd, String why, String actor) {
		int number = consultation.number();
		LocalDate endedOn;
		if (consultation.isPending()) {
			endedOn = null;
		}
		else if (consultation.isSilent() && !action.today().isAfter(windowEnd) && file.outcome() == null) {
			consultations.withdrawSilence(file.agencyCode(), file.caseNumber(), number);
			endedOn = null;
		}
		else if (consultation.isSilent()) {
			consultations.recordSilence(file.agencyCode(), file.caseNumber(), number, windowEnd, CaseAction.SYSTEM);
			endedOn = windowEnd;
		}
		else {
			endedOn = consultation.answeredOn().isAfter(windowEnd) ? windowEnd : consultation.answeredOn();
		}
		boolean reopened = consultation.isSilent() && endedOn == null;
		deadlines.replanPause(file.agencyCode(), file.caseNumber(), Subject.CONSULTATION, number, windowEnd, endedOn,
				why, actor).ifPresent(reply -> timers.replyDueChanged(file, reply));
		moveWindowTimer(file);
		if (reopened) {
			var past = action.open(file).stream().map(CaseProcess.OpenTask::step)
					.filter(step -> step == Step.DRAFT_REPLY || PAST_DRAFTING.contains(step)).map(Step::taskId)
					.toList();
			if (!past.isEmpty()) {
				process.move(file.processInstanceId(), past, List.of(Step.AWAIT_CONSULTATION_ANSWERS.taskId()));
			}
			action.done(file, "CONSEQUENCE_REVERSED", actor, "Reversed: silence of consultation " + number
					+ " (Arts. 32, 34) — " + why + ", which has not ended: the case waits for the answer again");
		}
	}

	/**
	 * Called by the consultation timer at the end of the earliest running window: whoever's window has passed without
	 * an answer is recorded as silent; returns when the next window ends, if any party still has time.
	 */
	@Transactional
	Optional<Date> windowsPassed(String agencyCode, String caseNumber) {
		CaseFile file = action.lock(agencyCode, caseNumber);
		int closed = closeExpired(file, action.today(), CaseAction.SYSTEM);
		boolean pending = consultations.anyPending(agencyCode, caseNumber);
		action.doneBySystem(file, "CONSULTATION_WINDOW_PASSED", pending ? Step.AWAIT_CONSULTATION_ANSWERS
				: Step.DRAFT_REPLY, closed + " consulted part" + (closed == 1 ? "y" : "ies") + " did not answer"
						+ " within 15 working days of receiving the letter (Arts. 32, 34): recorded as no answer"
						+ (pending ? "; still waiting for the others" : ""));
		return pending ? Optional.of(windowEndsAt(file)) : Optional.empty();
	}

	/**
	 * Records as silent every pending consultation whose window ended before {@code today} and ends its pause at the
	 * window's end; returns how many.
	 */
	int closeExpired(CaseFile file, LocalDate today, String actor) {
		int closed = 0;
		for (var pause : deadlines.pauses(file.agencyCode(), file.caseNumber())) {
			if (pause.kind().subject() != Subject.CONSULTATION || !pause.isOpen()
					|| !pause.plannedEnd().isBefore(today)) {
				continue;
			}
			consultations.recordSilence(file.agencyCode(), file.caseNumber(), pause.number(), pause.plannedEnd(),
					actor);
			timers.replyDueChanged(file, deadlines.endPause(file.agencyCode(), file.caseNumber(),
					Subject.CONSULTATION, pause.number(), pause.plannedEnd(), actor));
			closed++;
		}
		return closed;
	}

	boolean anyPending(CaseFile file) {
		return consultations.anyPending(file.agencyCode(), file.caseNumber());
	}

	/** The end of the earliest running consultation window: each window gets the timer in its turn. */
	Date windowEndsAt(CaseFile file) {
		return timers.endOf(deadlines.firstRunningPauseEnd(file.agencyCode(), file.caseNumber(), Subject.CONSULTATION)
				.orElse(action.today()));
	}

	private void moveWindowTimer(CaseFile file) {
		timers.moveTimer(file, CaseProcess.CONSULTATION_WINDOWS_EXPIRED, CaseVariables.CONSULTATION_WINDOW_ENDS_AT,
				windowEndsAt(file));
	}

	private LocalDate windowEnd(CaseFile file, int number) {
		return deadlines.pause(file.agencyCode(), file.caseNumber(), Subject.CONSULTATION, number).orElseThrow()
				.plannedEnd();
	}

	private Consultation consultation(CaseFile file, int number) {
		return consultations.of(file.agencyCode(), file.caseNumber()).stream().filter(c -> c.number() == number)
				.findFirst().orElseThrow(() -> new ogi.casework.shared.NotFound(
						"Case " + file.caseNumber() + " has no consultation " + number));
	}

	private static PauseKind pauseKind(Consultation consultation) {
		return consultation.kind() == ConsultationKind.THIRD_PARTY ? PauseKind.THIRD_PARTY_CONSULTATION
				: PauseKind.AGENCY_CONSULTATION;
	}
}
