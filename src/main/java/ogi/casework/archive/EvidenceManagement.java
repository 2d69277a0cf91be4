package ogi.casework.archive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.Agency;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.audit.AuditEntry;
import ogi.casework.audit.AuditManagement;
import ogi.casework.consultation.ConsultationManagement;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.documents.DocumentRendering;
import ogi.casework.documents.DocumentSettings;
import ogi.casework.fees.FeeManagement;
import ogi.casework.intake.Application;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.review.ReviewManagement;
import ogi.casework.shared.CaseEvent;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.ReadsOnly;

/**
 * Evidence bundles (证据材料) for legal staff answering a reconsideration (spec G-3: written reply and all evidence
 * within 10, or 5, working days, T15) or a lawsuit (G-4: evidence and defence within 15 days; the agency bears the
 * burden of proof, 行诉法 Art. 34): the checklist of spec §8.3, one PDF, and a ZIP with every document and their
 * SHA-256. An open case is read live from the modules; an archived case from its sealed case file. Only legal staff
 * and the office head may generate one — it carries the applicant's personal data in full — and every generation is
 * written to the case's audit trail.
 */
@Service
public class EvidenceManagement {

	static final String GENERATED = "EVIDENCE_BUNDLE_GENERATED";

	private final IntakeManagement intake;

	private final DeadlineManagement deadlines;

	private final ReplyManagement replies;

	private final ReviewManagement reviews;

	private final ConsultationManagement consultations;

	private final FeeManagement fees;

	private final AuditManagement audit;

	private final DocumentManagement letters;

	private final DocumentRendering rendering;

	private final DocumentSettings documentSettings;

	private final AccountManagement accounts;

	private final CaseFileItems caseFileItems;

	private final ArchiveManagement archive;

	private final Archives archives;

	private final CaseworkSettings settings;

	private final EvidenceSettings evidenceSettings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CaseStates caseStates;

	EvidenceManagement(IntakeManagement intake, DeadlineManagement deadlines, ReplyManagement replies,
			ReviewManagement reviews, ConsultationManagement consultations, FeeManagement fees, AuditManagement audit,
			DocumentManagement letters, DocumentRendering rendering, DocumentSettings documentSettings,
			AccountManagement accounts, CaseFileItems caseFileItems, ArchiveManagement archive, Archives archives,
			CaseworkSettings settings, EvidenceSettings evidenceSettings, ApplicationEventPublisher events,
			Clock clock, CaseStates caseStates) {
		this.caseStates = caseStates;
		this.intake = intake;
		this.deadlines = deadlines;
		this.replies = replies;
		this.reviews = reviews;
		this.consultations = consultations;
		this.fees = fees;
		this.audit = audit;
		this.letters = letters;
		this.rendering = rendering;
		this.documentSettings = documentSettings;
		this.accounts = accounts;
		this.caseFileItems = caseFileItems;
		this.archive = archive;
		this.archives = archives;
		this.settings = settings;
		this.evidenceSettings = evidenceSettings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The evidence checklist of spec §8.3 for a case of the user's agency.
	 *
	 * @throws AccessDeniedException unless the user is legal staff or the office head (403)
	 * @throws NotFound when the agency has no such case (404)
	 */
	@ReadsOnly
	public EvidenceChecklist checklist(String caseNumber, CurrentUser user) {
		requireLegalOrHead(user);
		var checklist = gather(user.agencyCode(), caseNumber, now()).checklist(EvidenceText.ENGLISH);
		audit.recordPersonalDataRead(user.agencyCode(), caseNumber, user.username(),
				"Shown in full: idNumber in the evidence checklist");
		return checklist;
	}

	/** The bundle as one PDF with English headings, as the API serves it; recorded in the audit trail. */
	@Transactional
	public byte[] pdf(String caseNumber, CurrentUser user) {
		return pdf(caseNumber, user, Locale.ENGLISH);
	}

	/**
	 * The bundle as one PDF, its headings, labels and values in the reader's language — Chinese for every reader
	 * who did not ask for English, since the bundle goes to a reconsideration body or court; recorded in the audit
	 * trail.
	 */
	@Transactional
	public byte[] pdf(String caseNumber, CurrentUser user, Locale locale) {
		requireLegalOrHead(user);
		Instant now = now();
		Gathered gathered = gather(user.agencyCode(), caseNumber, now);
		byte[] pdf = renderPdf(gathered, user, now, EvidenceText.of(locale));
		record(gathered, user, now, "PDF", pdf);
		audit.recordPersonalDataRead(user.agencyCode(), caseNumber, user.username(),
				"Shown in full: idNumber, phone, email, address in the evidence bundle (PDF)");
		return pdf;
	}

	/** The bundle as a ZIP: the PDF and every document with a manifest of SHA-256 hashes; recorded in the audit trail. */
	@Transactional
	public byte[] zip(String caseNumber, CurrentUser user) {
		return zip(caseNumber, user, Locale.ENGLISH);
	}

	/** The bundle as a ZIP whose PDF is in the reader's language (see {@link #pdf(String, CurrentUser, Locale)}). */
	@Transactional
	public byte[] zip(String caseNumber, CurrentUser user, Locale locale) {
		requireLegalOrHead(user);
		Instant now = now();
		Gathered gathered = gather(user.agencyCode(), caseNumber, now);
		byte[] pdf = renderPdf(gathered, user, now, EvidenceText.of(locale));
		byte[] zip = EvidenceBundle.zip(gathered.checklist(EvidenceText.of(locale)), now, generatedBy(user), pdf, gathered.documents(),
				gathered.sealedManifest(), gathered.seal() == null ? null : gathered.seal().manifestSha256(),
				settings.zone());
		record(gathered, user, now, "ZIP", zip);
		audit.recordPersonalDataRead(user.agencyCode(), caseNumber, user.username(),
				"Shown in full: idNumber, phone, email, address in the evidence bundle (ZIP)");
		return zip;
	}

	private byte[] renderPdf(Gathered gathered, CurrentUser user, Instant now, EvidenceText text) {
		String agencyName = accounts.findAgency(user.agencyCode()).map(Agency::name)
				.orElseGet(() -> documentSettings.letterhead(user.agencyCode()).agencyName());
		var contents = new EvidencePdf.Contents(agencyName, gathered.checklist(text), gathered.evidence(),
				gathered.documents(), gathered.seal(), gathered.verification(), now, generatedBy(user));
		return rendering.htmlToPdf(EvidencePdf.html(contents, settings.zone(), text));
	}

	private void record(Gathered gathered, CurrentUser user, Instant now, String format, byte[] bytes) {
		EvidenceChecklist checklist = gathered.checklist(EvidenceText.ENGLISH);
		String missing = checklist.complete() ? "checklist complete"
				: "missing items " + checklist.missing().stream().map(String::valueOf).collect(Collectors.joining(", "));
		events.publishEvent(new CaseEvent(checklist.agencyCode(), checklist.caseNumber(), GENERATED, user.username(),
				now, null, null, "Evidence bundle (" + format + ", " + checklist.source() + ") generated: " + missing
						+ "; SHA-256 " + Hashes.sha256(bytes)));
	}

	private Gathered gather(String agencyCode, String caseNumber, Instant now) {
		Application application = intake.find(agencyCode, caseNumber)
				.orElseThrow(() -> new NotFound("No case " + caseNumber + " in your agency"));
		List<AuditEntry> trail = audit.history(agencyCode, caseNumber);
		var records = new CaseFileItems.CaseRecords(application, intake.supplements(agencyCode, caseNumber),
				deadlines.ledger(agencyCode, caseNumber), deadlines.pauses(agencyCode, caseNumber),
				deadlines.extensions(agencyCode, caseNumber), consultations.of(agencyCode, caseNumber),
				replies.latestSearch(agencyCode, caseNumber).orElse(null),
				replies.currentDraft(agencyCode, caseNumber).orElse(null), reviews.decisions(agencyCode, caseNumber),
				replies.delivery(agencyCode, caseNumber).orElse(null), fees.of(agencyCode, caseNumber), trail,
				deadlines.extensionsNoticedLate(agencyCode, caseNumber));
		ArchiveSeal seal = archive.find(agencyCode, caseNumber).orElse(null);
		List<ArchiveItem> documents;
		Verification verification = null;
		byte[] sealedManifest = null;
		List<Manifest.Entry> corrections = List.of();
		if (seal != null) {
			documents = archives.items(agencyCode, caseNumber).stream()
					.map(i -> new ArchiveItem(i.path(), i.title(), i.section(), i.mediaType(), i.content())).toList();
			verification = archive.verify(agencyCode, caseNumber);
			var manifests = archives.manifests(agencyCode, caseNumber);
			sealedManifest = manifests.get(manifests.size() - 1).content();
			if (verification.ok()) {
				corrections = Manifest.parse(sealedManifest).items().stream().filter(i -> i.correction() != null)
						.toList();
			}
		}
		else {
			documents = Manifest.inSectionOrder(caseFileItems.of(agencyCode, caseNumber));
		}
		CaseState state = caseStates.of(agencyCode, caseNumber).orElse(null);
		String status = state == null ? null : state.status().name();
		LocalDate today = LocalDate.ofInstant(now, settings.zone());
		var evidence = new EvidenceRules.CaseEvidence(records, consultations.assistance(agencyCode, caseNumber),
				consultations.deliberation(agencyCode, caseNumber).orElse(null),
				replies.art35(agencyCode, caseNumber).orElse(null), letters.list(agencyCode, caseNumber), documents,
				corrections, state, today, settings.supplementNoticeWorkingDays(), settings.zone(),
				replies.noticeDeliveries(agencyCode, caseNumber));
		var findings = EvidenceRules.check(evidence,
				(from, to) -> deadlines.workingDaysBetween(agencyCode, from, to), evidenceSettings);
		var outcome = evidence.outcome();
		return new Gathered(agencyCode, caseNumber, status, outcome == null ? null : outcome.name(), findings, evidence,
				documents, seal, verification, sealedManifest, now);
	}

	/** Legal staff and the office head file evidence, and only they see the applicant's data in full for it. */
	private static void requireLegalOrHead(CurrentUser user) {
		if (!user.has(Role.LEGAL) && !user.has(Role.HEAD)) {
			throw new AccessDeniedException("evidence bundles are for legal staff and the office head");
		}
	}

	private static String generatedBy(CurrentUser user) {
		return user.displayName() + " (" + user.username() + ")";
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
	}

	/** What one bundle is made of: the checklist's findings, worded per reader. */
	private record Gathered(String agencyCode, String caseNumber, String status, String outcome,
			List<EvidenceFindings> findings, EvidenceRules.CaseEvidence evidence, List<ArchiveItem> documents,
			ArchiveSeal seal, Verification verification, byte[] sealedManifest, Instant checkedAt) {

		/** The checklist in {@code text}'s language: English for the API, Chinese for a court's bundle. */
		EvidenceChecklist checklist(EvidenceText text) {
			return EvidenceChecklist.of(agencyCode, caseNumber, status, outcome,
					seal == null ? EvidenceChecklist.Source.LIVE : EvidenceChecklist.Source.SEALED,
					verification == null ? null : verification.ok(), checkedAt,
					findings.stream().map(f -> f.in(text)).toList());
		}
	}
}
