package ogi.casework.consultation;

import java.time.Instant;
import java.util.List;

/**
 * Joint deliberation (会商) of a difficult case: the participants named when it was opened each record an opinion
 * before the handler drafts the reply.
 */
public record Deliberation(String agencyCode, String caseNumber, String topic, List<String> participants,
		List<Opinion> opinions, String openedBy, Instant openedAt) {

	public Deliberation {
		participants = List.copyOf(participants);
		opinions = List.copyOf(opinions);
	}

	/** The participants who have not given their opinion yet. */
	public List<String> awaiting() {
		return participants.stream().filter(p -> opinions.stream().noneMatch(o -> o.participant().equals(p)))
				.toList();
	}

	/** One participant's opinion. */
	public record Opinion(String participant, String opinion, Instant recordedAt) {
	}
}
