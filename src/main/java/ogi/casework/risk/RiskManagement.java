package ogi.casework.risk;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.ReplyManagement;

/** Assesses a case's litigation risk from the owning modules' data and says whether its reply needs legal review. */
@Service
public class RiskManagement {

	private final ReplyManagement replies;

	private final RiskSettings settings;

	private final RiskRules rules;

	private final Clock clock;

	RiskManagement(ReplyManagement replies, RiskSettings settings, Clock clock) {
		this.replies = replies;
		this.settings = settings;
		this.rules = new RiskRules(settings);
		this.clock = clock;
	}

	/** The case's risk as of now, computed from its current data. */
	@Transactional(readOnly = true)
	public RiskAssessment assess(String agencyCode, String caseNumber) {
		var reasons = rules.reasons(facts(agencyCode, caseNumber));
		int score = RiskRules.score(reasons);
		return new RiskAssessment(agencyCode, caseNumber, settings.levelOf(score), score, reasons, Instant.now(clock));
	}

	/** Whether the reply goes to legal staff before sign-off: its risk is at or above {@code ogi.risk.legal-review-level}. */
	@Transactional(readOnly = true)
	public boolean needsLegalReview(String agencyCode, String caseNumber) {
		return assess(agencyCode, caseNumber).level().atLeast(settings.legalReviewLevel());
	}

	private CaseFacts facts(String agency, String caseNumber) {
		var outcome = replies.currentDraft(agency, caseNumber).map(ReplyDraft::outcome).orElse(null);
		return new CaseFacts(agency, caseNumber, outcome, replies.latestSearch(agency, caseNumber).orElse(null));
	}
}
