package ogi.casework.casework;

import java.time.LocalDate;
import java.util.List;

import ogi.casework.audit.AuditEntry;
import ogi.casework.consultation.Assistance;
import ogi.casework.consultation.Consultation;
import ogi.casework.consultation.Deliberation;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.Extension;
import ogi.casework.deadlines.Pause;
import ogi.casework.deadlines.ReplyTimeliness;
import ogi.casework.fees.FeeNotice;
import ogi.casework.intake.Application;
import ogi.casework.intake.Channel;
import ogi.casework.intake.ObtainingMethod;
import ogi.casework.intake.ProvisionForm;
import ogi.casework.intake.Supplement;
import ogi.casework.reply.Art35Inquiry;
import ogi.casework.reply.Delivery;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.SearchRecord;
import ogi.casework.review.ReviewDecision;
import ogi.casework.shared.CaseStatus;

/**
 * A case as shown to one user: personal data masked where the user's roles do not need it.
 *
 * @param overdue the reply is not delivered and today is past its due date ({@link ReplyTimeliness}, derived)
 * @param timeliness whether the reply is, or was, in time (Art. 33(2)), by the one rule every module uses
 */
public record CaseView(String caseNumber, CaseStatus status, List<OpenStep> currentSteps, LocalDate receiptDate,
		LocalDate replyDueDate, boolean replyDueProvisional, boolean overdue, ReplyTimeliness timeliness,
		Outcome outcome,
		Application.ApplicantView applicant, Request request, List<Deadline> deadlines, List<Pause> pauses,
		List<Extension> extensions, List<FeeNotice> fees, List<Assistance> assistance, Deliberation deliberation,
		Art35Inquiry art35,
		List<Supplement> supplements,
		SearchRecord searchRecord, List<Consultation> consultations, ReplyDraft draft, List<ReviewDecision> reviews,
		Delivery delivery, List<AuditEntry> history) {

	/** An open task of the case. */
	public record OpenStep(String taskId, String step, String role, String assignee, LocalDate dueDate) {
	}

	/** What was asked for, and how it arrived. */
	public record Request(String requestedInformation, String documentNumber, ProvisionForm provisionForm,
			ObtainingMethod obtainingMethod, Channel channel, LocalDate submittedOn, LocalDate signedForOn,
			LocalDate arrivedOn, LocalDate confirmedOn, boolean needsAssistance, String purpose) {

		static Request of(Application application) {
			return new Request(application.requestedInformation(), application.documentNumber(),
					application.provisionForm(), application.obtainingMethod(), application.channel(),
					application.submittedOn(), application.signedForOn(), application.arrivedOn(),
					application.confirmedOn(), application.needsAssistance(), application.purpose());
		}
	}
}
