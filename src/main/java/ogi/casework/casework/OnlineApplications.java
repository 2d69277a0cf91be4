package ogi.casework.casework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.CaseProcess;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.documents.DocumentFormat;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.documents.LetterData;
import ogi.casework.intake.Application;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.intake.NewApplication;
import ogi.casework.reply.Delivery;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseStatus;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.Today;

/**
 * Applications the applicant makes online (互联网渠道): submitted on the portal, they wait for the agency's
 * confirmation, whose day is the receipt date (Art. 31(3)); the applicant answers a supplement notice online (Art. 30)
 * and downloads an electronically delivered reply, the first download being the confirmation of its receipt.
 */
@Service
public class OnlineApplications {

	/** Who acts in the audit trail when the applicant does something on the portal. */
	public static final String APPLICANT = "applicant";

	private final CaseAction action;

	private final CaseFiles caseFiles;

	private final IntakeManagement intake;

	private final DeadlineManagement deadlines;

	private final DeadlineTimers timers;

	private final DocumentManagement documents;

	private final ReplyManagement replies;

	private final CaseProcess process;

	private final Registering registering;

	private final Delivering delivering;

	private final Today today;

	OnlineApplications(CaseAction action, CaseFiles caseFiles, IntakeManagement intake, DeadlineManagement deadlines,
			DeadlineTimers timers, DocumentManagement documents, ReplyManagement replies, CaseProcess process,
			Registering registering, Delivering delivering, Today today) {
		this.action = action;
		this.caseFiles = caseFiles;
		this.intake = intake;
		this.deadlines = deadlines;
		this.timers = timers;
		this.documents = documents;
		this.replies = replies;
		this.process = process;
		this.registering = registering;
		this.delivering = delivering;
		this.today = today;
	}

	/** A file the applicant uploaded, its type already checked from its content. */
	public record Upload(String fileName, DocumentFormat format, byte[] content) {
	}

	/** The clerk's confirmation; {@code confirmedOn} defaults to today. */
	public record Confirmation(LocalDate confirmedOn) {
	}

	/**
	 * Opens the case of an application submitted on the portal, with the identity proof (Art. 29(2)(一)) in its case
	 * file: no receipt date and no period yet, its process waiting for the clerk's confirmation (Art. 31(3)).
	 */
	@Transactional
	public CaseFile submit(String agencyCode, NewApplication form, Upload identityProof) {
		if (identityProof == null) {
			throw InvalidInput.of("identityProof", "required", "Art. 29(2)(一): an application carries the identity proof");
		}
		Application application = intake.receiveOnline(agencyCode, form);
		String caseNumber = application.caseNumber();
		String processInstanceId = process.newInstanceId();
		caseFiles.insert(new CaseFile(agencyCode, caseNumber, processInstanceId, CaseStatus.AWAITING_CONFIRMATION, null,
				null, false, null, today.now(), null));
		documents.store(agencyCode, caseNumber, DocumentKind.IDENTITY_PROOF, identityProof.format(),
				identityProof.fileName(), identityProof.content(), APPLICANT);
		Map<String, Object> variables = new HashMap<>();
		variables.put(CaseVariables.AGENCY_CODE, agencyCode);
		variables.put(CaseVariables.CASE_NUMBER, caseNumber);
		variables.putAll(timers.replyVariables(agencyCode, null));
		variables.put(CaseVariables.FEE_PAYABLE_UNTIL, timers.endOf(CaseVariables.PARKED));
		variables.put(CaseVariables.SUPPLEMENT_NOTICE_DUE_AT, timers.endOf(CaseVariables.PARKED));
		process.start(agencyCode, caseNumber, processInstanceId, variables);
		var opened = action.load(agencyCode, caseNumber);
		action.publish(agencyCode, caseNumber, "APPLICATION_SUBMITTED_ONLINE", APPLICANT, null, opened.status(),
				"Submitted online on " + application.submittedOn() + "; awaiting the agency's confirmation, whose day"
						+ " will be the receipt date (Art. 31(3))");
		return opened;
	}

	/**
	 * Art. 31(3): the clerk confirms an application submitted online; the confirmation day is its receipt date, and
	 * the supplement-notice period (Art. 30, T1) and the reply period (Art. 33(2), T3) start from it.
	 */
	@Transactional
	public CaseFile confirm(String caseNumber, Confirmation form, CurrentUser clerk) {
		CaseAction.requireRole(clerk, Role.CLERK);
		CaseFile file = action.lock(clerk, caseNumber);
		var task = action.claim(file, Step.CONFIRM_APPLICATION, clerk);
		LocalDate confirmedOn = form == null || form.confirmedOn() == null ? action.today() : form.confirmedOn();
		Application application = intake.confirmOnline(clerk.agencyCode(), caseNumber, confirmedOn);
		String agency = clerk.agencyCode();
		LocalDate receipt = application.receiptDate();
		deadlines.recordReceipt(agency, caseNumber, receipt, application.receiptExplanation(), clerk.username());
		Deadline supplementNotice = deadlines.startSupplementNoticePeriod(agency, caseNumber, receipt,
				clerk.username());
		Deadline reply = deadlines.startReplyPeriod(agency, caseNumber, receipt,
				"receipt date, Art. 31 (" + application.channel() + ")", clerk.username());
		caseFiles.recordReceipt(agency, caseNumber, receipt);
		timers.replyDueChanged(file, reply);
		documents.issue(agency, caseNumber, DocumentKind.ACKNOWLEDGEMENT,
				LetterData.acknowledgement(application, receipt), clerk.username());
		action.complete(task, Map.of(CaseVariables.SUPPLEMENT_NOTICE_DUE_AT, timers.endOf(supplementNotice.dueDate())));
		return action.done(file, "APPLICATION_CONFIRMED", clerk.username(), "Confirmed with the applicant on "
				+ confirmedOn + ", the receipt date (Art. 31(3)); reply due " + reply.dueDate());
	}

	/**
	 * Art. 30: the applicant answers the supplement notice on the portal; the answer's arrival is the supplement's
	 * receipt date, and the files go to the case file.
	 */
	@Transactional
	public CaseFile supplement(String agencyCode, String caseNumber, String content, List<Upload> files) {
		CaseFile file = action.lock(agencyCode, caseNumber);
		action.openStep(file, Step.AWAIT_SUPPLEMENT, "No supplement is awaited");
		for (Upload upload : files) {
			documents.store(agencyCode, caseNumber, DocumentKind.SUPPLEMENT_MATERIAL, upload.format(),
					upload.fileName(), upload.content(), APPLICANT);
		}
		return registering.supplementArrived(file, new Forms.SupplementReceived(action.today(), content),
				applicant(agencyCode), false);
	}

	/**
	 * The applicant downloaded the electronically delivered reply on the portal: the first download, unless the clerk
	 * recorded the receipt before, is the confirmation of receipt from which the remedy windows run (spec G-5).
	 * Returns whether this download was recorded as the receipt.
	 */
	@Transactional
	public boolean replyDownloaded(String agencyCode, String caseNumber) {
		CaseFile file = action.lock(agencyCode, caseNumber);
		var delivery = replies.delivery(agencyCode, caseNumber)
				.filter(d -> d.method() == DeliveryMethod.ELECTRONIC)
				.orElseThrow(() -> new ActionNotAllowed("deliveredElectronically",
						"The reply of case " + caseNumber + " was not delivered electronically"));
		if (receivedAlready(delivery)) {
			return false;
		}
		delivering.replyReceived(file, action.today(), APPLICANT, "The applicant downloaded the reply on the portal on "
				+ action.today() + ": confirmation of receipt of the electronic delivery");
		return true;
	}

	private static boolean receivedAlready(Delivery delivery) {
		return delivery.receivedOn() != null;
	}

	private static CurrentUser applicant(String agencyCode) {
		return new CurrentUser(APPLICANT, APPLICANT, agencyCode, Set.of());
	}
}
