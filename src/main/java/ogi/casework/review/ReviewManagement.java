package ogi.casework.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.InvalidInput;

/** Records approvals and returns of drafted replies, keeping drafting and approving in different hands. */
@Service
public class ReviewManagement {

	private final Reviews reviews;

	private final ReplyManagement replies;

	private final Clock clock;

	ReviewManagement(Reviews reviews, ReplyManagement replies, Clock clock) {
		this.reviews = reviews;
		this.replies = replies;
		this.clock = clock;
	}

	/**
	 * Records a decision on the current draft. Only a reviewer reviews and only the office head signs off (Art.
	 * 33(2) makes the head of the OGI office the approver), only legal staff review a risky reply; nobody approves a
	 * draft they wrote.
	 */
	@Transactional
	public ReviewDecision decide(String agencyCode, String caseNumber, ReviewStage stage, ReviewForm form,
			CurrentUser user) {
		Role required = switch (stage) {
			case REVIEW -> Role.REVIEWER;
			case LEGAL_REVIEW -> Role.LEGAL;
			case SIGN_OFF -> Role.HEAD;
		};
		if (!user.has(required)) {
			throw new ActionNotAllowed("role", "Only a user with role " + required + " may " + switch (stage) {
				case REVIEW -> "review replies";
				case LEGAL_REVIEW -> "legally review risky replies";
				case SIGN_OFF -> "sign off refusals and partial disclosures";
			});
		}
		ReplyDraft draft = replies.currentDraft(agencyCode, caseNumber)
				.orElseThrow(() -> new ActionNotAllowed("draftRequired", "Case " + caseNumber + " has no draft"));
		if (draft.draftedBy().equals(user.username())) {
			throw new ActionNotAllowed("separationOfDuties",
					"You drafted this reply, so someone else must " + switch (stage) {
						case REVIEW -> "review";
						case LEGAL_REVIEW -> "legally review";
						case SIGN_OFF -> "sign off";
					} + " it");
		}
		if (form.verdict() == Verdict.RETURN && (form.reason() == null || form.reason().isBlank())) {
			throw InvalidInput.of("reason", "required", "A returned draft needs the reason, so the handler can redraft");
		}
		var decision = new ReviewDecision(agencyCode, caseNumber, stage, draft.version(), form.verdict(),
				form.reason(), user.username(), Instant.now(clock));
		reviews.insert(decision);
		return decision;
	}

	@Transactional(readOnly = true)
	public List<ReviewDecision> decisions(String agencyCode, String caseNumber) {
		return reviews.decisions(agencyCode, caseNumber);
	}
}
