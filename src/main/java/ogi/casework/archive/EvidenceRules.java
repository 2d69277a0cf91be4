package ogi.casework.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import ogi.casework.audit.AuditEntry;
import ogi.casework.consultation.Assistance;
import ogi.casework.consultation.Consultation;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.Deliberation;
import ogi.casework.consultation.Opinion;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineCause;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.ReplyTimeliness;
import ogi.casework.deadlines.Extension;
import ogi.casework.deadlines.Pause;
import ogi.casework.deadlines.PauseKind;
import ogi.casework.documents.DocumentFormat;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.LegalCitations;
import ogi.casework.documents.LetterText;
import ogi.casework.documents.Remedies;
import ogi.casework.documents.StoredDocument;
import ogi.casework.fees.FeeNotice;
import ogi.casework.intake.Application;
import ogi.casework.intake.Supplement;
import ogi.casework.reply.Art35Inquiry;
import ogi.casework.reply.Delivery;
import ogi.casework.reply.NoticeDelivery;
import ogi.casework.reply.NoticeKind;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.SearchRecord;
import ogi.casework.reply.WithheldPart;
import ogi.casework.review.ReviewDecision;
import ogi.casework.review.ReviewStage;
import ogi.casework.review.Verdict;

/**
 * The rules of the evidence checklist (spec §8.3, derived from 国办函〔2021〕132号, the SPC's provisions on OGI cases
 * and Arts. 29–45): what each of the twelve items needs for the outcome the case reached, and what is missing.
 * Statutory defects the records show (a late supplement notice, an extension noticed after the due date, a reply
 * delivered late) count as missing evidence, since the bundle cannot prove the step was lawful.
 */
final class EvidenceRules {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static final String GUIDING_CASE_101 = "SPC Guiding Case 101 asks for a sufficient and reasonable search";

	private EvidenceRules() {
	}

	/** Working days after the first date up to and including the second, on the agency's official calendar. */
	@FunctionalInterface
	interface WorkingDays {
		int between(LocalDate fromExclusive, LocalDate toInclusive);
	}

	/**
	 * Everything the checklist looks at.
	 *
	 * @param records what the modules recorded about the case
	 * @param assistance other departments' searches (协查)
	 * @param deliberation the joint deliberation, or null
	 * @param art35 the Art. 35 inquiry, or null
	 * @param letters the letters the engine generated and stored
	 * @param documents every document of the bundle, for the proof lists
	 * @param corrections the documents appended to a sealed case file, each with what it corrects and why
	 * @param state where the case stands, as the case module states it (null if it does not know the case)
	 * @param today the agency's date now
	 * @param supplementNoticeWorkingDays T1, Art. 30: 7 working days
	 * @param zone the agency's zone, in which times are shown
	 */
	record CaseEvidence(CaseFileItems.CaseRecords records, List<Assistance> assistance, Deliberation deliberation,
			Art35Inquiry art35, List<StoredDocument> letters, List<ArchiveItem> documents,
			List<Manifest.Entry> corrections, CaseState state, LocalDate today, int supplementNoticeWorkingDays,
			ZoneId zone, List<NoticeDelivery> noticeDeliveries) {

		/**
		 * Whether the notice's delivery is proved; adds the proof as a fact, or the gap (国办公开办函〔2016〕235号 —
		 * the time limits of the addressee run from its receipt, so the file must show when it arrived).
		 */
		java.util.Optional<NoticeDelivery> requireDelivery(Item item, NoticeKind notice, long reference, String what) {
			var delivery = noticeDeliveries.stream()
				.filter(d -> d.notice() == notice && d.reference() == reference).findFirst();
			delivery.ifPresentOrElse(d -> item.fact(what + " delivered: " + d.proof()),
					() -> item.gap(what + " has no recorded delivery with proof (" + notice.article() + ")"));
			return delivery;
		}

		/** An instant as the agency's local date and time. */
		String time(Instant instant) {
			return instant == null ? "(no time)" : TIME.format(instant.atZone(zone));
		}

		Application application() {
			return records.application();
		}

		ReplyDraft draft() {
			return records.draft();
		}

		boolean abandoned() {
			return state != null && state.abandoned();
		}

		boolean audit(Predicate<AuditEntry> test) {
			return records.audit().stream().anyMatch(test);
		}

		boolean hasLetter(DocumentKind kind) {
			return letters.stream().anyMatch(l -> l.kind() == kind);
		}

		/** The outcome the case reached: the delivered reply's, or the abandonment the process concluded. */
		Outcome outcome() {
			if (records.delivery() != null && records.draft() != null) {
				return records.draft().outcome();
			}
			if (abandoned()) {
				var supplements = records.supplements();
				boolean noSupplement = !supplements.isEmpty() && supplements.get(supplements.size() - 1).receivedOn() == null;
				return noSupplement ? Outcome.ABANDONED_NO_SUPPLEMENT : Outcome.ABANDONED_UNPAID;
			}
			return null;
		}

		/** The outcome decided or drafted so far. */
		Outcome decidedOrDrafted() {
			Outcome outcome = outcome();
			return outcome != null ? outcome : records.draft() == null ? null : records.draft().outcome();
		}
	}

	static List<EvidenceCheck> check(CaseEvidence evidence, WorkingDays workingDays, EvidenceSettings settings) {
		return List.of(receipt(evidence), application(evidence), supplement(evidence, workingDays),
				extension(evidence), consultations(evidence), searchRecord(evidence), reasons(evidence),
				secrecyReview(evidence, settings), reply(evidence), delivery(evidence), fees(evidence),
				auditTrail(evidence));
	}

	/** §8.3(1), Art. 31: channel, receipt date and the evidence the channel needs. */
	static EvidenceCheck receipt(CaseEvidence e) {
		Application a = e.application();
		Item item = new Item(1, ArchiveSection.RECEIPT_PROOF, ArchiveSection.RECEIPT_PROOF.title());
		item.fact("Received by " + a.channel() + ": " + a.receiptExplanation() + "; receipt date " + a.receiptDate()
				+ ", registered by " + a.receivedBy() + " at " + e.time(a.receivedAt()));
		if (a.receiptDate() == null) {
			item.gap("No receipt date recorded (Art. 31)");
		}
		switch (a.channel()) {
			case IN_PERSON -> item.requireThat(a.submittedOn() != null,
					"Application handed in without the date of submission (Art. 31(1))");
			case POST_SIGNED -> item.requireThat(a.signedForOn() != null,
					"Registered post without the date the agency signed for it (Art. 31(2))");
			case POST_UNSIGNED -> item.requireThat(a.arrivedOn() != null && a.confirmedOn() != null,
					"Ordinary mail without the record of the confirmation with the applicant (Art. 31(2))");
			case INTERNET -> item.requireThat(a.confirmedOn() != null,
					"Internet application without the record that both sides confirmed receipt (Art. 31(3))");
			case FAX -> item.requireThat(a.confirmedOn() != null,
					"Fax without the record that both sides confirmed receipt (Art. 31(3))");
		}
		if (e.hasLetter(DocumentKind.ACKNOWLEDGEMENT)) {
			item.fact("The acknowledgement (接收回执) confirming the receipt date is stored");
		}
		return item.build(e, ArchiveSection.RECEIPT_PROOF);
	}

	/** §8.3(2), Art. 29: the application as received, with the applicant's identity and contact. */
	static EvidenceCheck application(CaseEvidence e) {
		Application a = e.application();
		Item item = new Item(2, ArchiveSection.APPLICATION, ArchiveSection.APPLICATION.title());
		item.fact(a.applicantName() + " (" + a.applicantType() + "), " + a.idDocumentType() + " " + a.idNumber()
				+ ", asks for “" + a.requestedInformation() + "”"
				+ (a.documentNumber() == null ? "" : ", document number " + a.documentNumber()));
		item.requireThat(!blank(a.applicantName()), "The application names no applicant (Art. 29(2)(一))");
		item.requireThat(!blank(a.idNumber()), "No identity document number of the applicant (Art. 29(2)(一))");
		item.requireThat(!blank(a.phone()) || !blank(a.email()) || !blank(a.address()),
				"No contact of the applicant (Art. 29(2)(一))");
		item.requireThat(!blank(a.requestedInformation()),
				"The application does not describe the information requested (Art. 29(2)(二))");
		return item.build(e, ArchiveSection.APPLICATION);
	}

	/** §8.3(3), Art. 30 (T1, T2): one notice within 7 working days listing everything, and the supplement or none. */
	static EvidenceCheck supplement(CaseEvidence e, WorkingDays workingDays) {
		List<Supplement> supplements = e.records().supplements();
		Item item = new Item(3, ArchiveSection.SUPPLEMENT, ArchiveSection.SUPPLEMENT.title());
		if (supplements.isEmpty()) {
			return item.notApplicable("No supplement (补正) was asked for (Art. 30)");
		}
		if (supplements.size() > 1) {
			item.gap(supplements.size() + " supplement notices were sent; Art. 30 asks for one notice listing everything at once");
		}
		LocalDate receipt = e.application().receiptDate();
		for (Supplement s : supplements) {
			if (receipt == null || s.noticedOn() == null) {
				item.gap("The supplement notice's date or the receipt date is not recorded, so T1 cannot be shown (Art. 30)");
				continue;
			}
			int days = workingDays.between(receipt, s.noticedOn());
			String sent = "补正 notice sent " + s.noticedOn() + ", " + days + " WD after receipt";
			if (days <= e.supplementNoticeWorkingDays()) {
				item.fact(sent + ", within T1 (Art. 30)");
			}
			else {
				item.gap(sent + ", after the " + e.supplementNoticeWorkingDays() + " working days of T1 (Art. 30)");
			}
			item.fact("Items asked for: " + s.items() + "; supplement due by " + s.dueOn() + "; notice by "
					+ s.noticedBy());
			item.requireThat(!blank(s.items()), "The supplement notice of " + s.noticedOn()
					+ " does not say what to supplement (Art. 30: all items at once)");
			item.requireThat(s.dueOn() != null, "The supplement notice of " + s.noticedOn()
					+ " sets no period for the supplement (Art. 30: a reasonable period)");
			if (s.receivedOn() != null) {
				item.fact("Supplement received " + s.receivedOn() + " (recorded by " + s.receivedBy() + "): "
						+ s.content());
			}
			else if (e.abandoned()) {
				item.fact("No supplement arrived by " + s.dueOn() + ": deemed abandoned (Art. 30)");
			}
			else if (s.dueOn() != null && !e.today().isAfter(s.dueOn())) {
				item.fact("The supplement period runs until " + s.dueOn());
			}
			else {
				item.gap("No supplement and no record that none arrived after the period ended " + s.dueOn());
			}
		}
		for (Supplement s : supplements) {
			if (s.id() != null) {
				e.requireDelivery(item, NoticeKind.SUPPLEMENT_NOTICE, s.id(), "The supplement notice of " + s.noticedOn());
			}
		}
		item.requireThat(e.hasLetter(DocumentKind.SUPPLEMENT_NOTICE),
				"The supplement notice (补正申请告知书) is not among the case's documents");
		return item.build(e, ArchiveSection.SUPPLEMENT);
	}

	/** §8.3(4), Art. 33(2) (T4) and Art. 35 (T7): the head's approval and the notice by the original due date. */
	static EvidenceCheck extension(CaseEvidence e) {
		Item item = new Item(4, ArchiveSection.EXTENSION, ArchiveSection.EXTENSION.title());
		List<Extension> approved = e.records().extensions().stream()
				.filter(x -> x.status() == Extension.Status.APPROVED).toList();
		e.records().extensions().stream().filter(x -> x.status() != Extension.Status.APPROVED)
				.forEach(x -> item.fact(x.kind() + " of " + x.workingDays() + " WD " + x.status().name().toLowerCase()
						+ (x.decidedBy() == null ? "" : " by " + x.decidedBy()) + ": " + x.reason()));
		if (approved.isEmpty()) {
			return item.notApplicable(item.facts.isEmpty() ? "The reply period was not extended"
					: "The reply period was not extended; " + String.join("; ", item.facts));
		}
		for (Extension x : approved) {
			item.fact(x.kind() + " of " + x.workingDays() + " WD (" + x.kind().basis() + ") for “" + x.reason()
					+ "”, approved by " + x.decidedBy() + " on " + x.decidedOn() + ", applicant noticed " + x.noticedOn());
			item.requireThat(!blank(x.decidedBy()) && x.decidedOn() != null,
					"Extension " + x.number() + " names no approving office head or date (Art. 33(2))");
			if (x.noticedOn() == null) {
				item.gap("Extension " + x.number() + " has no notice to the applicant (Art. 33(2))");
				continue;
			}
			LocalDate originalDue = dueBefore(e.records().ledger(), x);
			if (originalDue == null) {
				item.fact("The due date before extension " + x.number() + " is not in the ledger");
			}
			else if (x.noticedOn().isAfter(originalDue)) {
				item.gap("Extension notice delivered " + x.noticedOn() + ", after the original due date " + originalDue
						+ " (Art. 33(2))");
			}
			else {
				item.fact("Extension notice dated " + x.noticedOn() + ", on or before the original due date "
						+ originalDue);
			}
		}
		for (Extension x : approved) {
			if (x.noticedOn() != null) {
				LocalDate originalDue = dueBefore(e.records().ledger(), x);
				e.requireDelivery(item, NoticeKind.EXTENSION_NOTICE, x.number(), "Extension notice " + x.number())
					// a notice already dated too late is reported above; here, one dated in time that arrived late
					.filter(d -> originalDue != null && !x.noticedOn().isAfter(originalDue)
							&& d.effectiveOn().isAfter(originalDue))
					.ifPresent(d -> item.gap("Extension notice " + x.number() + " reached the applicant " + d.effectiveOn()
							+ ", after the original due date " + originalDue + " (Art. 33(2))"));
			}
		}
		// Art. 33(2) and Art. 35 are different letters: each kind approved needs its own.
		approved.stream().map(x -> DocumentKind.noticeOf(x.kind())).distinct()
				.forEach(kind -> item.requireThat(e.hasLetter(kind), "The " + (kind == DocumentKind.EXTENSION_NOTICE
						? "extension notice" : "reasonable-delay notice") + " (" + kind.title() + ", "
						+ kind.article() + ") is not among the case's documents"));
		return item.build(e, ArchiveSection.EXTENSION);
	}

	/** The reply due date the ledger held when {@code extension} was approved: the entry before its approval's. */
	static LocalDate dueBefore(List<Deadline> ledger, Extension extension) {
		List<Deadline> replies = ledger.stream().filter(d -> d.kind() == DeadlineKind.REPLY).toList();
		for (int i = 1; i < replies.size(); i++) {
			if (replies.get(i).cause() == DeadlineCause.EXTENSION_APPROVED
					&& Integer.valueOf(extension.number()).equals(replies.get(i).causeNumber())) {
				return replies.get(i - 1).dueDate();
			}
		}
		return null;
	}

	/** §8.3(5), Arts. 32–34: every letter, the answer or the silence, the excluded time, and any override. */
	static EvidenceCheck consultations(CaseEvidence e) {
		Item item = new Item(5, ArchiveSection.CONSULTATIONS, ArchiveSection.CONSULTATIONS.title());
		List<Consultation> consultations = e.records().consultations();
		ReplyDraft draft = e.draft();
		boolean override = draft != null && !blank(draft.publicInterestReasoning());
		if (consultations.isEmpty() && !override) {
			return item.notApplicable("No third party or other agency was consulted (Arts. 32, 34)");
		}
		for (Consultation c : consultations) {
			String article = c.kind() == ConsultationKind.THIRD_PARTY ? "Art. 32" : "Art. 34";
			item.fact("征求意见书 " + c.number() + " to " + c.party() + " (" + article + ") sent " + c.sentOn());
			if (c.opinion() == null) {
				item.gap("No answer, and no record of silence, from " + c.party() + " yet (" + article + ")");
			}
			else if (c.opinion() == Opinion.NO_ANSWER) {
				item.fact(c.party() + " did not answer within 15 working days"
						+ (c.kind() == ConsultationKind.THIRD_PARTY ? ": silence is not consent (Art. 32)"
								: ": deemed consent (Art. 34)"));
			}
			else {
				item.fact(c.party() + " answered " + c.opinion() + " on " + c.answeredOn() + ": " + c.answer());
			}
		}
		for (Pause p : e.records().pauses()) {
			if (p.kind() == PauseKind.THIRD_PARTY_CONSULTATION || p.kind() == PauseKind.AGENCY_CONSULTATION) {
				item.fact("Reply period paused after " + p.startedOn() + " to "
						+ (p.endedOn() == null ? p.plannedEnd() + " (planned, still running)" : p.endedOn()) + " ("
						+ p.basis() + ")");
			}
		}
		if (override) {
			item.fact("Public-interest override (Art. 32): " + draft.publicInterestReasoning());
			if (draft.thirdPartyNoticedOn() == null) {
				item.gap("Public-interest override without the written notice to the third party (Art. 32)");
			}
			else {
				item.fact("The third party was told in writing on " + draft.thirdPartyNoticedOn()
						+ " what is disclosed and why");
			}
		}
		for (Consultation c : consultations) {
			e.requireDelivery(item, NoticeKind.CONSULTATION_LETTER, c.number(), "征求意见书 " + c.number() + " to " + c.party());
		}
		if (!consultations.isEmpty()) {
			item.requireThat(e.hasLetter(DocumentKind.CONSULTATION_LETTER),
					"The consultation letters (征求意见书) are not among the case's documents");
		}
		return item.build(e, ArchiveSection.CONSULTATIONS);
	}

	/** §8.3(6), Art. 36(4)(5), Art. 10: what was searched, where, by whom — the ground of a NOT_EXIST reply. */
	static EvidenceCheck searchRecord(CaseEvidence e) {
		Item item = new Item(6, ArchiveSection.SEARCH_RECORD, ArchiveSection.SEARCH_RECORD.title());
		SearchRecord search = e.records().search();
		Outcome outcome = e.decidedOrDrafted();
		if (search != null) {
			item.fact("Searched on " + search.searchedOn() + " by " + search.recordedBy() + ": "
					+ orNone(search.sourcesSearched()) + "; keywords " + orNone(search.keywords()) + "; period "
					+ orNone(search.periodCovered()) + "; departments asked " + orNone(search.departmentsAsked())
					+ (search.found() ? "; found" : "; not found"));
		}
		for (Assistance a : e.assistance()) {
			item.fact(a.department() + " asked on " + a.askedOn() + " to search (协查): "
					+ (a.isPending() ? "no answer yet" : (a.found() ? "found" : "not found") + " on " + a.answeredOn()
							+ ", searched " + orNone(a.searched())));
		}
		if (outcome == Outcome.NOT_EXIST) {
			if (search == null) {
				item.gap("NOT_EXIST reply without a search record — " + GUIDING_CASE_101);
			}
			else {
				List<String> lacking = new ArrayList<>();
				if (blank(search.sourcesSearched())) {
					lacking.add("the systems and archives searched");
				}
				if (blank(search.keywords())) {
					lacking.add("the keywords");
				}
				if (blank(search.periodCovered())) {
					lacking.add("the date range searched");
				}
				if (blank(search.departmentsAsked()) && e.assistance().isEmpty()) {
					lacking.add("the departments asked");
				}
				if (!lacking.isEmpty()) {
					item.gap("NOT_EXIST reply without a search record naming " + String.join(", ", lacking) + " — "
							+ GUIDING_CASE_101);
				}
				if (search.found()) {
					item.gap("The search found the information, yet the reply says it does not exist (Art. 36(4))");
				}
			}
			e.assistance().stream().filter(Assistance::isPending).forEach(a -> item.gap(a.department()
					+ " has not answered the search request; a NOT_EXIST reply needs every search done"));
			e.assistance().stream().filter(a -> Boolean.TRUE.equals(a.found())).forEach(a -> item.gap(a.department()
					+ " found the information, yet the reply says it does not exist (Art. 36(4))"));
			return item.build(e, ArchiveSection.SEARCH_RECORD);
		}
		if (outcome == Outcome.NOT_RESPONSIBLE) {
			if (search == null) {
				item.fact("No search record; the reply rests on why this agency neither made nor keeps the "
						+ "information (Art. 10)");
			}
			item.requireThat(e.draft() != null && !blank(e.draft().reasons()),
					"NOT_RESPONSIBLE reply without the reasons why this agency neither made nor keeps the information (Art. 10)");
			return item.build(e, ArchiveSection.SEARCH_RECORD);
		}
		if (search == null && e.assistance().isEmpty()) {
			return item.notApplicable("No search record; only a NOT_EXIST or NOT_RESPONSIBLE reply rests on one");
		}
		return item.build(e, ArchiveSection.SEARCH_RECORD);
	}

	/** §8.3(7), Arts. 14–16, 36, 37: the article and paragraph, the reasons, and what was withheld and why. */
	static EvidenceCheck reasons(CaseEvidence e) {
		Item item = new Item(7, ArchiveSection.REASONS_AND_LEGAL_BASIS, ArchiveSection.REASONS_AND_LEGAL_BASIS.title());
		ReplyDraft draft = e.draft();
		Outcome outcome = e.outcome();
		if (outcome == Outcome.ABANDONED_NO_SUPPLEMENT || outcome == Outcome.ABANDONED_UNPAID) {
			item.fact("Deemed abandoned: " + outcome + " (" + outcome.article() + ")");
			return item.build(e, ArchiveSection.REASONS_AND_LEGAL_BASIS);
		}
		if (draft == null) {
			item.gap("No reply drafted yet: no outcome, legal basis or reasons");
			return item.build(e, ArchiveSection.REASONS_AND_LEGAL_BASIS);
		}
		item.fact("Outcome " + draft.outcome() + " on the legal basis " + draft.legalBasis() + " (draft v"
				+ draft.version() + " by " + draft.draftedBy() + ")");
		if (!blank(draft.reasons())) {
			item.fact("Reasons: " + draft.reasons());
		}
		if (!blank(draft.accessDetails())) {
			item.fact("Access: " + draft.accessDetails());
		}
		switch (draft.outcome()) {
			case DENY -> {
				if (draft.ground() == null) {
					item.gap("Refusal without its legal ground (Art. 36(3) with Arts. 14–16)");
				}
				else if (draft.ground().isDiscretionary()) {
					item.requireThat(!blank(draft.reasons()), "Refusal on the discretionary ground "
							+ draft.ground().article() + " without the reasons for choosing to withhold (Art. 16)");
				}
				item.requireThat(!blank(draft.reasons()), "Refusal without reasons (Art. 36(3))");
			}
			case PARTIAL -> {
				item.requireThat(!draft.withheldParts().isEmpty(),
						"Partial disclosure without the list of withheld parts (Art. 37)");
				for (WithheldPart part : draft.withheldParts()) {
					item.fact("Withheld: " + part.description() + " — " + part.ground() + " (" + part.ground().article()
							+ "): " + part.reasons());
					item.requireThat(!blank(part.reasons()), "Withheld part “" + part.description()
							+ "” without reasons (Art. 37)");
				}
			}
			case DISCLOSE, ALREADY_PUBLIC, PUBLICATION -> item.requireThat(!blank(draft.accessDetails()),
					"No statement of how, where and when the information is provided (" + draft.outcome().article() + ")");
			default -> item.requireThat(!blank(draft.reasons()) || draft.outcome() == Outcome.REPEAT,
					draft.outcome() + " reply without reasons (" + draft.outcome().article() + ")");
		}
		if (e.deliberation() != null) {
			Deliberation d = e.deliberation();
			item.fact("Joint deliberation (会商) on “" + d.topic() + "”: " + d.opinions().size() + " of "
					+ d.participants().size() + " opinions");
			item.requireThat(d.awaiting().isEmpty(), "The joint deliberation awaits " + String.join(", ", d.awaiting()));
		}
		if (e.art35() != null) {
			Art35Inquiry inquiry = e.art35();
			item.fact("Art. 35: reasons asked for on " + inquiry.askedOn() + " (" + inquiry.volume() + "); assessed "
					+ (inquiry.assessment() == null ? "not yet" : inquiry.assessment() + " by " + inquiry.assessedBy()));
		}
		return item.build(e, ArchiveSection.REASONS_AND_LEGAL_BASIS);
	}

	/** §8.3(8), Art. 17: the secrecy review (保密审查) before anything is disclosed. */
	static EvidenceCheck secrecyReview(CaseEvidence e, EvidenceSettings settings) {
		Item item = new Item(8, ArchiveSection.SECRECY_REVIEW, ArchiveSection.SECRECY_REVIEW.title());
		Outcome outcome = e.decidedOrDrafted();
		if (outcome != Outcome.DISCLOSE && outcome != Outcome.PARTIAL) {
			return item.notApplicable(outcome == null ? "No reply drafted yet; a secrecy review precedes a disclosure"
					: outcome + " discloses nothing new, so no secrecy review (Art. 17) is needed");
		}
		boolean filed = e.documents().stream().anyMatch(d -> d.section() == ArchiveSection.SECRECY_REVIEW);
		if (filed) {
			item.fact("A secrecy review record is filed in the case file");
			return item.build(e, ArchiveSection.SECRECY_REVIEW);
		}
		var approval = e.records().reviews().stream()
				.filter(r -> r.stage() == ReviewStage.REVIEW && r.verdict() == Verdict.APPROVE
						&& r.draftVersion() == e.draft().version())
				.reduce((first, second) -> second);
		if (settings.approvalCountsAsSecrecyReview() && approval.isPresent()) {
			item.fact("Reviewer " + approval.get().decidedBy() + " approved draft v" + approval.get().draftVersion()
					+ " at " + e.time(approval.get().decidedAt()) + "; this agency counts that review of a disclosing reply as "
					+ "its secrecy review (Art. 17; ogi.evidence.approval-counts-as-secrecy-review)");
		}
		else {
			item.gap("No secrecy review (保密审查) recorded before the disclosure (Art. 17)");
		}
		return item.build(e, ArchiveSection.SECRECY_REVIEW);
	}

	/** §8.3(9), Arts. 36–39, 复议法 Art. 23(四): the reply letter, approved, with the remedy paragraph. */
	static EvidenceCheck reply(CaseEvidence e) {
		Item item = new Item(9, ArchiveSection.REPLY, "答复书及审批 Reply and its approvals");
		Outcome outcome = e.outcome();
		if (outcome == Outcome.ABANDONED_NO_SUPPLEMENT || outcome == Outcome.ABANDONED_UNPAID) {
			return item.notApplicable("Deemed abandoned (" + outcome.article() + "): no reply letter is issued");
		}
		ReplyDraft draft = e.draft();
		if (draft == null) {
			item.gap("No reply drafted yet");
			return item.build(e, ArchiveSection.REPLY, ArchiveSection.APPROVALS);
		}
		boolean onTheSpot = e.state() != null && e.state().repliedOnTheSpot();
		List<ReviewDecision> decisions = e.records().reviews();
		for (ReviewDecision d : decisions) {
			item.fact(d.stage() + " of draft v" + d.draftVersion() + ": " + d.verdict() + " by " + d.decidedBy()
					+ " at " + e.time(d.decidedAt()) + (blank(d.reason()) ? "" : " — " + d.reason()));
		}
		if (onTheSpot) {
			item.fact("Answered on the spot by the clerk (Art. 33(1)); no review step applies");
		}
		else {
			item.requireThat(approvedAt(decisions, ReviewStage.REVIEW, draft.version()),
					"Draft v" + draft.version() + " has no reviewer's approval (审核)");
			if (draft.outcome().requiresHeadSignOff()) {
				item.requireThat(approvedAt(decisions, ReviewStage.SIGN_OFF, draft.version()), draft.outcome()
						+ " reply without the office head's sign-off");
			}
		}
		if (e.hasLetter(DocumentKind.REPLY_LETTER)) {
			item.fact("Reply letter (答复书) stored: names the request, the receipt date "
					+ e.application().receiptDate() + ", the outcome " + draft.outcome() + ", the legal basis "
					+ draft.legalBasis() + " and the remedy paragraph ("
					+ (draft.outcome().requiresReconsiderationFirst()
							? "reconsideration first, 复议法 Art. 23(四)"
							: "reconsideration within 60 days or a suit within 6 months")
					+ ")");
			replyLetterText(e).ifPresentOrElse(text -> {
				// What the letter says, not what the draft says it should: an agency's own template may drop a part.
				String basis = LegalCitations.legalBasis(draft.outcome(), draft.ground());
				// The whole citation as the sentence gives it: 《…条例》 alone must not pass for 《…条例》第三十六条….
				item.requireThat(text.contains("根据" + basis + "的规定"),
						"The reply letter does not cite its legal basis " + basis + " (Arts. 36–39)");
				Remedies.missingFrom(draft.outcome(), text)
						.forEach(missing -> item.gap("The reply letter's remedy paragraph lacks " + missing));
			}, () -> item.fact("The reply letter's text could not be read (no DOCX copy); its content is not checked"));
		}
		else {
			item.gap("No reply letter (答复书) issued yet");
		}
		return item.build(e, ArchiveSection.REPLY, ArchiveSection.APPROVALS);
	}

	/** The text of the latest reply letter's DOCX copy in the case file, if any. */
	static java.util.Optional<String> replyLetterText(CaseEvidence e) {
		return e.letters().stream()
				.filter(l -> l.kind() == DocumentKind.REPLY_LETTER && l.format() == DocumentFormat.DOCX)
				.max(Comparator.comparingLong(StoredDocument::id))
				.flatMap(l -> e.documents().stream().filter(d -> d.path().endsWith("/" + l.id() + "-" + l.fileName()))
						.findFirst())
				.flatMap(d -> LetterText.ofDocx(d.content()));
	}

	private static boolean approvedAt(List<ReviewDecision> decisions, ReviewStage stage, int version) {
		return decisions.stream().anyMatch(d -> d.stage() == stage && d.verdict() == Verdict.APPROVE
				&& d.draftVersion() == version);
	}

	/** §8.3(10), 国办公开办函〔2016〕235号: the proof of service each method needs, and the date that counts. */
	static EvidenceCheck delivery(CaseEvidence e) {
		Item item = new Item(10, ArchiveSection.DELIVERY, ArchiveSection.DELIVERY.title());
		Outcome outcome = e.outcome();
		if (outcome == Outcome.ABANDONED_NO_SUPPLEMENT || outcome == Outcome.ABANDONED_UNPAID) {
			return item.notApplicable("Deemed abandoned (" + outcome.article() + "): no reply to deliver");
		}
		Delivery d = e.records().delivery();
		if (d == null) {
			item.gap(e.draft() == null ? "No reply delivered yet: no proof of service"
					: "Reply drafted but not delivered yet: no proof of service");
			return item.build(e, ArchiveSection.DELIVERY);
		}
		switch (d.method()) {
			case IN_PERSON -> {
				item.fact("Delivered in person on " + d.deliveredOn() + ", signed for by " + orNone(d.recipient())
						+ "; the signing date counts");
				item.requireThat(!blank(d.recipient()),
						"Personal delivery without the recipient's signature (国办公开办函〔2016〕235号)");
			}
			case POST -> {
				item.fact("Posted through the postal service on " + d.deliveredOn() + " (交邮之日 counts), tracking number "
						+ orNone(d.trackingNumber()));
				item.requireThat(!blank(d.trackingNumber()),
						"Post delivery without a posting receipt (交邮 record with the postal tracking number)");
			}
			case ELECTRONIC -> {
				item.fact("Sent electronically on " + d.deliveredOn() + ", confirmed by the applicant on "
						+ orNone(d.confirmedOn() == null ? null : d.confirmedOn().toString()));
				item.requireThat(d.confirmedOn() != null,
						"Electronic delivery without the applicant's confirmation of receipt");
			}
		}
		item.fact("Recorded by " + d.recordedBy() + " at " + e.time(d.recordedAt()));
		LocalDate due = replyDue(e.records().ledger());
		if (due != null) {
			if (ReplyTimeliness.of(due, d.deliveredOn(), e.today()).late()) {
				item.gap("Delivered " + d.deliveredOn() + ", after the reply due date " + due + " (Art. 33(2))");
			}
			else {
				item.fact("Delivered within the reply period ending " + due + " (Art. 33(2))");
			}
		}
		return item.build(e, ArchiveSection.DELIVERY);
	}

	/** The last reply due date the ledger computed. */
	static LocalDate replyDue(List<Deadline> ledger) {
		return ledger.stream().filter(d -> d.kind() == DeadlineKind.REPLY).max(Comparator.comparing(Deadline::id,
				Comparator.nullsFirst(Comparator.naturalOrder()))).map(Deadline::dueDate).orElse(null);
	}

	/** §8.3(11), 国办函〔2020〕109号: the notice, the calculation, and the payment or its expiry. */
	static EvidenceCheck fees(CaseEvidence e) {
		Item item = new Item(11, ArchiveSection.FEES, ArchiveSection.FEES.title());
		List<FeeNotice> notices = e.records().fees();
		if (notices.isEmpty()) {
			return item.notApplicable("No fee was charged");
		}
		for (FeeNotice n : notices) {
			item.fact("Fee notice " + n.number() + " of " + n.noticedOn() + ": " + n.method() + ", quantity " + n.quantity()
					+ ", " + n.amount() + " yuan (" + orNone(n.basis()) + "), payable until " + n.payableUntil());
			item.requireThat(!blank(n.basis()), "Fee notice " + n.number() + " without its calculation basis");
			if (n.paidOn() != null) {
				item.fact("Paid on " + n.paidOn());
			}
			else if (e.abandoned()) {
				item.fact("Not paid by " + n.payableUntil() + ": deemed abandoned (F-5)");
			}
			else if (n.payableUntil() != null && !e.today().isAfter(n.payableUntil())) {
				item.fact("The payment window runs until " + n.payableUntil());
			}
			else {
				item.gap("Fee notice " + n.number() + " neither paid nor closed after " + n.payableUntil());
			}
		}
		item.requireThat(e.hasLetter(DocumentKind.FEE_NOTICE),
				"The fee notice (收费通知书) is not among the case's documents");
		return item.build(e, ArchiveSection.FEES);
	}

	/** §8.3(12): every state change with user and time (全过程留痕). */
	static EvidenceCheck auditTrail(CaseEvidence e) {
		Item item = new Item(12, ArchiveSection.AUDIT_TRAIL, ArchiveSection.AUDIT_TRAIL.title());
		List<AuditEntry> trail = e.records().audit();
		if (trail.isEmpty()) {
			item.gap("The case has no audit trail");
			return item.build(e, ArchiveSection.AUDIT_TRAIL, ArchiveSection.DEADLINE_LEDGER);
		}
		item.fact(trail.size() + " entries from " + e.time(trail.get(0).at()) + " (" + trail.get(0).action() + ") to "
				+ e.time(trail.get(trail.size() - 1).at()) + " (" + trail.get(trail.size() - 1).action() + ")");
		long anonymous = trail.stream().filter(a -> blank(a.actor()) || a.at() == null).count();
		item.requireThat(anonymous == 0, anonymous + " audit entries name no user or time");
		item.fact(e.records().ledger().size() + " deadline ledger entries, each with its start, length, basis and due date");
		return item.build(e, ArchiveSection.AUDIT_TRAIL, ArchiveSection.DEADLINE_LEDGER);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String orNone(String value) {
		return blank(value) ? "(none)" : value;
	}

	/** An item under construction. */
	private static final class Item {

		final int number;

		final ArchiveSection section;

		final String title;

		final List<String> facts = new ArrayList<>();

		final List<String> gaps = new ArrayList<>();

		Item(int number, ArchiveSection section, String title) {
			this.number = number;
			this.section = section;
			this.title = title;
		}

		void fact(String fact) {
			facts.add(fact);
		}

		void gap(String gap) {
			gaps.add(gap);
		}

		void requireThat(boolean holds, String gap) {
			if (!holds) {
				gaps.add(gap);
			}
		}

		EvidenceCheck notApplicable(String reason) {
			return new EvidenceCheck(number, section, title, EvidenceCheck.Status.NOT_APPLICABLE, reason, List.of(),
					List.of(), List.of());
		}

		EvidenceCheck build(CaseEvidence e, ArchiveSection... sections) {
			Set<ArchiveSection> wanted = Set.of(sections);
			var proofs = new ArrayList<>(e.documents().stream().filter(d -> wanted.contains(d.section()))
					.map(d -> new EvidenceCheck.Proof(d.path(), d.title(), d.sha256())).toList());
			// A correction appended after sealing belongs to the item whose document it corrects; whether it cures a
			// gap is for legal staff to judge, so it is listed, not counted.
			for (Manifest.Entry correction : e.corrections()) {
				String corrects = correction.correction() == null ? null : correction.correction().corrects();
				if (corrects != null && wanted.stream().anyMatch(s -> corrects.startsWith(s.folder() + "/"))) {
					proofs.add(new EvidenceCheck.Proof(correction.path(), correction.title(), correction.sha256()));
					fact("Appended after sealing on " + e.time(correction.correction().recordedAt()) + " by "
							+ correction.correction().recordedBy() + ", correcting " + corrects + ": "
							+ correction.correction().reason());
				}
			}
			boolean missing = !gaps.isEmpty();
			String reason = String.join("; ", missing ? gaps : facts);
			return new EvidenceCheck(number, section, title,
					missing ? EvidenceCheck.Status.MISSING : EvidenceCheck.Status.PRESENT, reason, facts, gaps, proofs);
		}
	}
}
