package ogi.casework.review;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.review.SeparationOfDuties.Duty;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.ReadsOnly;

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
	 * 33(2) makes the head of the OGI office the approver), only legal staff review a risky reply; and nobody does two
	 * duties of {@link SeparationOfDuties} on the same draft.
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
		Map<Duty, String> doneBy = new EnumMap<>(Duty.class);
		doneBy.put(Duty.DRAFT, draft.draftedBy());
		reviews.decisions(agencyCode, caseNumber).stream()
				.filter(d -> d.draftVersion() == draft.version() && d.verdict() == Verdict.APPROVE)
				.forEach(d -> doneBy.put(duty(d.stage()), d.decidedBy()));
		SeparationOfDuties.check(duty(stage), user.username(), doneBy);
		if (form.verdict() == Verdict.RETURN && (form.reason() == null || form.reason().isBlank())) {
			throw InvalidInput.of("reason", "required", "A returned draft needs the reason, so the handler can redraft");
		}
		var decision = new ReviewDecision(agencyCode, caseNumber, stage, draft.version(), form.verdict(),
				form.reason(), user.username(), Instant.now(clock));
		reviews.insert(decision);
		return decision;
	}

	private static Duty duty(ReviewStage stage) {
		return switch (stage) {
			case REVIEW -> Duty.REVIEW;
			case LEGAL_REVIEW -> Duty.LEGAL_REVIEW;
			case SIGN_OFF -> Duty.SIGN_OFF;
		};
	}

	@ReadsOnly
	public List<ReviewDecision> decisions(String agencyCode, String caseNumber) {
		return reviews.decisions(agencyCode, caseNumber);
	}
}
