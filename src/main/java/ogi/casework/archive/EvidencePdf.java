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

	private EvidencePdf(ZoneId zone) {
		this.zone = zone;
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

	static String html(Contents contents, ZoneId zone) {
		return new EvidencePdf(zone).render(contents);
	}

	private String render(Contents c) {
		EvidenceChecklist checklist = c.checklist();
		Application a = c.evidence().application();
		html.append("""
				<!DOCTYPE html>
				<html lang="zh-CN"><head><meta charset="UTF-8"/><title>证据材料 Evidence bundle</title>
				<style>
				  @page { size: A4; margin: 2cm 1.8cm 2.2cm 1.8cm;
				    @bottom-center { content: "Page " counter(page) " / " counter(pages);
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
				""".formatted(escape(checklist.caseNumber())));
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
		html.append("<h1>证据材料 Evidence bundle</h1>\n<p class=\"subtitle\">政府信息公开申请案件 ")
				.append(escape(checklist.caseNumber())).append("</p>\n");
		var rows = new ArrayList<String[]>();
		rows.add(row("机关 Agency", c.agencyName() + " (" + checklist.agencyCode() + ")"));
		rows.add(row("案件编号 Case number", checklist.caseNumber()));
		rows.add(row("申请人 Applicant", a.applicantName() + " (" + a.applicantType() + "), " + a.idDocumentType() + " "
				+ a.idNumber()));
		rows.add(row("联系方式 Contact", join("; ", a.phone(), a.email(), a.address())));
		rows.add(row("申请内容 Request", a.requestedInformation()));
		rows.add(row("收到申请日期 Receipt date", a.receiptDate() + " (" + a.channel() + ")"));
		rows.add(row("答复结果 Outcome", checklist.outcome() == null ? "none yet (case status " + checklist.caseStatus()
				+ ")" : checklist.outcome() + " (" + ogi.casework.reply.Outcome.valueOf(checklist.outcome()).article()
						+ ")"));
		rows.add(row("案件状态 Case status", checklist.caseStatus()));
		rows.add(row("材料来源 Source", source(c)));
		rows.add(row("清单 Checklist", summary(checklist)));
		rows.add(row("生成时间 Generated at", time(c.generatedAt()) + " (all times " + zone.getId() + ")"));
		rows.add(row("生成人 Generated by", c.generatedBy()));
		table(rows, "kv");
	}

	private String source(Contents c) {
		if (c.seal() == null) {
			return "LIVE: the case is open; the records as the modules hold them at the time of generation";
		}
		ArchiveSeal seal = c.seal();
		String verified = c.verification() == null ? "" : c.verification().ok()
				? "; the stored package verifies against its manifest"
				: "; the stored package does NOT verify: " + java.util.stream.Stream.concat(
						c.verification().failures().stream().map(f -> f.status() + " " + f.path()),
						c.verification().problems().stream()).collect(Collectors.joining("; "));
		return "SEALED: case file sealed " + time(seal.sealedAt()) + " by " + seal.sealedBy() + ", manifest v"
				+ seal.manifestVersion() + " SHA-256 " + seal.manifestSha256() + verified;
	}

	private static String summary(EvidenceChecklist checklist) {
		Map<EvidenceCheck.Status, Long> counts = checklist.items().stream()
				.collect(Collectors.groupingBy(EvidenceCheck::status, Collectors.counting()));
		return counts.getOrDefault(EvidenceCheck.Status.PRESENT, 0L) + " present, "
				+ counts.getOrDefault(EvidenceCheck.Status.MISSING, 0L) + " missing"
				+ (checklist.missing().isEmpty() ? "" : " (items " + checklist.missing().stream().map(String::valueOf)
						.collect(Collectors.joining(", ")) + ")")
				+ ", " + counts.getOrDefault(EvidenceCheck.Status.NOT_APPLICABLE, 0L) + " not applicable";
	}

	private void contents(Contents c) {
		html.append("<h2 id=\"toc\">目录 Contents</h2>\n<ul>\n");
		html.append("<li><a class=\"toc\" href=\"#checklist\">证据清单 Evidence checklist (spec §8.3)</a></li>\n");
		for (ArchiveSection section : sections(c.documents())) {
			html.append("<li><a class=\"toc\" href=\"#s").append(number(section)).append("\">")
					.append(number(section)).append(' ').append(escape(section.title())).append("</a></li>\n");
		}
		html.append("</ul>\n");
	}

	private void checklistPage(EvidenceChecklist checklist) {
		html.append("<h2 id=\"checklist\">证据清单 Evidence checklist (spec §8.3) — ")
				.append(checklist.complete() ? "complete" : "MISSING: items " + checklist.missing().stream()
						.map(String::valueOf).collect(Collectors.joining(", ")))
				.append("</h2>\n");
		html.append("<table><tr><th style=\"width:5%\">#</th><th style=\"width:20%\">Item</th>"
				+ "<th style=\"width:13%\">Status</th><th>Reason</th><th style=\"width:24%\">Documents</th></tr>\n");
		for (EvidenceCheck check : checklist.missingFirst()) {
			html.append("<tr><td>").append(check.number()).append("</td><td>").append(escape(check.title()))
					.append("</td><td class=\"").append(check.status()).append("\">").append(check.status())
					.append("</td><td>").append(escape(check.reason())).append("</td><td>")
					.append(escape(check.documents().stream().map(EvidenceCheck.Proof::path)
							.collect(Collectors.joining(", "))))
					.append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private void section(Contents c, ArchiveSection section) {
		html.append("<h2 id=\"s").append(number(section)).append("\">").append(escape(heading(section)))
				.append("</h2>\n");
		c.checklist().items().stream().filter(i -> i.section() == section).forEach(this::finding);
		CaseEvidence e = c.evidence();
		var r = e.records();
		switch (section) {
			case RECEIPT_PROOF -> receipt(e.application(), r.ledger());
			case APPLICATION -> application(e.application());
			case SUPPLEMENT -> list("补正 Supplement notices", r.supplements(), new String[] { "Noticed", "Items",
					"Due", "By", "Received", "Supplement" }, (Supplement s) -> new Object[] { s.noticedOn(), s.items(),
							s.dueOn(), s.noticedBy(), s.receivedOn(), s.content() });
			case EXTENSION -> list("延期 Extensions", r.extensions(), new String[] { "#", "Kind", "WD", "Reason",
					"Status", "Requested", "Decided", "Noticed" }, (Extension x) -> new Object[] { x.number(),
							x.kind() + " (" + x.kind().basis() + ")", x.workingDays(), x.reason(), x.status(),
							x.requestedBy() + " " + time(x.requestedAt()), join(" ", x.decidedBy(), str(x.decidedOn()),
									x.decisionNote()), x.noticedOn() });
			case CONSULTATIONS -> consultations(r.consultations(), r.pauses(), r.draft());
			case SEARCH_RECORD -> search(r.search(), e.assistance());
			case REASONS_AND_LEGAL_BASIS -> reasons(r.draft(), e);
			case APPROVALS -> list("审核审批 Review decisions", r.reviews(), new String[] { "Stage", "Draft", "Verdict",
					"By", "At", "Reason" }, (ReviewDecision d) -> new Object[] { d.stage(), "v" + d.draftVersion(),
							d.verdict(), d.decidedBy(), time(d.decidedAt()), d.reason() });
			case REPLY -> reply(r.draft());
			case DELIVERY -> delivery(r.delivery(), r.ledger());
			case FEES -> list("收费 Fee notices", r.fees(), new String[] { "#", "Method", "Quantity", "Amount (yuan)",
					"Basis", "Noticed", "Payable until", "Paid" }, (FeeNotice n) -> new Object[] { n.number(),
							n.method(), n.quantity(), n.amount(), n.basis(), n.noticedOn(), n.payableUntil(),
							n.paidOn() });
			case DEADLINE_LEDGER -> ledger(r.ledger(), r.pauses());
			case AUDIT_TRAIL -> list("全过程记录 Audit trail", r.audit(), new String[] { "When", "Who", "Action",
					"Status", "Detail" }, new int[] { 15, 13, 20, 20, 32 }, (AuditEntry x) -> new Object[] { time(x.at()), x.actor(), x.action(),
							x.fromStatus() == null && x.toStatus() == null ? "" : x.fromStatus() + " -> " + x.toStatus(),
							x.detail() });
			case SECRECY_REVIEW, CORRECTIONS -> {
			}
		}
		documents(c.documents().stream().filter(d -> d.section() == section).toList());
	}

	private void finding(EvidenceCheck check) {
		html.append("<p><b>Checklist item ").append(check.number()).append(" — <span class=\"")
				.append(check.status()).append("\">").append(check.status()).append("</span></b></p>\n");
		if (check.status() == EvidenceCheck.Status.NOT_APPLICABLE) {
			html.append("<ul><li>").append(escape(check.reason())).append("</li></ul>\n");
			return;
		}
		html.append("<ul>");
		check.gaps().forEach(g -> html.append("<li class=\"MISSING\">Missing: ").append(escape(g)).append("</li>"));
		check.facts().forEach(f -> html.append("<li>").append(escape(f)).append("</li>"));
		html.append("</ul>\n");
	}

	private void receipt(Application a, List<Deadline> ledger) {
		table(List.of(row("Channel", a.channel()), row("Submitted", a.submittedOn()), row("Signed for", a.signedForOn()),
				row("Arrived", a.arrivedOn()), row("Confirmed", a.confirmedOn()), row("Receipt date", a.receiptDate()),
				row("How fixed (Art. 31)", a.receiptExplanation()),
				row("Registered by", a.receivedBy() + " at " + time(a.receivedAt()))), "kv");
	}

	private void application(Application a) {
		table(List.of(row("Applicant type", a.applicantType()), row("Name", a.applicantName()),
				row("Identity document", a.idDocumentType() + " " + a.idNumber()), row("Phone", a.phone()),
				row("Email", a.email()), row("Address", a.address()), row("Information requested",
						a.requestedInformation()), row("Document number", a.documentNumber()),
				row("Form of provision", a.provisionForm()), row("Obtaining method", a.obtainingMethod()),
				row("Purpose", a.purpose()), row("Needs assistance", a.needsAssistance())), "kv");
	}

	private void consultations(List<Consultation> consultations, List<Pause> pauses, ReplyDraft draft) {
		list("征求意见 Consultations", consultations, new String[] { "#", "Kind", "Party", "Question", "Sent",
				"Opinion", "Answer", "Answered" }, (Consultation x) -> new Object[] { x.number(), x.kind(), x.party(),
						x.question(), x.sentOn(), x.opinion(), x.answer(), x.answeredOn() });
		list("扣除时间 Excluded time", pauses, new String[] { "Number", "Kind", "Started", "Planned end", "Ended",
				"Basis" }, (Pause p) -> new Object[] { p.number(), p.kind(), p.startedOn(), p.plannedEnd(),
						p.endedOn(), p.basis() });
		if (draft != null && draft.publicInterestReasoning() != null) {
			html.append("<h3>公共利益 Public-interest override (Art. 32)</h3>\n");
			table(List.of(row("Reasoning", draft.publicInterestReasoning()),
					row("Third party noticed in writing on", draft.thirdPartyNoticedOn())), "kv");
		}
	}

	private void search(SearchRecord s, List<Assistance> assistance) {
		if (s != null) {
			table(List.of(row("Searched on", s.searchedOn()), row("Systems and archives", s.sourcesSearched()),
					row("Keywords", s.keywords()), row("Period covered", s.periodCovered()),
					row("Departments asked", s.departmentsAsked()), row("Found", s.found()), row("Notes", s.notes()),
					row("Recorded by", s.recordedBy() + " at " + time(s.recordedAt()))), "kv");
		}
		list("协查 Other departments' searches", assistance, new String[] { "#", "Department", "Asked", "Due",
				"Found", "Searched", "Answer", "Answered" }, (Assistance x) -> new Object[] { x.number(),
						x.department(), x.askedOn(), x.dueOn(), x.found(), x.searched(), x.answer(), x.answeredOn() });
	}

	private void reasons(ReplyDraft d, CaseEvidence e) {
		if (d != null) {
			table(List.of(row("Outcome", d.outcome() + " (" + d.outcome().article() + ")"),
					row("Ground", d.ground() == null ? null : d.ground() + " (" + d.ground().article()
							+ (d.ground().isDiscretionary() ? ", discretionary" : "") + ")"),
					row("Legal basis", d.legalBasis()), row("Reasons", d.reasons()),
					row("Access details", d.accessDetails()),
					row("Responsible agency", join(", ", d.responsibleAgencyName(), d.responsibleAgencyContact())),
					row("Earlier case", d.earlierCaseNumber()),
					row("Draft", "v" + d.version() + " by " + d.draftedBy() + " at " + time(d.draftedAt()))), "kv");
			list("不予公开部分 Withheld parts (Art. 37)", d.withheldParts(), new String[] { "Part", "Ground",
					"Reasons" }, (WithheldPart p) -> new Object[] { p.description(),
							p.ground() + " (" + p.ground().article() + ")", p.reasons() });
		}
		if (e.deliberation() != null) {
			html.append("<h3>会商 Joint deliberation: ").append(escape(e.deliberation().topic())).append("</h3>\n");
			list(null, e.deliberation().opinions(), new String[] { "Participant", "Opinion", "At" },
					(ogi.casework.consultation.Deliberation.Opinion o) -> new Object[] { o.participant(), o.opinion(),
							time(o.recordedAt()) });
		}
		if (e.art35() != null) {
			var i = e.art35();
			html.append("<h3>Art. 35</h3>\n");
			table(List.of(row("Asked on", i.askedOn()), row("Volume", i.volume()),
					row("Reasons received", i.reasonsReceivedOn()), row("Reasons", i.reasons()),
					row("Assessment", i.assessment()), row("Note", i.note())), "kv");
		}
	}

	private void reply(ReplyDraft d) {
		if (d == null) {
			return;
		}
		table(List.of(row("Outcome", d.outcome()), row("Legal basis", d.legalBasis()),
				row("Remedy", d.outcome().requiresReconsiderationFirst()
						? "Reconsideration first (复议法 Art. 23(四)); no direct lawsuit"
						: "Reconsideration within 60 days or a lawsuit within 6 months")), "kv");
	}

	private void delivery(Delivery d, List<Deadline> ledger) {
		if (d != null) {
			table(List.of(row("Method", d.method()), row("Delivered (date that counts)", d.deliveredOn()),
					row("Tracking number", d.trackingNumber()), row("Recipient", d.recipient()),
					row("Confirmed", d.confirmedOn()), row("Received by the applicant on", d.receivedOn()),
					row("Recorded by", d.recordedBy() + " at " + time(d.recordedAt()))), "kv");
		}
	}

	private void ledger(List<Deadline> ledger, List<Pause> pauses) {
		if (!ledger.isEmpty()) {
			html.append("<h3>期限计算 Computations</h3>\n<table><tr><th style=\"width:15%\">Kind</th>"
					+ "<th style=\"width:25%\">Start</th><th style=\"width:13%\">Length</th>"
					+ "<th style=\"width:9%\">Paused WD</th><th style=\"width:13%\">Due</th><th>Basis</th>"
					+ "<th style=\"width:8%\">Active</th></tr>\n");
			for (Deadline x : ledger) {
				html.append("<tr><td>").append(escape(str(x.kind()))).append("</td><td>")
						.append(escape(x.startDate() + (x.startReason() == null ? "" : " (" + x.startReason() + ")")))
						.append("</td><td>").append(x.length()).append(' ')
						.append(x.unit().name().toLowerCase().replace('_', ' '))
						.append("</td><td>").append(x.pausedWorkingDays()).append("</td><td>")
						.append(escape(x.dueDate() + (x.provisional() ? " (provisional)" : ""))).append("</td><td>")
						.append(escape(x.basis())).append("</td><td>").append(x.active() ? "yes" : "no")
						.append("</td></tr>\n<tr><td colspan=\"7\">Computation: ").append(escape(x.explanation()))
						.append("<br/>Why: ").append(escape(x.reason())).append("; recorded by ")
						.append(escape(x.recordedBy())).append(" at ").append(time(x.recordedAt()))
						.append("</td></tr>\n");
			}
			html.append("</table>\n");
		}
		list("扣除时间 Pauses", pauses, new String[] { "Number", "Kind", "Started", "Planned end", "Ended",
				"Basis" }, (Pause p) -> new Object[] { p.number(), p.kind(), p.startedOn(), p.plannedEnd(),
						p.endedOn(), p.basis() });
	}

	private void documents(List<ArchiveItem> documents) {
		if (documents.isEmpty()) {
			html.append("<p>No document of the case file belongs to this section.</p>\n");
			return;
		}
		html.append("<h3>文件 Documents</h3>\n<table><tr><th style=\"width:32%\">Path</th><th>Title</th>"
				+ "<th style=\"width:10%\">Bytes</th><th style=\"width:30%\">SHA-256</th></tr>\n");
		for (ArchiveItem d : documents) {
			html.append("<tr><td>").append(escape(d.path())).append("</td><td>").append(escape(d.title()))
					.append("</td><td>").append(d.size()).append("</td><td class=\"hash\">").append(d.sha256())
					.append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private <T> void list(String title, List<T> rows, String[] header, Function<T, Object[]> cells) {
		list(title, rows, header, null, cells);
	}

	/** A table with one row per element; {@code widths} in percent per column, or null for equal columns. */
	private <T> void list(String title, List<T> rows, String[] header, int[] widths, Function<T, Object[]> cells) {
		if (rows.isEmpty()) {
			return;
		}
		if (title != null) {
			html.append("<h3>").append(escape(title)).append("</h3>\n");
		}
		html.append("<table><tr>");
		for (int i = 0; i < header.length; i++) {
			html.append(widths == null ? "<th>" : "<th style=\"width:" + widths[i] + "%\">").append(escape(header[i]))
					.append("</th>");
		}
		html.append("</tr>\n");
		for (T row : rows) {
			html.append("<tr>");
			for (Object cell : cells.apply(row)) {
				html.append("<td>").append(escape(str(cell))).append("</td>");
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

	private String[] row(String label, Object value) {
		return new String[] { label, value instanceof Instant instant ? time(instant) : str(value) };
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
