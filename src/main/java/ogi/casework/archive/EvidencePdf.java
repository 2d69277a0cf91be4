package ogi.casework.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ogi.casework.archive.EvidenceRules.CaseEvidence;
import ogi.casework.audit.AuditEntry;
import ogi.casework.consultation.Assistance;
import ogi.casework.consultation.Consultation;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.Extension;
import ogi.casework.deadlines.Pause;
import ogi.casework.fees.FeeNotice;
import ogi.casework.intake.Application;
import ogi.casework.intake.Supplement;
import ogi.casework.reply.Delivery;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.SearchRecord;
import ogi.casework.reply.WithheldPart;
import ogi.casework.review.ReviewDecision;

/**
 * The evidence bundle as one XHTML page for the PDF renderer: a cover, a table of contents with page numbers, the
 * checklist with what is missing first, then one part per section of the case file in the order of spec §8.3, each
 * with the records in full (personal data included: the bundle is filed with a reconsideration body or court) and the
 * documents that belong to it with their SHA-256.
 */
final class EvidencePdf {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final StringBuilder html = new StringBuilder();

	private final ZoneId zone;

	/** The bundle's words in the reader's language. */
	private final EvidenceText t;

	private EvidencePdf(ZoneId zone, EvidenceText t) {
		this.zone = zone;
		this.t = t;
	}

	/**
	 * What goes into a bundle.
	 *
	 * @param agencyName the agency's name for the cover
	 * @param checklist the checklist of spec §8.3
	 * @param evidence the records it was made from
	 * @param documents every document of the bundle, in section order
	 * @param seal the sealed case file, or null for an open case
	 * @param verification the sealed file's verification, or null
	 * @param generatedAt when the bundle was made
	 * @param generatedBy by whom, as "display name (username)"
	 */
	record Contents(String agencyName, EvidenceChecklist checklist, CaseEvidence evidence, List<ArchiveItem> documents,
			ArchiveSeal seal, Verification verification, Instant generatedAt, String generatedBy) {
	}

	/** The sections of the bundle in order: the case file's parts of spec §8.3, then corrections after sealing. */
	static List<ArchiveSection> sections(List<ArchiveItem> documents) {
		return Arrays.stream(ArchiveSection.values()).filter(s -> s != ArchiveSection.CORRECTIONS
				|| documents.stream().anyMatch(d -> d.section() == ArchiveSection.CORRECTIONS)).toList();
	}

	/** Heading of a section in the body; unique in the text, so a reader (or a test) can find the parts in order. */
	static String heading(ArchiveSection section) {
		return "Section " + number(section) + " · " + section.title();
	}

	static String number(ArchiveSection section) {
		return String.format("%02d", section.ordinal() + 1);
	}

	/** The bundle in English headings, as the API has always served it. */
	static String html(Contents contents, ZoneId zone) {
		return html(contents, zone, EvidenceText.ENGLISH);
	}

	/** The bundle with its headings, labels and values in the words of {@code text} (Chinese first). */
	static String html(Contents contents, ZoneId zone, EvidenceText text) {
		return new EvidencePdf(zone, text).render(contents);
	}

	/** A section's heading in the bundle's language. */
	private String sectionHeading(ArchiveSection section) {
		return t.english() ? heading(section) : t.msg("ev.pdf.section.heading", number(section), title(section));
	}

	private String title(ArchiveSection section) {
		return t.english() ? section.title() : t.msg("ev.section." + section.name());
	}

	private String m(String key, Object... args) {
		return t.msg(key, args);
	}

	/** A cell's value: enum values by their labels (codes in English), dates ISO, yes/no in words. */
	private String v(Object value) {
		if (value instanceof Instant instant) {
			return time(instant);
		}
		return value == null ? "" : t.word(value);
	}

	private String render(Contents c) {
		EvidenceChecklist checklist = c.checklist();
		Application a = c.evidence().application();
		html.append("""
				<!DOCTYPE html>
				<html lang="%s"><head><meta charset="UTF-8"/><title>%s</title>
				<style>
				  @page { size: A4; margin: 2cm 1.8cm 2.2cm 1.8cm;
				    @bottom-center { content: %s;
				      font-family: 'Liberation Sans', 'Droid Sans Fallback'; font-size: 8pt; }
				    @top-right { content: "%s"; font-family: 'Liberation Sans', 'Droid Sans Fallback'; font-size: 8pt; } }
				  html, body, * { font-family: 'Liberation Sans', 'Droid Sans Fallback'; font-size: 9.5pt; line-height: 1.45; }
				  h1 { font-size: 20pt; text-align: center; margin: 2.5cm 0 0.3cm 0; }
				  h2 { font-size: 13pt; margin: 0 0 0.3cm 0; border-bottom: 1px solid #444; page-break-before: always; }
				  h3 { font-size: 10.5pt; margin: 0.4cm 0 0.15cm 0; }
				  table { width: 100%%; border-collapse: collapse; table-layout: fixed; margin-bottom: 0.2cm; }
				  th, td { border: 1px solid #999; padding: 2px 4px; vertical-align: top; text-align: left;
				    word-wrap: break-word; overflow-wrap: break-word; }
				  th { background: #eee; }
				  table.kv th { width: 28%%; }
				  .hash { font-size: 7pt; }
				  .MISSING { color: #a00; font-weight: bold; }
				  .PRESENT { color: #060; }
				  .NOT_APPLICABLE { color: #555; }
				  .subtitle { text-align: center; font-size: 12pt; margin-bottom: 1cm; }
				  ul { margin: 0.1cm 0 0.1cm 0.5cm; padding: 0; }
				  a { color: black; text-decoration: none; }
				  a.toc::after { content: " ..... " target-counter(attr(href), page); }
				</style></head><body>
				""".formatted(t.english() ? "en" : "zh-CN", escape(m("ev.pdf.title")), m("ev.pdf.pageCss"),
						escape(checklist.caseNumber())));
		cover(c, a, checklist);
		contents(c);
		checklistPage(checklist);
		for (ArchiveSection section : sections(c.documents())) {
			section(c, section);
		}
		html.append("</body></html>\n");
		return html.toString();
	}

	private void cover(Contents c, Application a, EvidenceChecklist checklist) {
		html.append("<h1>").append(escape(m("ev.pdf.title"))).append("</h1>\n<p class=\"subtitle\">")
				.append(escape(m("ev.pdf.subtitle", checklist.caseNumber()))).append("</p>\n");
		var rows = new ArrayList<String[]>();
		String status = v(new Finding.Label("status.", checklist.caseStatus(), "ev.unknown"));
		rows.add(row(m("ev.pdf.agency"), m("ev.pdf.withParenthesis", c.agencyName(), checklist.agencyCode())));
		rows.add(row(m("ev.pdf.caseNumber"), checklist.caseNumber()));
		rows.add(row(m("ev.pdf.applicant"), m("ev.pdf.applicant.value", a.applicantName(), a.applicantType(),
				a.idDocumentType(), a.idNumber())));
		rows.add(row(m("ev.pdf.contact"), join(m("ev.separator"), a.phone(), a.email(), a.address())));
		rows.add(row(m("ev.pdf.request"), a.requestedInformation()));
		rows.add(row(m("ev.pdf.receiptDate"), m("ev.pdf.withParenthesis", a.receiptDate(), a.channel())));
		rows.add(row(m("ev.pdf.outcome"), checklist.outcome() == null ? m("ev.pdf.outcome.none", status)
				: m("ev.pdf.withParenthesis", ogi.casework.reply.Outcome.valueOf(checklist.outcome()),
						t.article(ogi.casework.reply.Outcome.valueOf(checklist.outcome()).article()))));
		rows.add(row(m("ev.pdf.caseStatus"), status));
		rows.add(row(m("ev.pdf.source"), source(c)));
		rows.add(row(m("ev.pdf.checklist"), summary(checklist)));
		rows.add(row(m("ev.pdf.generatedAt"), m("ev.pdf.generatedAt.value", time(c.generatedAt()), zone.getId())));
		rows.add(row(m("ev.pdf.generatedBy"), c.generatedBy()));
		table(rows, "kv");
	}

	private String source(Contents c) {
		if (c.seal() == null) {
			return m("ev.pdf.source.live");
		}
		ArchiveSeal seal = c.seal();
		String verified = c.verification() == null ? "" : c.verification().ok()
				? m("ev.pdf.source.verifies")
				: m("ev.pdf.source.broken", java.util.stream.Stream.concat(
						c.verification().failures().stream().map(f -> v(f.status()) + " " + f.path()),
						problems(c.verification())).collect(Collectors.joining(m("ev.separator"))));
		return m("ev.pdf.source.sealed", time(seal.sealedAt()), seal.sealedBy(), String.valueOf(seal.manifestVersion()),
				seal.manifestSha256(), verified);
	}

	/** The manifests' own problems: as the verifier states them in English, counted in Chinese (the verifier words them in English only). */
	private java.util.stream.Stream<String> problems(Verification verification) {
		if (t.english() || verification.problems().isEmpty()) {
			return verification.problems().stream();
		}
		return java.util.stream.Stream.of(m("ev.pdf.source.problems", String.valueOf(verification.problems().size())));
	}

	private String summary(EvidenceChecklist checklist) {
		Map<EvidenceCheck.Status, Long> counts = checklist.items().stream()
				.collect(Collectors.groupingBy(EvidenceCheck::status, Collectors.counting()));
		return m("ev.pdf.summary", String.valueOf(counts.getOrDefault(EvidenceCheck.Status.PRESENT, 0L)),
				String.valueOf(counts.getOrDefault(EvidenceCheck.Status.MISSING, 0L)),
				checklist.missing().isEmpty() ? "" : m("ev.pdf.summary.items", missingItems(checklist)),
				String.valueOf(counts.getOrDefault(EvidenceCheck.Status.NOT_APPLICABLE, 0L)));
	}

	private String missingItems(EvidenceChecklist checklist) {
		return checklist.missing().stream().map(String::valueOf).collect(Collectors.joining(m("ev.listSeparator")));
	}

	private void contents(Contents c) {
		html.append("<h2 id=\"toc\">").append(escape(m("ev.pdf.toc"))).append("</h2>\n<ul>\n");
		html.append("<li><a class=\"toc\" href=\"#checklist\">").append(escape(m("ev.pdf.toc.checklist")))
				.append("</a></li>\n");
		for (ArchiveSection section : sections(c.documents())) {
			html.append("<li><a class=\"toc\" href=\"#s").append(number(section)).append("\">")
					.append(number(section)).append(' ').append(escape(title(section))).append("</a></li>\n");
		}
		html.append("</ul>\n");
	}

	private void checklistPage(EvidenceChecklist checklist) {
		html.append("<h2 id=\"checklist\">").append(escape(m("ev.pdf.checklist.heading", checklist.complete()
				? m("ev.pdf.checklist.complete") : m("ev.pdf.checklist.missing", missingItems(checklist)))))
				.append("</h2>\n");
		html.append("<table><tr><th style=\"width:6%\">").append(escape(m("ev.col.number")))
				.append("</th><th style=\"width:20%\">").append(escape(m("ev.pdf.checklist.item")))
				.append("</th><th style=\"width:13%\">").append(escape(m("ev.pdf.checklist.status")))
				.append("</th><th>").append(escape(m("ev.pdf.checklist.reason")))
				.append("</th><th style=\"width:24%\">").append(escape(m("ev.pdf.checklist.documents")))
				.append("</th></tr>\n");
		for (EvidenceCheck check : checklist.missingFirst()) {
			html.append("<tr><td>").append(check.number()).append("</td><td>")
					.append(escape(t.english() ? check.title() : title(check.section())))
					.append("</td><td class=\"").append(check.status()).append("\">").append(escape(v(check.status())))
					.append("</td><td>").append(escape(check.reason())).append("</td><td>")
					.append(escape(check.documents().stream().map(EvidenceCheck.Proof::path)
							.collect(Collectors.joining(", "))))
					.append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private void section(Contents c, ArchiveSection section) {
		html.append("<h2 id=\"s").append(number(section)).append("\">").append(escape(sectionHeading(section)))
				.append("</h2>\n");
		c.checklist().items().stream().filter(i -> i.section() == section).forEach(this::finding);
		CaseEvidence e = c.evidence();
		var r = e.records();
		switch (section) {
			case RECEIPT_PROOF -> receipt(e.application(), r.ledger());
			case APPLICATION -> application(e.application());
			case SUPPLEMENT -> list("ev.pdf.supplements", r.supplements(), new String[] { "ev.col.noticed",
					"ev.col.items", "ev.col.due", "ev.col.by", "ev.col.received", "ev.col.supplement" },
					(Supplement s) -> new Object[] { s.noticedOn(), s.items(), s.dueOn(), s.noticedBy(), s.receivedOn(),
							s.content() });
			case EXTENSION -> list("ev.pdf.extensions", r.extensions(), new String[] { "ev.col.number", "ev.col.kind",
					"ev.col.workingDays", "ev.col.reason", "ev.col.status", "ev.col.requested", "ev.col.decided",
					"ev.col.noticed" }, (Extension x) -> new Object[] { x.number(),
							t.english() ? m("ev.pdf.withParenthesis", x.kind(), t.article(x.kind().basis())) : v(x.kind()),
							x.workingDays(),
							x.reason(), x.status(), x.requestedBy() + " " + time(x.requestedAt()),
							join(" ", x.decidedBy(), str(x.decidedOn()), x.decisionNote()), x.noticedOn() });
			case CONSULTATIONS -> consultations(r.consultations(), r.pauses(), r.draft());
			case SEARCH_RECORD -> search(r.search(), e.assistance());
			case REASONS_AND_LEGAL_BASIS -> reasons(r.draft(), e);
			case APPROVALS -> list("ev.pdf.reviews", r.reviews(), new String[] { "ev.col.stage", "ev.col.draft",
					"ev.col.verdict", "ev.col.by", "ev.col.at", "ev.col.reason" }, (ReviewDecision d) -> new Object[] {
							d.stage(), m("ev.pdf.draftNumber", String.valueOf(d.draftVersion())), d.verdict(), d.decidedBy(),
							time(d.decidedAt()),
							d.reason() });
			case REPLY -> reply(r.draft());
			case DELIVERY -> delivery(r.delivery(), r.ledger());
			case FEES -> list("ev.pdf.fees", r.fees(), new String[] { "ev.col.number", "ev.col.method",
					"ev.col.quantity", "ev.col.amount", "ev.col.basis", "ev.col.noticed", "ev.col.payableUntil",
					"ev.col.paid" }, new int[] { 6, 10, 7, 9, 35, 11, 11, 11 }, (FeeNotice n) -> new Object[] { n.number(), n.method(), n.quantity(), n.amount(),
							EvidenceRules.feeBasis(n), n.noticedOn(), n.payableUntil(), n.paidOn() });
			case DEADLINE_LEDGER -> ledger(r.ledger(), r.pauses());
			case AUDIT_TRAIL -> list("ev.pdf.audit", r.audit(), new String[] { "ev.col.when", "ev.col.who",
					"ev.col.action", "ev.col.status", "ev.col.detail" }, new int[] { 15, 13, 20, 20, 32 },
					(AuditEntry x) -> new Object[] { time(x.at()), x.actor(),
							new Finding.Label("audit.", x.action(), "ev.unknown"),
							x.fromStatus() == null && x.toStatus() == null ? "" : statusLabel(x.fromStatus()) + " -> "
									+ statusLabel(x.toStatus()),
							t.english() ? x.detail() : auditDetail(x, r) });
			case SECRECY_REVIEW, CORRECTIONS -> {
			}
		}
		documents(c.documents().stream().filter(d -> d.section() == section).toList());
	}

	/**
	 * An audit line's detail in Chinese, worded from typed values as the case page's timeline does — the line's status
	 * change, and for a receipt, a draft, a review decision or a delivery what the case's records say of it — never
	 * from the English detail stored with the line, which only the English bundle prints.
	 */
	private String auditDetail(AuditEntry x, CaseFileItems.CaseRecords r) {
		String specific = switch (x.action()) {
			case "APPLICATION_RECEIVED" -> r.application().channel() == null ? null
					: m("timeline.received", r.application().channel(), r.application().receiptDate());
			case "REPLY_APPROVED", "REPLY_RETURNED" -> review(x, r, ogi.casework.review.ReviewStage.REVIEW);
			case "LEGAL_REVIEW_APPROVED", "LEGAL_REVIEW_RETURNED" -> review(x, r,
					ogi.casework.review.ReviewStage.LEGAL_REVIEW);
			case "REPLY_SIGNED_OFF", "SIGN_OFF_RETURNED" -> review(x, r, ogi.casework.review.ReviewStage.SIGN_OFF);
			case "REPLY_DELIVERED" -> r.delivery() == null ? null
					: m("timeline.delivered", r.delivery().method(), r.delivery().deliveredOn());
			default -> null;
		};
		return specific == null ? "" : specific;
	}

	/** The review decision an audit line records: same stage, same reviewer, stamped within seconds of it. */
	private String review(AuditEntry x, CaseFileItems.CaseRecords r, ogi.casework.review.ReviewStage stage) {
		return r.reviews().stream()
				.filter(d -> d.stage() == stage && d.decidedBy().equals(x.actor()) && d.decidedAt() != null
						&& x.at() != null && java.time.Duration.between(d.decidedAt(), x.at()).abs().getSeconds() <= 5)
				.reduce((first, second) -> second)
				.map(d -> d.reason() == null || d.reason().isBlank()
						? m("timeline.review", String.valueOf(d.draftVersion()), d.verdict())
						: m("timeline.reviewWithReason", String.valueOf(d.draftVersion()), d.verdict(), d.reason()))
				.orElse(null);
	}

	private String statusLabel(String status) {
		return t.english() ? String.valueOf(status) : v(new Finding.Label("status.", status, "ev.unknown"));
	}

	private void finding(EvidenceCheck check) {
		html.append("<p><b>").append(escape(m("ev.pdf.finding", String.valueOf(check.number())))).append(" <span class=\"")
				.append(check.status()).append("\">").append(escape(v(check.status()))).append("</span></b></p>\n");
		if (check.status() == EvidenceCheck.Status.NOT_APPLICABLE) {
			html.append("<ul><li>").append(escape(check.reason())).append("</li></ul>\n");
			return;
		}
		html.append("<ul>");
		check.gaps().forEach(g -> html.append("<li class=\"MISSING\">").append(escape(m("ev.pdf.finding.missing")))
				.append(escape(g)).append("</li>"));
		check.facts().forEach(f -> html.append("<li>").append(escape(f)).append("</li>"));
		html.append("</ul>\n");
	}

	private void receipt(Application a, List<Deadline> ledger) {
		table(List.of(row("ev.row.channel", a.channel()), row("ev.row.submitted", a.submittedOn()),
				row("ev.row.signedFor", a.signedForOn()), row("ev.row.arrived", a.arrivedOn()),
				row("ev.row.confirmed", a.confirmedOn()), row("ev.row.receiptDate", a.receiptDate()),
				row("ev.row.howFixed", t.english() ? a.receiptExplanation() : v(EvidenceRules.howFixed(a))),
				row("ev.row.registeredBy", m("ev.pdf.byAt", a.receivedBy(), time(a.receivedAt())))), "kv");
	}

	private void application(Application a) {
		table(List.of(row("ev.row.applicantType", a.applicantType()), row("ev.row.name", a.applicantName()),
				row("ev.row.idDocument", v(a.idDocumentType()) + " " + a.idNumber()), row("ev.row.phone", a.phone()),
				row("ev.row.email", a.email()), row("ev.row.address", a.address()),
				row("ev.row.requested", a.requestedInformation()), row("ev.row.documentNumber", a.documentNumber()),
				row("ev.row.provisionForm", a.provisionForm()), row("ev.row.obtainingMethod", a.obtainingMethod()),
				row("ev.row.purpose", a.purpose()), row("ev.row.needsAssistance", a.needsAssistance())), "kv");
	}

	private void consultations(List<Consultation> consultations, List<Pause> pauses, ReplyDraft draft) {
		list("ev.pdf.consultations", consultations, new String[] { "ev.col.number", "ev.col.kind", "ev.col.party",
				"ev.col.question", "ev.col.sent", "ev.col.opinion", "ev.col.answer", "ev.col.answered" },
				(Consultation x) -> new Object[] { x.number(), x.kind(), x.party(), x.question(), x.sentOn(),
						x.opinion(), x.answer(), x.answeredOn() });
		list("ev.pdf.excludedTime", pauses, PAUSE_COLUMNS, (Pause p) -> new Object[] { p.number(), p.kind(),
				p.startedOn(), p.plannedEnd(), p.endedOn(), t.basis(p) });
		if (draft != null && draft.publicInterestReasoning() != null) {
			html.append("<h3>").append(escape(m("ev.pdf.publicInterest"))).append("</h3>\n");
			table(List.of(row("ev.row.reasoning", draft.publicInterestReasoning()),
					row("ev.row.thirdPartyNoticed", draft.thirdPartyNoticedOn())), "kv");
		}
	}

	private static final String[] PAUSE_COLUMNS = { "ev.col.pauseNumber", "ev.col.kind", "ev.col.started",
			"ev.col.plannedEnd", "ev.col.ended", "ev.col.basis" };

	private void search(SearchRecord s, List<Assistance> assistance) {
		if (s != null) {
			table(List.of(row("ev.row.searchedOn", s.searchedOn()), row("ev.row.sources", s.sourcesSearched()),
					row("ev.row.keywords", s.keywords()), row("ev.row.period", s.periodCovered()),
					row("ev.row.departments", s.departmentsAsked()), row("ev.row.found", s.found()),
					row("ev.row.notes", s.notes()),
					row("ev.row.recordedBy", m("ev.pdf.byAt", s.recordedBy(), time(s.recordedAt())))), "kv");
		}
		list("ev.pdf.assistance", assistance, new String[] { "ev.col.number", "ev.col.department", "ev.col.asked",
				"ev.col.due", "ev.col.found", "ev.col.searched", "ev.col.answer", "ev.col.answered" },
				(Assistance x) -> new Object[] { x.number(), x.department(), x.askedOn(), x.dueOn(), x.found(),
						x.searched(), x.answer(), x.answeredOn() });
	}

	private void reasons(ReplyDraft d, CaseEvidence e) {
		if (d != null) {
			table(List.of(row("ev.row.outcome", m("ev.pdf.withParenthesis", d.outcome(), t.article(d.outcome().article()))),
					row("ev.row.ground", d.ground() == null ? null : m("ev.pdf.withParenthesis", d.ground(),
							t.article(d.ground().article()) + (d.ground().isDiscretionary() ? m("ev.pdf.discretionary")
									: ""))),
					row("ev.row.legalBasis", EvidenceRules.legalBasis(d)), row("ev.row.reasons", d.reasons()),
					row("ev.row.accessDetails", d.accessDetails()),
					row("ev.row.responsibleAgency", join(m("ev.listSeparator"), d.responsibleAgencyName(),
							d.responsibleAgencyContact())),
					row("ev.row.earlierCase", d.earlierCaseNumber()),
					row("ev.row.draft", m("ev.pdf.draft.value", String.valueOf(d.version()), d.draftedBy(),
							time(d.draftedAt())))), "kv");
			list("ev.pdf.withheld", d.withheldParts(), new String[] { "ev.col.part", "ev.col.ground",
					"ev.col.reasons" }, (WithheldPart p) -> new Object[] { p.description(),
							m("ev.pdf.withParenthesis", p.ground(), t.article(p.ground().article())), p.reasons() });
		}
		if (e.deliberation() != null) {
			html.append("<h3>").append(escape(m("ev.pdf.deliberation", e.deliberation().topic()))).append("</h3>\n");
			list(null, e.deliberation().opinions(), new String[] { "ev.col.participant", "ev.col.opinion",
					"ev.col.at" }, (ogi.casework.consultation.Deliberation.Opinion o) -> new Object[] {
							o.participant(), o.opinion(), time(o.recordedAt()) });
		}
		if (e.art35() != null) {
			var i = e.art35();
			html.append("<h3>").append(escape(m("ev.pdf.art35"))).append("</h3>\n");
			table(List.of(row("ev.row.askedOn", i.askedOn()), row("ev.row.volume", i.volume()),
					row("ev.row.reasonsReceived", i.reasonsReceivedOn()), row("ev.row.reasons", i.reasons()),
					row("ev.row.assessment", i.assessment()), row("ev.row.note", i.note())), "kv");
		}
	}

	private void reply(ReplyDraft d) {
		if (d == null) {
			return;
		}
		table(List.of(row("ev.row.outcome", d.outcome()), row("ev.row.legalBasis", EvidenceRules.legalBasis(d)),
				row("ev.row.remedy", d.outcome().requiresReconsiderationFirst() ? m("ev.pdf.remedy.first")
						: m("ev.pdf.remedy.either"))), "kv");
	}

	private void delivery(Delivery d, List<Deadline> ledger) {
		if (d != null) {
			table(List.of(row("ev.row.method", d.method()), row("ev.row.deliveredOn", d.deliveredOn()),
					row("ev.row.trackingNumber", d.trackingNumber()), row("ev.row.recipient", d.recipient()),
					row("ev.row.confirmed.delivery", d.confirmedOn()), row("ev.row.receivedOn", d.receivedOn()),
					row("ev.row.recordedBy", m("ev.pdf.byAt", d.recordedBy(), time(d.recordedAt())))), "kv");
		}
	}

	private void ledger(List<Deadline> ledger, List<Pause> pauses) {
		if (!ledger.isEmpty()) {
			html.append("<h3>").append(escape(m("ev.pdf.computations"))).append("</h3>\n<table><tr><th style=\"width:15%\">")
					.append(escape(m("ev.col.kind"))).append("</th><th style=\"width:25%\">")
					.append(escape(m("ev.col.start"))).append("</th><th style=\"width:13%\">")
					.append(escape(m("ev.col.length"))).append("</th><th style=\"width:9%\">")
					.append(escape(m("ev.col.pausedWorkingDays"))).append("</th><th style=\"width:13%\">")
					.append(escape(m("ev.col.due"))).append("</th><th>").append(escape(m("ev.col.basis")))
					.append("</th><th style=\"width:8%\">").append(escape(m("ev.col.active"))).append("</th></tr>\n");
			for (Deadline x : ledger) {
				html.append("<tr><td>").append(escape(v(x.kind()))).append("</td><td>")
						.append(escape(x.startDate() + (x.startReason() == null || !t.english() ? ""
								: " (" + x.startReason() + ")")))
						.append("</td><td>").append(x.length()).append(' ')
						.append(escape(t.english() ? x.unit().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : v(x.unit())))
						.append("</td><td>").append(x.pausedWorkingDays()).append("</td><td>")
						.append(escape(x.dueDate() + (x.provisional() ? m("ev.pdf.provisional") : "")))
						.append("</td><td>").append(escape(t.basis(x))).append("</td><td>")
						.append(escape(v(x.active())))
						.append("</td></tr>\n<tr><td colspan=\"7\">").append(escape(m("ev.pdf.computation")))
						.append(escape(t.explanation(x, pauses))).append("<br/>").append(escape(m("ev.pdf.why")))
						.append(escape(t.cause(x))).append(escape(m("ev.pdf.recordedByAt", x.recordedBy(),
								time(x.recordedAt()))))
						.append("</td></tr>\n");
			}
			html.append("</table>\n");
		}
		list("ev.pdf.pauses", pauses, PAUSE_COLUMNS, (Pause p) -> new Object[] { p.number(), p.kind(), p.startedOn(),
				p.plannedEnd(), p.endedOn(), t.basis(p) });
	}

	private void documents(List<ArchiveItem> documents) {
		if (documents.isEmpty()) {
			html.append("<p>").append(escape(m("ev.pdf.noDocuments"))).append("</p>\n");
			return;
		}
		html.append("<h3>").append(escape(m("ev.pdf.documents"))).append("</h3>\n<table><tr><th style=\"width:32%\">")
				.append(escape(m("ev.pdf.documents.path"))).append("</th><th>")
				.append(escape(m("ev.pdf.documents.title"))).append("</th><th style=\"width:10%\">")
				.append(escape(m("ev.pdf.documents.bytes"))).append("</th><th style=\"width:30%\">SHA-256</th></tr>\n");
		for (ArchiveItem d : documents) {
			html.append("<tr><td>").append(escape(d.path())).append("</td><td>").append(escape(t.title(d.title())))
					.append("</td><td>").append(d.size()).append("</td><td class=\"hash\">").append(d.sha256())
					.append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private <T> void list(String titleKey, List<T> rows, String[] headerKeys, Function<T, Object[]> cells) {
		list(titleKey, rows, headerKeys, null, cells);
	}

	/**
	 * A table with one row per element, its title and column headings by message key; {@code widths} in percent per
	 * column, or null for equal columns.
	 */
	private <T> void list(String titleKey, List<T> rows, String[] headerKeys, int[] widths,
			Function<T, Object[]> cells) {
		if (rows.isEmpty()) {
			return;
		}
		if (titleKey != null) {
			html.append("<h3>").append(escape(m(titleKey))).append("</h3>\n");
		}
		html.append("<table><tr>");
		for (int i = 0; i < headerKeys.length; i++) {
			html.append(widths == null ? "<th>" : "<th style=\"width:" + widths[i] + "%\">")
					.append(escape(m(headerKeys[i]))).append("</th>");
		}
		html.append("</tr>\n");
		for (T row : rows) {
			html.append("<tr>");
			for (Object cell : cells.apply(row)) {
				html.append("<td>").append(escape(v(cell))).append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</table>\n");
	}

	private void table(List<String[]> rows, String cssClass) {
		html.append("<table class=\"").append(cssClass).append("\">\n");
		for (String[] row : rows) {
			html.append("<tr><th>").append(escape(row[0])).append("</th><td>").append(escape(row[1]))
					.append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	/** A row of a two-column table: its label by message key (a label already worded passes through), its value. */
	private String[] row(String labelKey, Object value) {
		String label = labelKey.startsWith("ev.") ? m(labelKey) : labelKey;
		return new String[] { label, v(value) };
	}

	private String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(zone));
	}

	private static String str(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean b) {
			return b ? "yes" : "no";
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		return value.toString();
	}

	private static String join(String separator, String... parts) {
		return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
	}

	/** Escapes text for XHTML and drops control characters XML does not allow. */
	static String escape(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(value.length());
		value.codePoints().forEach(cp -> {
			switch (cp) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				default -> {
					if (cp >= 0x20 || cp == '\n' || cp == '\t') {
						out.appendCodePoint(cp);
					}
				}
			}
		});
		return out.toString();
	}
}
