package ogi.casework.archive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ogi.casework.audit.AuditEntry;
import ogi.casework.audit.AuditManagement;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.documents.StoredDocument;
import ogi.casework.consultation.Consultation;
import ogi.casework.consultation.ConsultationManagement;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.deadlines.Extension;
import ogi.casework.deadlines.Pause;
import ogi.casework.deadlines.PauseKind;
import ogi.casework.fees.FeeManagement;
import ogi.casework.fees.FeeNotice;
import ogi.casework.intake.Application;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.intake.Supplement;
import ogi.casework.reply.Delivery;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.reply.SearchRecord;
import ogi.casework.review.ReviewDecision;
import ogi.casework.review.ReviewManagement;
import ogi.casework.shared.ReadsOnly;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The standard documents of a case file, rendered as JSON from what the modules recorded, one per part of spec §8.3
 * that has something in it: receipt, application, supplement, extensions, consultations, search record, reasons and
 * legal basis, approvals, reply, delivery, fees, deadline ledger, audit trail. The application is in full — the case
 * file is the agency's evidence (§8.3(2)) — with the identity number and contacts encrypted (AES-GCM, key id in each
 * value), so that a sealed file or a downloaded ZIP holds no personal data in plain text.
 */
@Component
public class CaseFileItems {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final IntakeManagement intake;

	private final DeadlineManagement deadlines;

	private final ReplyManagement replies;

	private final ReviewManagement reviews;

	private final ConsultationManagement consultations;

	private final FeeManagement fees;

	private final AuditManagement audit;

	private final DocumentManagement documents;

	CaseFileItems(IntakeManagement intake, DeadlineManagement deadlines, ReplyManagement replies,
			ReviewManagement reviews, ConsultationManagement consultations, FeeManagement fees, AuditManagement audit,
			DocumentManagement documents) {
		this.documents = documents;
		this.intake = intake;
		this.deadlines = deadlines;
		this.replies = replies;
		this.reviews = reviews;
		this.consultations = consultations;
		this.fees = fees;
		this.audit = audit;
	}

	/**
	 * The case's documents as they stand now, in section order; the audit trail ends with the last line written in
	 * this transaction, so call it after recording the archiving itself.
	 *
	 * @throws ogi.casework.shared.NotFound when the agency has no such case
	 */
	@ReadsOnly
	public List<ArchiveItem> of(String agencyCode, String caseNumber) {
		Application application = intake.find(agencyCode, caseNumber)
				.orElseThrow(() -> new ogi.casework.shared.NotFound("No case " + caseNumber + " in your agency"));
		List<ArchiveItem> items = new ArrayList<>(render(new CaseRecords(intake.forArchive(application),
				intake.supplements(agencyCode, caseNumber), deadlines.ledger(agencyCode, caseNumber),
				deadlines.pauses(agencyCode, caseNumber), deadlines.extensions(agencyCode, caseNumber),
				consultations.of(agencyCode, caseNumber), replies.latestSearch(agencyCode, caseNumber).orElse(null),
				replies.currentDraft(agencyCode, caseNumber).orElse(null), reviews.decisions(agencyCode, caseNumber),
				replies.delivery(agencyCode, caseNumber).orElse(null), fees.of(agencyCode, caseNumber),
				audit.history(agencyCode, caseNumber), deadlines.extensionsNoticedLate(agencyCode, caseNumber))));
		var assistance = consultations.assistance(agencyCode, caseNumber);
		if (!assistance.isEmpty()) {
			items.add(json(ArchiveSection.SEARCH_RECORD, "assistance.json", "协查记录 Other departments' searches",
					document(caseNumber).with("assistance", assistance)));
		}
		consultations.deliberation(agencyCode, caseNumber).ifPresent(deliberation -> items.add(json(
				ArchiveSection.REASONS_AND_LEGAL_BASIS, "deliberation.json", "会商记录 Joint deliberation",
				document(caseNumber).with("deliberation", deliberation))));
		for (StoredDocument letter : documents.list(agencyCode, caseNumber)) {
			items.add(ArchiveItem.of(sectionOf(letter.kind()), letter.id() + "-" + letter.fileName(),
					letter.kind().title(), letter.mediaType(),
					documents.content(agencyCode, caseNumber, letter.id()).content()));
		}
		replies.art35(agencyCode, caseNumber).ifPresent(inquiry -> items.add(json(
				ArchiveSection.REASONS_AND_LEGAL_BASIS, "art35-reasons.json", "说明理由 Art. 35 reasons and assessment",
				document(caseNumber).with("art35", inquiry))));
		return items;
	}

	/** Where each generated letter belongs in the case file (spec §8.3). */
	static ArchiveSection sectionOf(DocumentKind kind) {
		return switch (kind) {
			case ACKNOWLEDGEMENT -> ArchiveSection.RECEIPT_PROOF;
			case SUPPLEMENT_NOTICE -> ArchiveSection.SUPPLEMENT;
			case EXTENSION_NOTICE, REASONABLE_DELAY_NOTICE -> ArchiveSection.EXTENSION;
			case CONSULTATION_LETTER -> ArchiveSection.CONSULTATIONS;
			case FEE_NOTICE -> ArchiveSection.FEES;
			case REPLY_LETTER -> ArchiveSection.REPLY;
			case IDENTITY_PROOF -> ArchiveSection.APPLICATION;
			case SUPPLEMENT_MATERIAL -> ArchiveSection.SUPPLEMENT;
		};
	}

	/** Renders the records of one case; empty parts get no document. */
	static List<ArchiveItem> render(CaseRecords records) {
		Application application = records.application();
		String caseNumber = application.caseNumber();
		List<ArchiveItem> items = new ArrayList<>();
		items.add(json(ArchiveSection.RECEIPT_PROOF, "receipt.json", "收到申请日期及依据 Receipt date and its evidence",
				document(caseNumber)
						.with("channel", application.channel())
						.with("submittedOn", application.submittedOn())
						.with("signedForOn", application.signedForOn())
						.with("arrivedOn", application.arrivedOn())
						.with("confirmedOn", application.confirmedOn())
						.with("receiptDate", application.receiptDate())
						.with("howFixed", application.receiptExplanation())
						.with("receivedBy", application.receivedBy())
						.with("receivedAt", application.receivedAt())
						.with("ledger", records.ledger().stream().filter(d -> d.kind() == DeadlineKind.RECEIPT).toList())));
		items.add(json(ArchiveSection.APPLICATION, "application.json", "政府信息公开申请 Application as received",
				document(caseNumber).with("application", application)));
		if (!records.supplements().isEmpty()) {
			items.add(json(ArchiveSection.SUPPLEMENT, "supplements.json", "补正告知及补正材料 Supplement notices and supplements",
					document(caseNumber).with("supplements", records.supplements())));
		}
		if (!records.extensions().isEmpty()) {
			items.add(json(ArchiveSection.EXTENSION, "extensions.json", "延期答复审批及告知 Extension approvals and notices",
					document(caseNumber).with("extensions", records.extensions())));
		}
		if (!records.consultations().isEmpty()) {
			items.add(json(ArchiveSection.CONSULTATIONS, "consultations.json", "征求意见及答复 Consultations and answers",
					document(caseNumber)
							.with("consultations", records.consultations())
							.with("excludedTime", records.pauses().stream()
									.filter(p -> p.kind() == PauseKind.THIRD_PARTY_CONSULTATION
											|| p.kind() == PauseKind.AGENCY_CONSULTATION)
									.toList())));
		}
		if (records.search() != null) {
			items.add(json(ArchiveSection.SEARCH_RECORD, "search-record.json", "检索记录 Search record",
					document(caseNumber).with("searchRecord", records.search())));
		}
		ReplyDraft draft = records.draft();
		if (draft != null) {
			items.add(json(ArchiveSection.REASONS_AND_LEGAL_BASIS, "legal-basis.json", "理由和法律依据 Reasons and legal basis",
					document(caseNumber)
							.with("draftVersion", draft.version())
							.with("outcome", draft.outcome())
							.with("outcomeArticle", draft.outcome().article())
							.with("ground", draft.ground())
							.with("groundArticle", draft.ground() == null ? null : draft.ground().article())
							.with("groundIsDiscretionary", draft.ground() == null ? null : draft.ground().isDiscretionary())
							.with("legalBasis", draft.legalBasis())
							.with("reasons", draft.reasons())
							.with("withheldParts", draft.withheldParts())));
		}
		if (!records.reviews().isEmpty()) {
			items.add(json(ArchiveSection.APPROVALS, "review-decisions.json", "审核及负责人签发 Reviews and sign-offs",
					document(caseNumber).with("decisions", records.reviews())));
		}
		if (draft != null) {
			items.add(json(ArchiveSection.REPLY, "reply.json", "答复内容 Reply as approved",
					document(caseNumber).with("reply", draft).with("legalBasis", draft.legalBasis())));
		}
		if (records.delivery() != null) {
			items.add(json(ArchiveSection.DELIVERY, "delivery.json", "送达记录 Proof of delivery",
					document(caseNumber).with("delivery", records.delivery())));
		}
		if (!records.fees().isEmpty()) {
			items.add(json(ArchiveSection.FEES, "fee-notices.json", "收费通知及缴费 Fee notices and payments",
					document(caseNumber).with("feeNotices", records.fees())));
		}
		items.add(json(ArchiveSection.DEADLINE_LEDGER, "deadline-ledger.json", "期限台账 Deadline ledger and excluded time",
				document(caseNumber).with("ledger", records.ledger()).with("pauses", records.pauses())));
		items.add(json(ArchiveSection.AUDIT_TRAIL, "audit-trail.json", "全过程记录 Audit trail",
				document(caseNumber).with("entries", records.audit())));
		return items;
	}

	private static ArchiveItem json(ArchiveSection section, String fileName, String title, Document document) {
		byte[] content = (JSON.writeValueAsString(document.fields()) + "\n").getBytes(StandardCharsets.UTF_8);
		return ArchiveItem.of(section, fileName, title, ArchiveItem.JSON, content);
	}

	private static Document document(String caseNumber) {
		return new Document(new LinkedHashMap<>()).with("caseNumber", caseNumber);
	}

	/** A JSON object built field by field, in order. */
	private record Document(Map<String, Object> fields) {

		Document with(String name, Object value) {
			fields.put(name, value);
			return this;
		}
	}

	/** Everything the modules recorded about one case. */
	/**
	 * What a case file is made of; {@code lateExtensions} are the approved extensions that do not count, noticed after
	 * the period they would extend had ended (the deadlines module's rule, on the legal dates known now).
	 */
	record CaseRecords(Application application, List<Supplement> supplements, List<Deadline> ledger,
			List<Pause> pauses, List<Extension> extensions, List<Consultation> consultations, SearchRecord search,
			ReplyDraft draft, List<ReviewDecision> reviews, Delivery delivery, List<FeeNotice> fees,
			List<AuditEntry> audit, List<ogi.casework.deadlines.LateExtension> lateExtensions) {
	}
}
