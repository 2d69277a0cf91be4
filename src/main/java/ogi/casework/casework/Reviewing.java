package ogi.casework.casework;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.consultation.ConsultationManagement;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.documents.LetterData;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.ReviewManagement;
import ogi.casework.review.ReviewStage;
import ogi.casework.review.Verdict;
import ogi.casework.risk.RiskManagement;
import ogi.casework.shared.ActionNotAllowed;

/**
 * Drafting the reply and deciding on it (拟办、审核、签发): the handler's draft, then one decision per review stage — the
 * reviewer's review, legal staff's review of a risky reply, the office head's sign-off of a refusal or partial
 * disclosure — each approving the draft on to the next stage or returning it with a reason.
 */
@Service
public class Reviewing {

	private final CaseAction action;

	private final ReplyManagement replies;

	private final ReviewManagement reviews;

	private final ConsultationManagement consultations;

	private final RiskManagement risks;

	private final DocumentManagement letters;

	private final IntakeManagement intake;

	private final WorkItemProjection workItems;

	Reviewing(CaseAction action, ReplyManagement replies, ReviewManagement reviews,
			ConsultationManagement consultations, RiskManagement risks, DocumentManagement letters,
			IntakeManagement intake, WorkItemProjection workItems) {
		this.workItems = workItems;
		this.letters = letters;
		this.intake = intake;
		this.action = action;
		this.replies = replies;
		this.reviews = reviews;
		this.consultations = consultations;
		this.risks = risks;
	}

	/** The handler drafts the reply; it goes to review. */
	@Transactional
	public CaseFile draftReply(String caseNumber, DraftForm form, CurrentUser handler) {
		CaseAction.requireRole(handler, Role.HANDLER);
		CaseFile file = action.lock(handler, caseNumber);
		var task = action.claim(file, Step.DRAFT_REPLY, handler);
		consultations.deliberation(file.agencyCode(), caseNumber).filter(d -> !d.awaiting().isEmpty())
				.ifPresent(d -> {
					throw new ActionNotAllowed("deliberationPending", "The deliberation (会商) awaits the opinions of "
							+ String.join(", ", d.awaiting()) + " before the reply is drafted");
				});
		ReplyDraft draft = replies.draft(file.agencyCode(), caseNumber, form, handler);
		action.complete(task, Map.of(CaseVariables.SIGN_OFF_REQUIRED, draft.outcome().requiresHeadSignOff()));
		return action.done(file, "REPLY_DRAFTED", handler.username(),
				"Draft " + draft.version() + ": " + draft.outcome() + " (" + draft.legalBasis() + ")");
	}

	/**
	 * One decision on the current draft at {@code stage}: approved, it goes on — after the review to legal staff when
	 * its litigation risk reaches the agency's legal-review level, to the head when it refuses in whole or part, else
	 * to delivery; returned, it goes back to the handler with the reason.
	 */
	@Transactional
	public CaseFile decide(String caseNumber, ReviewStage stage, ReviewForm form, CurrentUser user) {
		Step step = stepOf(stage);
		CaseAction.requireRole(user, step.role());
		CaseFile file = action.lock(user, caseNumber);
		var task = action.claim(file, step, user);
		var decision = reviews.decide(file.agencyCode(), caseNumber, stage, form, user);
		boolean approved = decision.verdict() == Verdict.APPROVE;
		Map<String, Object> variables = new HashMap<>();
		variables.put(CaseVariables.VERDICT, decision.verdict().name());
		variables.put(CaseVariables.SIGN_OFF_REQUIRED,
				replies.currentDraft(file.agencyCode(), caseNumber).orElseThrow().outcome().requiresHeadSignOff());
		boolean legalReview = stage == ReviewStage.REVIEW && approved
				&& risks.needsLegalReview(file.agencyCode(), caseNumber);
		variables.put(CaseVariables.LEGAL_REVIEW_REQUIRED, legalReview);
		action.complete(task, variables);
		if (!approved) {
			workItems.draftReturned(file.agencyCode(), caseNumber);
		}
		if (approved && action.at(file, Step.DELIVER_REPLY)) {
			// a letter that cannot be produced refuses the approval; the reviewer returns the draft for correction
			action.renderLetter(file, user.username(), "Approval of the reply", () -> renderReplyLetter(file, user));
		}
		return action.done(file, auditAction(stage, approved), user.username(), "Draft " + decision.draftVersion()
				+ " " + decision.verdict() + (decision.reason() == null ? "" : ": " + decision.reason())
				+ (legalReview ? "; its litigation risk calls for legal review" : ""));
	}

	/**
	 * The approved reply's letter, dated the day of the last approval, stored as the case's reply letter so that the
	 * clerk can print, post or hand it over before recording the delivery; the delivery does not re-date it (the
	 * letter bears the date the agency decided, the delivery record the date it reached the applicant).
	 */
	private void renderReplyLetter(CaseFile file, CurrentUser user) {
		ReplyDraft draft = replies.currentDraft(file.agencyCode(), file.caseNumber()).orElseThrow();
		letters.issue(file.agencyCode(), file.caseNumber(), DocumentKind.REPLY_LETTER,
				LetterData.reply(intake.find(file.agencyCode(), file.caseNumber()).orElseThrow(), draft,
						action.today()),
				user.username());
	}

	static Step stepOf(ReviewStage stage) {
		return switch (stage) {
			case REVIEW -> Step.REVIEW_REPLY;
			case LEGAL_REVIEW -> Step.LEGAL_REVIEW_REPLY;
			case SIGN_OFF -> Step.SIGN_OFF_REPLY;
		};
	}

	private static String auditAction(ReviewStage stage, boolean approved) {
		return switch (stage) {
			case REVIEW -> approved ? "REPLY_APPROVED" : "REPLY_RETURNED";
			case LEGAL_REVIEW -> approved ? "LEGAL_REVIEW_APPROVED" : "LEGAL_REVIEW_RETURNED";
			case SIGN_OFF -> approved ? "REPLY_SIGNED_OFF" : "SIGN_OFF_RETURNED";
		};
	}
}
