package ogi.casework.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ogi.casework.consultation.ConsultationManagement;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.intake.ApplicantApplication;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.Delivery;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.shared.CaseworkSettings;

/** Gathers a case's {@link CaseFacts} through the APIs of the modules that own them. */
@Component
class RiskFacts {

	private final IntakeManagement intake;

	private final ReplyManagement replies;

	private final DeadlineManagement deadlines;

	private final ConsultationManagement consultations;

	private final ApplicantHistory history;

	private final RiskSettings settings;

	private final CaseworkSettings casework;

	private final Clock clock;

	RiskFacts(IntakeManagement intake, ReplyManagement replies, DeadlineManagement deadlines,
			ConsultationManagement consultations, ApplicantHistory history, RiskSettings settings,
			CaseworkSettings casework, Clock clock) {
		this.intake = intake;
		this.replies = replies;
		this.deadlines = deadlines;
		this.consultations = consultations;
		this.history = history;
		this.settings = settings;
		this.casework = casework;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(casework.zone()));
	}

	CaseFacts of(String agency, String caseNumber, List<Deadline> ledger) {
		LocalDate today = today();
		var draft = replies.currentDraft(agency, caseNumber);
		var replyLedger = ledger.stream().filter(entry -> entry.kind() == DeadlineKind.REPLY).toList();
		Integer workingDaysLeft = replyLedger.stream().filter(Deadline::active).reduce((a, b) -> b)
				.filter(running -> !today.isAfter(running.dueDate()))
				.map(running -> deadlines.workingDaysBetween(agency, today, running.dueDate())).orElse(null);
		// the applicant's applications over the longer of the two windows, read once by the stored applicant key
		LocalDate frequentFrom = today.minus(settings.frequentApplicantWindow());
		LocalDate remedyFrom = today.minus(settings.remedyHistoryWindow());
		var sameApplicant = intake.applicationsOfSameApplicant(agency, caseNumber,
				frequentFrom.isBefore(remedyFrom) ? frequentFrom : remedyFrom, today);
		int applications = (int) sameApplicant.stream().filter(a -> !a.receiptDate().isBefore(frequentFrom)).count();
		var remedies = history.of(agency, sameApplicant.stream().filter(a -> !a.receiptDate().isBefore(remedyFrom))
			.map(ApplicantApplication::caseNumber).filter(other -> !other.equals(caseNumber)).toList());
		return new CaseFacts(agency, caseNumber, today, draft.map(ReplyDraft::outcome).orElse(null),
				draft.map(d -> d.publicInterestReasoning() != null && !d.publicInterestReasoning().isBlank())
						.orElse(false),
				replies.latestSearch(agency, caseNumber).orElse(null), replyLedger, workingDaysLeft,
				deadlines.extensionsNoticedLate(agency, caseNumber), currentDelivery(agency, caseNumber).orElse(null),
				consultations.of(agency, caseNumber), applications, remedies);
	}

	/**
	 * The delivery of the current reply: once a reconsideration body or court ordered a new reply, the earlier
	 * delivery answers the earlier cycle, not this one.
	 */
	private Optional<Delivery> currentDelivery(String agency, String caseNumber) {
		var cycle = deadlines.latestReplyCycle(agency, caseNumber);
		return replies.delivery(agency, caseNumber)
				.filter(delivery -> cycle.isEmpty() || !delivery.recordedAt().isBefore(cycle.get().recordedAt()));
	}

	List<Deadline> ledger(String agency, String caseNumber) {
		return deadlines.ledger(agency, caseNumber);
	}
}
