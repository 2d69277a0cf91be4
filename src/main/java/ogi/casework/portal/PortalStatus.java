package ogi.casework.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.casework.CaseQueries;
import ogi.casework.casework.OnlineApplications;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.deadlines.Extension;
import ogi.casework.documents.DocumentContent;
import ogi.casework.documents.DocumentFormat;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.documents.DocumentSettings;
import ogi.casework.documents.StoredDocument;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.shared.CaseStatus;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.ReadsOnly;

/** Reads an application for its applicant, and hands them the letters addressed to them. */
@Component
class PortalStatus {

	/** The letters the agency addresses to the applicant; consultation letters go to third parties and stay out. */
	static final Set<DocumentKind> TO_THE_APPLICANT = Set.of(DocumentKind.ACKNOWLEDGEMENT,
			DocumentKind.SUPPLEMENT_NOTICE, DocumentKind.EXTENSION_NOTICE, DocumentKind.FEE_NOTICE,
			DocumentKind.REPLY_LETTER);

	private final CaseQueries cases;

	private final IntakeManagement intake;

	private final DeadlineManagement deadlines;

	private final DocumentManagement documents;

	private final DocumentSettings letterheads;

	private final ReplyManagement replies;

	private final OnlineApplications online;

	private final ZoneId zone;

	PortalStatus(CaseQueries cases, IntakeManagement intake, DeadlineManagement deadlines,
			DocumentManagement documents, DocumentSettings letterheads, ReplyManagement replies,
			OnlineApplications online, CaseworkSettings settings) {
		this.cases = cases;
		this.intake = intake;
		this.deadlines = deadlines;
		this.documents = documents;
		this.letterheads = letterheads;
		this.replies = replies;
		this.online = online;
		this.zone = settings.zone();
	}

	@ReadsOnly
	StatusView of(PortalAccess access) {
		String agency = access.agencyCode();
		String caseNumber = access.caseNumber();
		var file = cases.caseFile(agency, caseNumber).orElseThrow(() -> new NotFound("No case " + caseNumber));
		var application = intake.find(agency, caseNumber).orElseThrow();
		List<PortalForm.Message> notes = new ArrayList<>();
		String supplementItems = null;
		LocalDate supplementDue = null;
		if (application.awaitingConfirmation()) {
			notes.add(message("portal.due.awaitingConfirmation"));
		}
		else if (file.status() == CaseStatus.AWAITING_SUPPLEMENT) {
			var notice = intake.supplements(agency, caseNumber).stream().filter(s -> s.receivedOn() == null)
					.reduce((first, second) -> second);
			supplementItems = notice.map(s -> s.items()).orElse(null);
			supplementDue = deadlines.active(agency, caseNumber, DeadlineKind.SUPPLEMENT).map(Deadline::dueDate)
					.orElse(notice.map(s -> s.dueOn()).orElse(null));
			notes.add(message("portal.due.supplement"));
		}
		else if (file.outcome() == null) {
			dueNotes(agency, caseNumber, application.receiptDate(), notes);
		}
		List<StatusView.Letter> letters = applicantLetters(agency, caseNumber, file.outcome() != null).stream()
				.map(d -> new StatusView.Letter(d.id(), d.kind(), LocalDate.ofInstant(d.createdAt(), zone))).toList();
		var reply = letters.stream().filter(l -> l.kind() == DocumentKind.REPLY_LETTER).reduce((a, b) -> b)
				.orElse(null);
		boolean electronic = replies.delivery(agency, caseNumber).map(d -> d.method() == DeliveryMethod.ELECTRONIC)
				.orElse(false);
		return new StatusView(caseNumber, letterheads.letterhead(agency).agencyName(), application.submittedOn(),
				file.status(), application.receiptDate(), file.outcome() == null ? file.replyDueDate() : null, notes,
				supplementItems, supplementDue, letters, reply, reply != null && electronic);
	}

	/**
	 * The letters addressed to the applicant, as PDFs. The reply letter only once its delivery is recorded, and only
	 * the one delivered (the latest): a letter issued at approval may still be returned for correction or sent back to
	 * drafting (a late objection), and what the agency did not deliver was not decided towards the applicant.
	 */
	private List<StoredDocument> applicantLetters(String agency, String caseNumber, boolean replied) {
		var pdfs = documents.list(agency, caseNumber).stream()
				.filter(d -> TO_THE_APPLICANT.contains(d.kind()) && d.format() == DocumentFormat.PDF).toList();
		long delivered = replied && replies.delivery(agency, caseNumber).isPresent()
				? pdfs.stream().filter(d -> d.kind() == DocumentKind.REPLY_LETTER).mapToLong(StoredDocument::id).max()
						.orElse(-1)
				: -1;
		return pdfs.stream().filter(d -> d.kind() != DocumentKind.REPLY_LETTER || d.id() == delivered).toList();
	}

	/** How the reply due date came about: the period, each approved extension, each excluded stretch (Art. 33). */
	private void dueNotes(String agency, String caseNumber, LocalDate receipt, List<PortalForm.Message> notes) {
		deadlines.active(agency, caseNumber, DeadlineKind.REPLY).ifPresent(reply -> notes.add(receipt != null
				&& reply.startDate().equals(receipt)
						? message("portal.due.fromReceipt", reply.startDate(), reply.length())
						: message("portal.due.fromSupplement", reply.startDate(), reply.length())));
		for (Extension extension : deadlines.extensions(agency, caseNumber)) {
			if (extension.status() == Extension.Status.APPROVED) {
				notes.add(message("portal.due.extension." + extension.kind().name(), extension.workingDays(),
						extension.noticedOn()));
			}
		}
		deadlines.pauses(agency, caseNumber).forEach(pause -> notes.add(message("portal.due.pause." + pause.kind().name(),
				pause.startedOn(), pause.effectiveEnd())));
	}

	/**
	 * A letter addressed to the applicant, as a PDF; the reply delivered electronically counts as received on its
	 * first download (spec G-5).
	 */
	@Transactional
	DocumentContent letter(PortalAccess access, long id) {
		var file = cases.caseFile(access.agencyCode(), access.caseNumber())
				.orElseThrow(() -> new NotFound("No case " + access.caseNumber()));
		// only what the status page lists: letters to the applicant, as PDFs, the reply once delivered
		if (applicantLetters(access.agencyCode(), access.caseNumber(), file.outcome() != null).stream()
				.noneMatch(letter -> letter.id() == id)) {
			throw new NotFound("No letter " + id + " for the applicant of case " + access.caseNumber());
		}
		var content = documents.content(access.agencyCode(), access.caseNumber(), id);
		// Delivered in person or by post, the download is a copy, not the delivery: asked first, since a refusal from
		// inside this transaction would mark it for rollback and fail the download
		if (content.document().kind() == DocumentKind.REPLY_LETTER && replies.delivery(access.agencyCode(),
				access.caseNumber()).filter(delivery -> delivery.method() == DeliveryMethod.ELECTRONIC).isPresent()) {
			online.replyDownloaded(access.agencyCode(), access.caseNumber());
		}
		return content;
	}

	private static PortalForm.Message message(String key, Object... arguments) {
		return new PortalForm.Message(key, arguments);
	}
}
