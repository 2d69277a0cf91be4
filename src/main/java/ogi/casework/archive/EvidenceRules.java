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

	/** SPC Guiding Case 101 (最高人民法院指导案例101号): a NOT_EXIST reply rests on a sufficient and reasonable search. */
	static final Finding GUIDING_CASE_101 = Finding.of("ev.f.guidingCase101");

	private EvidenceRules() {
	}

	/** A notice's proof of delivery in words, from its method and dates (as {@link NoticeDelivery#proof()} says it). */
	static Finding proof(NoticeDelivery d) {
		return switch (d.method()) {
			case POST -> Finding.of("ev.f.proof.POST", d.deliveredOn(), d.trackingNumber());
			case ELECTRONIC -> Finding.of("ev.f.proof.ELECTRONIC", d.deliveredOn(), d.confirmedOn());
			case IN_PERSON -> d.recipient() == null ? Finding.of("ev.f.proof.IN_PERSON", d.deliveredOn())
					: Finding.of("ev.f.proof.IN_PERSON.signed", d.deliveredOn(), d.recipient());
		};
	}

	/** Art. 31: which date fixed the receipt date, in words (as {@link Application#receiptExplanation()} says it). */
	static Finding howFixed(Application a) {
		if (a.awaitingConfirmation()) {
			return Finding.of("ev.f.howFixed.awaiting", a.submittedOn());
		}
		return switch (a.channel()) {
			case IN_PERSON -> Finding.of("ev.f.howFixed.IN_PERSON", a.submittedOn());
			case POST_SIGNED -> Finding.of("ev.f.howFixed.POST_SIGNED", a.signedForOn());
			case POST_UNSIGNED -> Finding.of("ev.f.howFixed.POST_UNSIGNED", a.arrivedOn(), a.confirmedOn());
			case INTERNET -> Finding.of("ev.f.howFixed.INTERNET", a.submittedOn(), a.confirmedOn());
			case FAX -> Finding.of("ev.f.howFixed.FAX", a.arrivedOn(), a.confirmedOn());
		};
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
		java.util.Optional<NoticeDelivery> requireDelivery(Item item, NoticeKind notice, long reference, Finding what) {
			var delivery = noticeDeliveries.stream()
				.filter(d -> d.notice() == notice && d.reference() == reference).findFirst();
			delivery.ifPresentOrElse(d -> item.fact("ev.f.notice.delivered", what, proof(d)),
					() -> item.gap("ev.f.notice.undelivered", what, Finding.article(notice.article())));
			return delivery;
		}

		/** An instant as the agency's local date and time. */
		Object time(Instant instant) {
			return instant == null ? Finding.of("ev.f.noTime") : TIME.format(instant.atZone(zone));
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

	static List<EvidenceFindings> check(CaseEvidence evidence, WorkingDays workingDays, EvidenceSettings settings) {
		return List.of(receipt(evidence), application(evidence), supplement(evidence, workingDays),
				extension(evidence), consultations(evidence), searchRecord(evidence), reasons(evidence),
				secrecyReview(evidence, settings), reply(evidence), delivery(evidence), fees(evidence),
				auditTrail(evidence));
	}

	/** §8.3(1), Art. 31: channel, receipt date and the evidence the channel needs. */
	static EvidenceFindings receipt(CaseEvidence e) {
		Application a = e.application();
		Item item = new Item(1, ArchiveSection.RECEIPT_PROOF);
		item.fact("ev.f.receipt.received", a.channel(), howFixed(a), a.receiptDate(), a.receivedBy(),
				e.time(a.receivedAt()));
		if (a.receiptDate() == null) {
			item.gap("ev.f.receipt.noDate");
		}
		switch (a.channel()) {
			case IN_PERSON -> item.requireThat(a.submittedOn() != null, "ev.f.receipt.IN_PERSON");
			case POST_SIGNED -> item.requireThat(a.signedForOn() != null, "ev.f.receipt.POST_SIGNED");
			case POST_UNSIGNED -> item.requireThat(a.arrivedOn() != null && a.confirmedOn() != null,
					"ev.f.receipt.POST_UNSIGNED");
			case INTERNET -> item.requireThat(a.confirmedOn() != null, "ev.f.receipt.INTERNET");
			case FAX -> item.requireThat(a.confirmedOn() != null, "ev.f.receipt.FAX");
		}
		if (e.hasLetter(DocumentKind.ACKNOWLEDGEMENT)) {
			item.fact("ev.f.receipt.acknowledgement");
		}
		return item.build(e, ArchiveSection.RECEIPT_PROOF);
	}

	/** §8.3(2), Art. 29: the application as received, with the applicant's identity and contact. */
	static EvidenceFindings application(CaseEvidence e) {
		Application a = e.application();
		Item item = new Item(2, ArchiveSection.APPLICATION);
		item.fact(a.documentNumber() == null ? "ev.f.application.asks" : "ev.f.application.asksDocument",
				a.applicantName(), a.applicantType(), a.idDocumentType(), a.idNumber(), a.requestedInformation(),
				a.documentNumber());
		item.requireThat(!blank(a.applicantName()), "ev.f.application.noApplicant");
		item.requireThat(!blank(a.idNumber()), "ev.f.application.noIdNumber");
		item.requireThat(!blank(a.phone()) || !blank(a.email()) || !blank(a.address()), "ev.f.application.noContact");
		item.requireThat(!blank(a.requestedInformation()), "ev.f.application.noDescription");
		return item.build(e, ArchiveSection.APPLICATION);
	}

	/** §8.3(3), Art. 30 (T1, T2): one notice within 7 working days listing everything, and the supplement or none. */
	static EvidenceFindings supplement(CaseEvidence e, WorkingDays workingDays) {
		List<Supplement> supplements = e.records().supplements();
		Item item = new Item(3, ArchiveSection.SUPPLEMENT);
		if (supplements.isEmpty()) {
			return item.notApplicable("ev.f.supplement.none");
		}
		if (supplements.size() > 1) {
			item.gap("ev.f.supplement.several", supplements.size());
		}
		LocalDate receipt = e.application().receiptDate();
		// the last notice's period ends when the ledger last counted it: a calendar change may have moved it past the
		// notice's date (never before it), and the abandonment was decided on that day
		LocalDate periodInForce = e.records().ledger().stream().filter(d -> d.kind() == DeadlineKind.SUPPLEMENT)
			.reduce((first, second) -> second).map(Deadline::dueDate).orElse(null);
		for (Supplement s : supplements) {
			LocalDate ends = s == supplements.get(supplements.size() - 1) && periodInForce != null ? periodInForce
					: s.dueOn();
			if (receipt == null || s.noticedOn() == null) {
				item.gap("ev.f.supplement.noDates");
				continue;
			}
			int days = workingDays.between(receipt, s.noticedOn());
			if (days <= e.supplementNoticeWorkingDays()) {
				item.fact("ev.f.supplement.inTime", s.noticedOn(), days);
			}
			else {
				item.gap("ev.f.supplement.late", s.noticedOn(), days, e.supplementNoticeWorkingDays());
			}
			item.fact("ev.f.supplement.asked", s.items(), s.dueOn(), s.noticedBy());
			item.requireThat(!blank(s.items()), "ev.f.supplement.noItems", s.noticedOn());
			item.requireThat(s.dueOn() != null, "ev.f.supplement.noPeriod", s.noticedOn());
			if (s.receivedOn() != null) {
				item.fact("ev.f.supplement.received", s.receivedOn(), s.receivedBy(), s.content());
			}
			else if (e.abandoned()) {
				item.fact("ev.f.supplement.abandoned", ends);
			}
			else if (ends != null && !e.today().isAfter(ends)) {
				item.fact("ev.f.supplement.running", ends);
			}
			else {
				item.gap("ev.f.supplement.unclosed", ends);
			}
		}
		for (Supplement s : supplements) {
			if (s.id() != null) {
				e.requireDelivery(item, NoticeKind.SUPPLEMENT_NOTICE, s.id(),
						Finding.of("ev.f.supplement.notice", s.noticedOn()));
			}
		}
		item.requireThat(e.hasLetter(DocumentKind.SUPPLEMENT_NOTICE), "ev.f.supplement.noLetter");
		return item.build(e, ArchiveSection.SUPPLEMENT);
	}

	/** §8.3(4), Art. 33(2) (T4) and Art. 35 (T7): the head's approval and the notice by the original due date. */
	static EvidenceFindings extension(CaseEvidence e) {
		Item item = new Item(4, ArchiveSection.EXTENSION);
		List<Extension> approved = e.records().extensions().stream()
				.filter(x -> x.status() == Extension.Status.APPROVED).toList();
		e.records().extensions().stream().filter(x -> x.status() != Extension.Status.APPROVED)
				.forEach(x -> item.fact(x.decidedBy() == null ? "ev.f.extension.other" : "ev.f.extension.otherBy",
						x.kind(), x.workingDays(), Finding.dual(x.status().name().toLowerCase(java.util.Locale.ROOT), x.status()), x.reason(),
						x.decidedBy()));
		if (approved.isEmpty()) {
			return item.facts.isEmpty() ? item.notApplicable("ev.f.extension.none")
					: item.notApplicable("ev.f.extension.noneBut", new Finding.Joined(item.facts));
		}
		for (Extension x : approved) {
			item.fact("ev.f.extension.approved", x.kind(), x.workingDays(), Finding.article(x.kind().basis()),
					x.reason(), x.decidedBy(), x.decidedOn(), x.noticedOn());
			item.requireThat(!blank(x.decidedBy()) && x.decidedOn() != null, "ev.f.extension.noApproval", x.number());
			if (x.noticedOn() == null) {
				item.gap("ev.f.extension.noNotice", x.number());
				continue;
			}
			// the end of the period it extends as the legal dates known now put it (a fact keyed in after the approval
			// may have brought it before the notice), else as the ledger held it at the approval
			var late = e.records().lateExtensions().stream().filter(l -> l.extension().number() == x.number())
				.findFirst();
			LocalDate originalDue = late.map(ogi.casework.deadlines.LateExtension::periodEnded)
				.orElseGet(() -> dueBefore(e.records().ledger(), x));
			if (originalDue == null) {
				item.fact("ev.f.extension.dueUnknown", x.number());
			}
			else if (x.noticedOn().isAfter(originalDue)) {
				item.gap("ev.f.extension.noticedLate", x.noticedOn(), originalDue);
			}
			else {
				item.fact("ev.f.extension.noticedInTime", x.noticedOn(), originalDue);
			}
		}
		for (Extension x : approved) {
			if (x.noticedOn() != null) {
				LocalDate originalDue = dueBefore(e.records().ledger(), x);
				e.requireDelivery(item, NoticeKind.EXTENSION_NOTICE, x.number(),
						Finding.of("ev.f.extension.notice", x.number()))
					// a notice already dated too late is reported above; here, one dated in time that arrived late
					.filter(d -> originalDue != null && !x.noticedOn().isAfter(originalDue)
							&& d.effectiveOn().isAfter(originalDue))
					.ifPresent(d -> item.gap("ev.f.extension.reachedLate", x.number(), d.effectiveOn(), originalDue));
			}
		}
		// Art. 33(2) and Art. 35 are different letters: each kind approved needs its own.
		approved.stream().map(x -> DocumentKind.noticeOf(x.kind())).distinct()
				.forEach(kind -> item.requireThat(e.hasLetter(kind), kind == DocumentKind.EXTENSION_NOTICE
						? "ev.f.extension.noLetter" : "ev.f.extension.noDelayLetter", kind.title(),
						Finding.article(kind.article())));
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
	static EvidenceFindings consultations(CaseEvidence e) {
		Item item = new Item(5, ArchiveSection.CONSULTATIONS);
		List<Consultation> consultations = e.records().consultations();
		ReplyDraft draft = e.draft();
		boolean override = draft != null && !blank(draft.publicInterestReasoning());
		if (consultations.isEmpty() && !override) {
			return item.notApplicable("ev.f.consultation.none");
		}
		for (Consultation c : consultations) {
			Finding.Article article = Finding.article(c.kind() == ConsultationKind.THIRD_PARTY ? "Art. 32" : "Art. 34");
			item.fact("ev.f.consultation.sent", c.number(), c.party(), article, c.sentOn());
			if (c.opinion() == null) {
				item.gap("ev.f.consultation.noAnswer", c.party(), article);
			}
			else if (c.opinion() == Opinion.NO_ANSWER) {
				item.fact(c.kind() == ConsultationKind.THIRD_PARTY ? "ev.f.consultation.silentThirdParty"
						: "ev.f.consultation.silentAgency", c.party());
			}
			else {
				item.fact("ev.f.consultation.answered", c.party(), c.opinion(), c.answeredOn(), c.answer());
			}
		}
		for (Pause p : e.records().pauses()) {
			if (p.kind() == PauseKind.THIRD_PARTY_CONSULTATION || p.kind() == PauseKind.AGENCY_CONSULTATION) {
				item.fact(p.endedOn() == null ? "ev.f.consultation.pauseRunning" : "ev.f.consultation.pause",
						p.startedOn(), p.endedOn() == null ? p.plannedEnd() : p.endedOn(), Finding.article(p.kind().basis()));
			}
		}
		if (override) {
			item.fact("ev.f.consultation.override", draft.publicInterestReasoning());
			if (draft.thirdPartyNoticedOn() == null) {
				item.gap("ev.f.consultation.overrideUnnoticed");
			}
			else {
				item.fact("ev.f.consultation.overrideNoticed", draft.thirdPartyNoticedOn());
			}
		}
		for (Consultation c : consultations) {
			e.requireDelivery(item, NoticeKind.CONSULTATION_LETTER, c.number(),
					Finding.of("ev.f.consultation.letter", c.number(), c.party()));
		}
		if (!consultations.isEmpty()) {
			item.requireThat(e.hasLetter(DocumentKind.CONSULTATION_LETTER), "ev.f.consultation.noLetters");
		}
		return item.build(e, ArchiveSection.CONSULTATIONS);
	}

	/** §8.3(6), Art. 36(4)(5), Art. 10: what was searched, where, by whom — the ground of a NOT_EXIST reply. */
	static EvidenceFindings searchRecord(CaseEvidence e) {
		Item item = new Item(6, ArchiveSection.SEARCH_RECORD);
		SearchRecord search = e.records().search();
		Outcome outcome = e.decidedOrDrafted();
		if (search != null) {
			item.fact(search.found() ? "ev.f.search.found" : "ev.f.search.notFound", search.searchedOn(),
					search.recordedBy(), orNone(search.sourcesSearched()), orNone(search.keywords()),
					orNone(search.periodCovered()), orNone(search.departmentsAsked()));
		}
		for (Assistance a : e.assistance()) {
			item.fact(a.isPending() ? "ev.f.search.assistancePending"
					: a.found() ? "ev.f.search.assistanceFound" : "ev.f.search.assistanceNotFound", a.department(),
					a.askedOn(), a.answeredOn(), orNone(a.searched()));
		}
		if (outcome == Outcome.NOT_EXIST) {
			if (search == null) {
				item.gap("ev.f.search.none", GUIDING_CASE_101);
			}
			else {
				List<Finding> lacking = new ArrayList<>();
				if (blank(search.sourcesSearched())) {
					lacking.add(Finding.of("ev.f.search.lacking.sources"));
				}
				if (blank(search.keywords())) {
					lacking.add(Finding.of("ev.f.search.lacking.keywords"));
				}
				if (blank(search.periodCovered())) {
					lacking.add(Finding.of("ev.f.search.lacking.period"));
				}
				if (blank(search.departmentsAsked()) && e.assistance().isEmpty()) {
					lacking.add(Finding.of("ev.f.search.lacking.departments"));
				}
				if (!lacking.isEmpty()) {
					item.gap("ev.f.search.lacking", lacking, GUIDING_CASE_101);
				}
				if (search.found()) {
					item.gap("ev.f.search.foundYetNotExist");
				}
			}
			e.assistance().stream().filter(Assistance::isPending)
					.forEach(a -> item.gap("ev.f.search.assistanceUnanswered", a.department()));
			e.assistance().stream().filter(a -> Boolean.TRUE.equals(a.found()))
					.forEach(a -> item.gap("ev.f.search.assistanceFoundYetNotExist", a.department()));
			return item.build(e, ArchiveSection.SEARCH_RECORD);
		}
		if (outcome == Outcome.NOT_RESPONSIBLE) {
			if (search == null) {
				item.fact("ev.f.search.notResponsible");
			}
			item.requireThat(e.draft() != null && !blank(e.draft().reasons()), "ev.f.search.notResponsibleNoReasons");
			return item.build(e, ArchiveSection.SEARCH_RECORD);
		}
		if (search == null && e.assistance().isEmpty()) {
			return item.notApplicable("ev.f.search.notNeeded");
		}
		return item.build(e, ArchiveSection.SEARCH_RECORD);
	}

	/** §8.3(7), Arts. 14–16, 36, 37: the article and paragraph, the reasons, and what was withheld and why. */
	static EvidenceFindings reasons(CaseEvidence e) {
		Item item = new Item(7, ArchiveSection.REASONS_AND_LEGAL_BASIS);
		ReplyDraft draft = e.draft();
		Outcome outcome = e.outcome();
		if (outcome == Outcome.ABANDONED_NO_SUPPLEMENT || outcome == Outcome.ABANDONED_UNPAID) {
			item.fact("ev.f.reasons.abandoned", outcome, Finding.article(outcome.article()));
			return item.build(e, ArchiveSection.REASONS_AND_LEGAL_BASIS);
		}
		if (draft == null) {
			item.gap("ev.f.reasons.noDraft");
			return item.build(e, ArchiveSection.REASONS_AND_LEGAL_BASIS);
		}
		item.fact("ev.f.reasons.outcome", draft.outcome(), legalBasis(draft), draft.version(), draft.draftedBy());
		if (!blank(draft.reasons())) {
			item.fact("ev.f.reasons.reasons", draft.reasons());
		}
		if (!blank(draft.accessDetails())) {
			item.fact("ev.f.reasons.access", draft.accessDetails());
		}
		switch (draft.outcome()) {
			case DENY -> {
				if (draft.ground() == null) {
					item.gap("ev.f.reasons.refusalNoGround");
				}
				else if (draft.ground().isDiscretionary()) {
					item.requireThat(!blank(draft.reasons()), "ev.f.reasons.discretionaryNoReasons",
							Finding.article(draft.ground().article()));
				}
				item.requireThat(!blank(draft.reasons()), "ev.f.reasons.refusalNoReasons");
			}
			case PARTIAL -> {
				item.requireThat(!draft.withheldParts().isEmpty(), "ev.f.reasons.partialNoParts");
				for (WithheldPart part : draft.withheldParts()) {
					item.fact("ev.f.reasons.withheld", part.description(), part.ground(),
							Finding.article(part.ground().article()), part.reasons());
					item.requireThat(!blank(part.reasons()), "ev.f.reasons.withheldNoReasons", part.description());
				}
			}
			case DISCLOSE, ALREADY_PUBLIC, PUBLICATION -> item.requireThat(!blank(draft.accessDetails()),
					"ev.f.reasons.noAccess", Finding.article(draft.outcome().article()));
			default -> item.requireThat(!blank(draft.reasons()) || draft.outcome() == Outcome.REPEAT,
					"ev.f.reasons.noReasons", draft.outcome(), Finding.article(draft.outcome().article()));
		}
		if (e.deliberation() != null) {
			Deliberation d = e.deliberation();
			item.fact("ev.f.reasons.deliberation", d.topic(), d.opinions().size(), d.participants().size());
			item.requireThat(d.awaiting().isEmpty(), "ev.f.reasons.deliberationAwaits", d.awaiting());
		}
		if (e.art35() != null) {
			Art35Inquiry inquiry = e.art35();
			if (inquiry.assessment() == null) {
				item.fact("ev.f.reasons.art35", inquiry.askedOn(), inquiry.volume());
			}
			else {
				item.fact("ev.f.reasons.art35Assessed", inquiry.askedOn(), inquiry.volume(), inquiry.assessment(),
						inquiry.assessedBy());
			}
		}
		return item.build(e, ArchiveSection.REASONS_AND_LEGAL_BASIS);
	}

	/** §8.3(8), Art. 17: the secrecy review (保密审查) before anything is disclosed. */
	static EvidenceFindings secrecyReview(CaseEvidence e, EvidenceSettings settings) {
		Item item = new Item(8, ArchiveSection.SECRECY_REVIEW);
		Outcome outcome = e.decidedOrDrafted();
		if (outcome != Outcome.DISCLOSE && outcome != Outcome.PARTIAL) {
			return outcome == null ? item.notApplicable("ev.f.secrecy.noDraft")
					: item.notApplicable("ev.f.secrecy.notNeeded", outcome);
		}
		boolean filed = e.documents().stream().anyMatch(d -> d.section() == ArchiveSection.SECRECY_REVIEW);
		if (filed) {
			item.fact("ev.f.secrecy.filed");
			return item.build(e, ArchiveSection.SECRECY_REVIEW);
		}
		var approval = e.records().reviews().stream()
				.filter(r -> r.stage() == ReviewStage.REVIEW && r.verdict() == Verdict.APPROVE
						&& r.draftVersion() == e.draft().version())
				.reduce((first, second) -> second);
		if (settings.approvalCountsAsSecrecyReview() && approval.isPresent()) {
			// the agency's choice (ogi.evidence.approval-counts-as-secrecy-review), worded without the setting's name
			item.fact("ev.f.secrecy.approvalCounts", approval.get().decidedBy(), approval.get().draftVersion(),
					e.time(approval.get().decidedAt()));
		}
		else {
			item.gap("ev.f.secrecy.none");
		}
		return item.build(e, ArchiveSection.SECRECY_REVIEW);
	}

	/** §8.3(9), Arts. 36–39, 复议法 Art. 23(四): the reply letter, approved, with the remedy paragraph. */
	static EvidenceFindings reply(CaseEvidence e) {
		Item item = new Item(9, ArchiveSection.REPLY);
		Outcome outcome = e.outcome();
		if (outcome == Outcome.ABANDONED_NO_SUPPLEMENT || outcome == Outcome.ABANDONED_UNPAID) {
			return item.notApplicable("ev.f.reply.abandoned", Finding.article(outcome.article()));
		}
		ReplyDraft draft = e.draft();
		if (draft == null) {
			item.gap("ev.f.reply.noDraft");
			return item.build(e, ArchiveSection.REPLY, ArchiveSection.APPROVALS);
		}
		boolean onTheSpot = e.state() != null && e.state().repliedOnTheSpot();
		List<ReviewDecision> decisions = e.records().reviews();
		for (ReviewDecision d : decisions) {
			item.fact(blank(d.reason()) ? "ev.f.reply.decision" : "ev.f.reply.decisionWithReason", d.stage(),
					d.draftVersion(), d.verdict(), d.decidedBy(), e.time(d.decidedAt()), d.reason());
		}
		if (onTheSpot) {
			item.fact("ev.f.reply.onTheSpot");
		}
		else {
			item.requireThat(approvedAt(decisions, ReviewStage.REVIEW, draft.version()), "ev.f.reply.noReview",
					draft.version());
			if (draft.outcome().requiresHeadSignOff()) {
				item.requireThat(approvedAt(decisions, ReviewStage.SIGN_OFF, draft.version()), "ev.f.reply.noSignOff",
						draft.outcome());
			}
		}
		if (e.hasLetter(DocumentKind.REPLY_LETTER)) {
			item.fact("ev.f.reply.letter", e.application().receiptDate(), draft.outcome(), legalBasis(draft),
					Finding.of(draft.outcome().requiresReconsiderationFirst() ? "ev.f.reply.remedy.first"
							: "ev.f.reply.remedy.either"));
			replyLetterText(e).ifPresentOrElse(text -> {
				// What the letter says, not what the draft says it should: an agency's own template may drop a part.
				String basis = LegalCitations.legalBasis(draft.outcome(), draft.ground());
				// The whole citation as the sentence gives it: 《…条例》 alone must not pass for 《…条例》第三十六条….
				item.requireThat(text.contains("根据" + basis + "的规定"), "ev.f.reply.basisNotCited", basis);
				Remedies.missingParts(draft.outcome(), text)
						.forEach(missing -> item.gap("ev.f.reply.remedyLacks", missing));
			}, () -> item.fact("ev.f.reply.unreadable"));
		}
		else {
			item.gap("ev.f.reply.noLetter");
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
	static EvidenceFindings delivery(CaseEvidence e) {
		Item item = new Item(10, ArchiveSection.DELIVERY);
		Outcome outcome = e.outcome();
		if (outcome == Outcome.ABANDONED_NO_SUPPLEMENT || outcome == Outcome.ABANDONED_UNPAID) {
			return item.notApplicable("ev.f.delivery.abandoned", Finding.article(outcome.article()));
		}
		Delivery d = e.records().delivery();
		if (d == null) {
			item.gap(e.draft() == null ? "ev.f.delivery.noReply" : "ev.f.delivery.notYet");
			return item.build(e, ArchiveSection.DELIVERY);
		}
		switch (d.method()) {
			case IN_PERSON -> {
				item.fact("ev.f.delivery.inPerson", d.deliveredOn(), orNone(d.recipient()));
				item.requireThat(!blank(d.recipient()), "ev.f.delivery.inPersonNoSignature");
			}
			case POST -> {
				item.fact("ev.f.delivery.post", d.deliveredOn(), orNone(d.trackingNumber()));
				item.requireThat(!blank(d.trackingNumber()), "ev.f.delivery.postNoReceipt");
			}
			case ELECTRONIC -> {
				item.fact("ev.f.delivery.electronic", d.deliveredOn(),
						d.confirmedOn() == null ? Finding.of("ev.f.none") : d.confirmedOn());
				item.requireThat(d.confirmedOn() != null, "ev.f.delivery.electronicUnconfirmed");
			}
		}
		item.fact("ev.f.delivery.recorded", d.recordedBy(), e.time(d.recordedAt()));
		LocalDate due = replyDue(e.records().ledger());
		if (due != null) {
			if (ReplyTimeliness.of(due, d.deliveredOn(), e.today()).late()) {
				item.gap("ev.f.delivery.late", d.deliveredOn(), due);
			}
			else {
				item.fact("ev.f.delivery.inTime", due);
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
	static EvidenceFindings fees(CaseEvidence e) {
		Item item = new Item(11, ArchiveSection.FEES);
		List<FeeNotice> notices = e.records().fees();
		if (notices.isEmpty()) {
			return item.notApplicable("ev.f.fees.none");
		}
		for (FeeNotice n : notices) {
			item.fact("ev.f.fees.notice", n.number(), n.noticedOn(), n.method(), n.quantity(), n.amount().toPlainString(),
					feeBasis(n), n.payableUntil());
			item.requireThat(!blank(n.basis()), "ev.f.fees.noBasis", n.number());
			if (n.paidOn() != null) {
				item.fact("ev.f.fees.paid", n.paidOn());
			}
			else if (e.abandoned()) {
				item.fact("ev.f.fees.abandoned", n.payableUntil());
			}
			else if (n.payableUntil() != null && !e.today().isAfter(n.payableUntil())) {
				item.fact("ev.f.fees.running", n.payableUntil());
			}
			else {
				item.gap("ev.f.fees.unclosed", n.number(), n.payableUntil());
			}
		}
		item.requireThat(e.hasLetter(DocumentKind.FEE_NOTICE), "ev.f.fees.noLetter");
		return item.build(e, ArchiveSection.FEES);
	}

	/** §8.3(12): every state change with user and time (全过程留痕). */
	static EvidenceFindings auditTrail(CaseEvidence e) {
		Item item = new Item(12, ArchiveSection.AUDIT_TRAIL);
		List<AuditEntry> trail = e.records().audit();
		if (trail.isEmpty()) {
			item.gap("ev.f.audit.none");
			return item.build(e, ArchiveSection.AUDIT_TRAIL, ArchiveSection.DEADLINE_LEDGER);
		}
		AuditEntry first = trail.get(0);
		AuditEntry last = trail.get(trail.size() - 1);
		item.fact("ev.f.audit.entries", trail.size(), e.time(first.at()), auditAction(first), e.time(last.at()),
				auditAction(last));
		long anonymous = trail.stream().filter(a -> blank(a.actor()) || a.at() == null).count();
		item.requireThat(anonymous == 0, "ev.f.audit.anonymous", anonymous);
		item.fact("ev.f.audit.ledger", e.records().ledger().size());
		return item.build(e, ArchiveSection.AUDIT_TRAIL, ArchiveSection.DEADLINE_LEDGER);
	}

	/**
	 * A fee notice's calculation basis: as the fees module wrote it in English; in Chinese the tariff of its method as
	 * 国办函〔2020〕109号 Arts. 4–5 state it (the words the fees module adds to the English basis are not repeated).
	 */
	static Object feeBasis(FeeNotice n) {
		return blank(n.basis()) ? orNone(n.basis())
				: Finding.dual(n.basis(), Finding.of("ev.tariff." + n.method().name()));
	}

	/** An audit line's action: its code in English, its label on the pages in Chinese. */
	static Finding.Label auditAction(AuditEntry entry) {
		return new Finding.Label("audit.", entry.action(), "audit.other");
	}

	/** A reply's legal basis: as the engine names it in English ("Art. 36(3) + Art. 16(1)"), as a letter cites it in Chinese. */
	static Finding.Dual legalBasis(ReplyDraft draft) {
		return Finding.dual(draft.legalBasis(), LegalCitations.legalBasis(draft.outcome(), draft.ground()));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static Object orNone(String value) {
		return blank(value) ? Finding.of("ev.f.none") : value;
	}

	/** An item under construction: its findings as message keys with arguments. */
	private static final class Item {

		final int number;

		final ArchiveSection section;

		final List<Finding> facts = new ArrayList<>();

		final List<Finding> gaps = new ArrayList<>();

		Item(int number, ArchiveSection section) {
			this.number = number;
			this.section = section;
		}

		void fact(String key, Object... args) {
			facts.add(Finding.of(key, args));
		}

		void gap(String key, Object... args) {
			gaps.add(Finding.of(key, args));
		}

		void requireThat(boolean holds, String key, Object... args) {
			if (!holds) {
				gap(key, args);
			}
		}

		EvidenceFindings notApplicable(String key, Object... args) {
			return new EvidenceFindings(number, section, EvidenceCheck.Status.NOT_APPLICABLE, Finding.of(key, args),
					List.of(), List.of(), List.of());
		}

		EvidenceFindings build(CaseEvidence e, ArchiveSection... sections) {
			Set<ArchiveSection> wanted = Set.of(sections);
			var proofs = new ArrayList<>(e.documents().stream().filter(d -> wanted.contains(d.section()))
					.map(d -> new EvidenceCheck.Proof(d.path(), d.title(), d.sha256())).toList());
			// A correction appended after sealing belongs to the item whose document it corrects; whether it cures a
			// gap is for legal staff to judge, so it is listed, not counted.
			for (Manifest.Entry correction : e.corrections()) {
				String corrects = correction.correction() == null ? null : correction.correction().corrects();
				if (corrects != null && wanted.stream().anyMatch(s -> corrects.startsWith(s.folder() + "/"))) {
					proofs.add(new EvidenceCheck.Proof(correction.path(), correction.title(), correction.sha256()));
					fact("ev.f.correction", e.time(correction.correction().recordedAt()),
							correction.correction().recordedBy(), corrects, correction.correction().reason());
				}
			}
			boolean missing = !gaps.isEmpty();
			return new EvidenceFindings(number, section,
					missing ? EvidenceCheck.Status.MISSING : EvidenceCheck.Status.PRESENT,
					Finding.of("ev.f.paragraph", new Finding.Joined(missing ? gaps : facts)), facts, gaps, proofs);
		}
	}
}
