package ogi.casework.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.audit.AuditManagement;
import ogi.casework.consultation.ConsultationManagement;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.DocumentRendering;
import ogi.casework.documents.LetterData;
import ogi.casework.fees.FeeManagement;
import ogi.casework.intake.Application;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.Delivery;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.review.ReviewManagement;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.ReadsOnly;
import ogi.casework.shared.Today;

/** Reading cases: the register entry, the case as a user may see it, its ledger, the reply letter as it would read. */
@Service
public class CaseQueries {

	private final CaseFiles caseFiles;

	private final WorkItems workItems;

	private final Consequences consequences;

	private final IntakeManagement intake;

	private final DeadlineManagement deadlines;

	private final ReplyManagement replies;

	private final ReviewManagement reviews;

	private final ConsultationManagement consultations;

	private final FeeManagement fees;

	private final AuditManagement audit;

	private final DocumentRendering rendering;

	private final Today today;

	CaseQueries(CaseFiles caseFiles, WorkItems workItems, Consequences consequences, IntakeManagement intake,
			DeadlineManagement deadlines, ReplyManagement replies, ReviewManagement reviews,
			ConsultationManagement consultations, FeeManagement fees, AuditManagement audit,
			DocumentRendering rendering, Today today) {
		this.caseFiles = caseFiles;
		this.workItems = workItems;
		this.consequences = consequences;
		this.intake = intake;
		this.deadlines = deadlines;
		this.replies = replies;
		this.reviews = reviews;
		this.consultations = consultations;
		this.fees = fees;
		this.audit = audit;
		this.rendering = rendering;
		this.today = today;
	}

	/** The user's agency's case. */
	@ReadsOnly
	public CaseFile find(String caseNumber, CurrentUser user) {
		return caseFiles.find(user.agencyCode(), caseNumber)
				.orElseThrow(() -> new NotFound("No case " + caseNumber + " in your agency"));
	}

	/**
	 * The register entry of a case, for other modules' read models (reporting); it carries no personal data, and the
	 * caller answers for the reader's agency and role.
	 */
	@ReadsOnly
	public Optional<CaseFile> caseFile(String agencyCode, String caseNumber) {
		return caseFiles.find(agencyCode, caseNumber);
	}

	/**
	 * How the case concluded and on which legal date, for reports: a reply on its delivery date, an abandonment on the
	 * last day of the period that passed (Art. 30; F-5). Empty while the case is open.
	 */
	@ReadsOnly
	public Optional<Conclusion> conclusion(String agencyCode, String caseNumber) {
		var file = caseFiles.find(agencyCode, caseNumber);
		if (file.isEmpty() || file.get().outcome() == null) {
			return Optional.empty();
		}
		Outcome outcome = file.get().outcome();
		LocalDate on = switch (outcome) {
			case ABANDONED_NO_SUPPLEMENT -> standingSince(agencyCode, caseNumber,
					Consequence.Kind.ABANDONED_NO_SUPPLEMENT);
			case ABANDONED_UNPAID -> standingSince(agencyCode, caseNumber, Consequence.Kind.ABANDONED_UNPAID);
			default -> replies.delivery(agencyCode, caseNumber).map(Delivery::deliveredOn).orElse(null);
		};
		return on == null ? Optional.empty() : Optional.of(new Conclusion(outcome, on));
	}

	private LocalDate standingSince(String agencyCode, String caseNumber, Consequence.Kind kind) {
		return consequences.standing(agencyCode, caseNumber, kind).map(Consequence::legalDate).orElse(null);
	}

	/** The case as the user may see it: personal data masked where the user's roles do not need it. */
	@ReadsOnly
	public CaseView view(String caseNumber, CurrentUser user) {
		if (Role.CASEWORK.stream().noneMatch(user::has)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"A case is read by the roles that work cases; administrators read none");
		}
		CaseFile file = find(caseNumber, user);
		String agency = file.agencyCode();
		Application application = intake.find(agency, caseNumber).orElseThrow();
		boolean seesPersonalData = user.seesPersonalData();
		var steps = workItems.ofCase(agency, caseNumber).stream()
				.map(item -> new CaseView.OpenStep(item.taskId(), item.step(),
						item.candidateRole() == null ? null : item.candidateRole().name(), item.assignee(),
						item.dueDate()))
				.toList();
		var delivery = replies.delivery(agency, caseNumber);
		var timeliness = deadlines.timeliness(agency, caseNumber, delivery.map(Delivery::deliveredOn).orElse(null));
		return new CaseView(caseNumber, file.status(), steps, file.receiptDate(), file.replyDueDate(),
				file.replyDueProvisional(), timeliness.overdue(), timeliness, file.outcome(),
				seesPersonalData ? application.applicant() : application.maskedApplicant(),
				CaseView.Request.of(application), deadlines.ledger(agency, caseNumber),
				deadlines.pauses(agency, caseNumber), deadlines.extensions(agency, caseNumber),
				fees.of(agency, caseNumber), consultations.assistance(agency, caseNumber),
				consultations.deliberation(agency, caseNumber).orElse(null),
				replies.art35(agency, caseNumber).orElse(null), intake.supplements(agency, caseNumber),
				replies.latestSearch(agency, caseNumber).orElse(null), consultations.of(agency, caseNumber),
				replies.currentDraft(agency, caseNumber).orElse(null), reviews.decisions(agency, caseNumber),
				delivery.orElse(null), audit.history(agency, caseNumber));
	}

	/**
	 * The reply letter of the current draft as it would be rendered today: what the reviewer approves and the head
	 * signs off is exactly this text.
	 */
	@ReadsOnly
	public String replyLetterPreview(String caseNumber, CurrentUser user) {
		CaseFile file = find(caseNumber, user);
		ReplyDraft draft = replies.currentDraft(file.agencyCode(), caseNumber)
				.orElseThrow(() -> new NotFound("Case " + caseNumber + " has no reply draft yet"));
		return rendering.html(file.agencyCode(), DocumentKind.REPLY_LETTER,
				LetterData.reply(intake.find(file.agencyCode(), caseNumber).orElseThrow(), draft, today.date()));
	}

	@ReadsOnly
	public List<Deadline> deadlines(String caseNumber, CurrentUser user) {
		CaseFile file = find(caseNumber, user);
		return deadlines.ledger(file.agencyCode(), caseNumber);
	}
}
