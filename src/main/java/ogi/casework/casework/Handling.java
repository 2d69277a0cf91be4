package ogi.casework.casework;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.consultation.AssistanceAnswerForm;
import ogi.casework.consultation.AssistanceForm;
import ogi.casework.consultation.ConsultationManagement;
import ogi.casework.reply.Art35Form;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.reply.SearchForm;

/**
 * Handling the request (办理): the search and its record (Art. 36(4) rests on it), internal assistance (协查), joint
 * deliberation (会商), and asking for reasons for the volume or frequency of requests (Art. 35).
 */
@Service
public class Handling {

	private final CaseAction action;

	private final ReplyManagement replies;

	private final ConsultationManagement consultations;

	private final Consulting consulting;

	Handling(CaseAction action, ReplyManagement replies, ConsultationManagement consultations,
			Consulting consulting) {
		this.action = action;
		this.replies = replies;
		this.consultations = consultations;
		this.consulting = consulting;
	}

	/** The handler records the search; the case goes on to consultation answers or to drafting. */
	@Transactional
	public CaseFile recordSearch(String caseNumber, SearchForm form, CurrentUser handler) {
		CaseAction.requireRole(handler, Role.HANDLER);
		CaseFile file = action.lock(handler, caseNumber);
		var task = action.claim(file, Step.HANDLE_REQUEST, handler);
		var search = replies.recordSearch(file.agencyCode(), caseNumber, form, handler);
		int silent = consulting.closeExpired(file, action.today(), CaseAction.SYSTEM);
		if (silent > 0) {
			action.doneBySystem(file, "CONSULTATION_WINDOW_PASSED", null, silent + " consulted part"
					+ (silent == 1 ? "y" : "ies") + " did not answer within 15 working days of receiving the letter"
					+ " (Arts. 32, 34): recorded as no answer");
		}
		boolean pending = consulting.anyPending(file);
		Map<String, Object> variables = new HashMap<>();
		variables.put(CaseVariables.CONSULTATION_PENDING, pending);
		if (pending) {
			variables.put(CaseVariables.CONSULTATION_WINDOW_ENDS_AT, consulting.windowEndsAt(file));
		}
		action.complete(task, variables);
		return action.done(file, "SEARCH_RECORDED", handler.username(), "Searched " + search.sourcesSearched()
				+ " for \"" + search.keywords() + "\": " + (search.found() ? "found" : "not found"));
	}

	/** The handler asks another department of the agency to search (协查). */
	@Transactional
	public CaseFile requestAssistance(String caseNumber, AssistanceForm form, CurrentUser handler) {
		CaseAction.requireRole(handler, Role.HANDLER);
		CaseFile file = action.lock(handler, caseNumber);
		action.claimAny(file, handler, "Departments are asked to search while the request is handled, before review",
				Step.HANDLE_REQUEST, Step.AWAIT_CONSULTATION_ANSWERS, Step.DRAFT_REPLY);
		CaseAction.checkNotBefore(form.askedOn(), file.receiptDate(), "askedOn");
		var assistance = consultations.requestAssistance(file.agencyCode(), caseNumber, form, handler);
		return action.done(file, "ASSISTANCE_REQUESTED", handler.username(), assistance.department()
				+ " asked to search by " + assistance.dueOn() + ": " + assistance.request());
	}

	/** Records a department's answer to an assistance request; it joins the search record. */
	@Transactional
	public CaseFile answerAssistance(String caseNumber, int number, AssistanceAnswerForm form, CurrentUser handler) {
		CaseAction.requireRole(handler, Role.HANDLER);
		CaseFile file = action.lock(handler, caseNumber);
		action.checkNotInFuture(form.answeredOn(), "answeredOn");
		var answer = consultations.answerAssistance(file.agencyCode(), caseNumber, number, form, handler);
		return action.done(file, "ASSISTANCE_ANSWERED", handler.username(), answer.department() + " "
				+ (answer.found() ? "holds the information" : "does not hold the information") + "; searched "
				+ answer.searched());
	}

	/** The handler opens a joint deliberation (会商); the reply waits for every participant's opinion. */
	@Transactional
	public CaseFile openDeliberation(String caseNumber, Forms.DeliberationRequest form, CurrentUser handler) {
		CaseAction.requireRole(handler, Role.HANDLER);
		CaseFile file = action.lock(handler, caseNumber);
		action.openOneOf(file, "A deliberation is opened while the request is handled, before the reply is drafted",
				Step.HANDLE_REQUEST, Step.AWAIT_CONSULTATION_ANSWERS, Step.DRAFT_REPLY);
		var deliberation = consultations.openDeliberation(file.agencyCode(), caseNumber, form.topic(),
				form.participants(), handler);
		return action.done(file, "DELIBERATION_OPENED", handler.username(), "会商: " + deliberation.topic()
				+ " with " + String.join(", ", deliberation.participants()));
	}

	/** A participant of the deliberation records their opinion. */
	@Transactional
	public CaseFile recordDeliberationOpinion(String caseNumber, Forms.DeliberationOpinion form, CurrentUser user) {
		CaseFile file = action.lock(user, caseNumber);
		var deliberation = consultations.recordOpinion(file.agencyCode(), caseNumber, form.opinion(), user);
		return action.done(file, "DELIBERATION_OPINION", user.username(), form.opinion()
				+ (deliberation.awaiting().isEmpty() ? " (all opinions in)" : ""));
	}

	/** Art. 35: the handler asks the applicant for reasons for the volume or frequency of requests. */
	@Transactional
	public CaseFile askForReasons(String caseNumber, Art35Form.Request form, CurrentUser handler) {
		CaseAction.requireRole(handler, Role.HANDLER);
		CaseFile file = action.lock(handler, caseNumber);
		action.claimAny(file, handler, "Reasons are asked for while the request is handled, before review",
				Step.HANDLE_REQUEST, Step.AWAIT_CONSULTATION_ANSWERS, Step.DRAFT_REPLY);
		var inquiry = replies.askForReasons(file.agencyCode(), caseNumber, form, file.receiptDate(), handler);
		return action.done(file, "ART35_REASONS_REQUESTED", handler.username(), "Reasons asked for on "
				+ inquiry.askedOn() + " (Art. 35): " + inquiry.volume());
	}

	/** Art. 35: the handler records the reasons (or that none came) and judges them. */
	@Transactional
	public CaseFile assessReasons(String caseNumber, Art35Form.Assessment form, CurrentUser handler) {
		CaseAction.requireRole(handler, Role.HANDLER);
		CaseFile file = action.lock(handler, caseNumber);
		var assessed = replies.assessReasons(file.agencyCode(), caseNumber, form, handler);
		return action.done(file, "ART35_REASONS_ASSESSED", handler.username(), assessed.assessment() + ": "
				+ assessed.note());
	}
}
