package ogi.casework.litigation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ogi.casework.reply.Outcome;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.ReplyManagement;

/** Reads the delivered reply's outcome from the reply module. */
@Component
class ReplyModuleOutcomes implements RepliedOutcomes {

	private final ReplyManagement replies;

	ReplyModuleOutcomes(ReplyManagement replies) {
		this.replies = replies;
	}

	@Override
	public Optional<Outcome> of(String agencyCode, String caseNumber) {
		if (replies.delivery(agencyCode, caseNumber).isEmpty()) {
			return Optional.empty();
		}
		return replies.currentDraft(agencyCode, caseNumber).map(ReplyDraft::outcome);
	}
}
