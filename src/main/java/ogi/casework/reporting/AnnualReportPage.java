package ogi.casework.reporting;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import ogi.casework.reporting.AnnualReport.TableFourFigures;

/**
 * The annual report as a printable HTML page in the official layout — tables 3 and 4 with their merged headings,
 * section 六's fees, every broken invariant and every correction after the lock. Every text is HTML-escaped.
 */
final class AnnualReportPage {

	private AnnualReportPage() {
	}

	static String render(AnnualReport report, String heading, ReportWording words) {
		var html = new StringBuilder(16_384);
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
				.append(escape(heading)).append("</title>\n<style>\n")
				.append("body{font-family:\"SimSun\",\"Songti SC\",serif;margin:2em;}")
				.append("table{border-collapse:collapse;margin:1em 0;}")
				.append("th,td{border:1px solid #000;padding:4px 6px;font-size:10.5pt;}")
				.append("td.n{text-align:center;min-width:3em;}th{font-weight:bold;text-align:center;}")
				.append(".violations{color:#a00;}.ok{color:#060;}")
				.append("@media print{body{margin:0;}.noprint{display:none;}table{page-break-inside:avoid;}}")
				.append("\n</style>\n</head>\n<body>\n<h1>").append(escape(heading)).append("</h1>\n");
		if (report.locked() != null) {
			html.append("<p>已锁定（已公布）：").append(escape(report.locked().lockedBy())).append("，")
					.append(escape(String.valueOf(report.locked().lockedAt()))).append("</p>\n");
		}
		if (report.provisional()) {
			html.append("<p>本年度尚未结束，数据截至 ").append(escape(String.valueOf(report.asOf()))).append("。</p>\n");
		}
		checks(html, report, words);
		tableThree(html, report.tableThree());
		tableFour(html, report.tableFour());
		html.append("<h2>六、其他需要报告的事项</h2>\n<p>").append(escape(report.fees().statement())).append("</p>\n");
		html.append("<p id=\"proactive-disclosures\">经定期评估，由依申请公开转为主动公开的申请 ")
				.append(report.proactiveDisclosures()).append(" 件（条例第四十四条）。</p>\n");
		corrections(html, report);
		html.append("<div class=\"notes\">\n");
		for (String note : words.chineseNotes(report)) {
			html.append("<p><small>").append(escape(note)).append("</small></p>\n");
		}
		html.append("</div>\n</body>\n</html>\n");
		return html.toString();
	}

	private static void checks(StringBuilder html, AnnualReport report, ReportWording words) {
		if (report.valid()) {
			html.append("<p class=\"ok\">校验：各项勾稽关系均成立。</p>\n");
			return;
		}
		html.append("<div class=\"violations\"><p>校验：").append(report.violations().size())
				.append(" 项勾稽关系不成立</p>\n<ul>\n");
		for (var violation : report.violations()) {
			html.append("<li data-rule=\"").append(escape(violation.rule())).append("\">")
					.append(escape(words.chinese(violation))).append("</li>\n");
		}
		html.append("</ul></div>\n");
	}

	private static void tableThree(StringBuilder html, TableThree table) {
		html.append("<h2>").append(escape(table.title())).append("</h2>\n<table class=\"table-three\">\n<thead>\n")
				.append("<tr><th colspan=\"3\" rowspan=\"3\">").append(escape(table.note())).append("</th>")
				.append("<th colspan=\"7\">").append(escape(table.applicantHeader())).append("</th></tr>\n")
				.append("<tr><th rowspan=\"2\">").append(escape(table.columns().get(0))).append("</th>")
				.append("<th colspan=\"5\">").append(escape(table.organisationHeader())).append("</th>")
				.append("<th rowspan=\"2\">").append(escape(table.columns().get(6))).append("</th></tr>\n<tr>");
		for (int c = 1; c <= 5; c++) {
			html.append("<th>").append(escape(table.columns().get(c))).append("</th>");
		}
		html.append("</tr>\n</thead>\n<tbody>\n");
		var rows = table.rows();
		for (int i = 0; i < rows.size(); i++) {
			var line = rows.get(i);
			html.append("<tr data-row=\"").append(escape(line.code())).append("\">");
			if (line.section() == null) {
				html.append("<td colspan=\"3\">").append(escape(line.label())).append("</td>");
			}
			else {
				if (i == 0 || !line.section().equals(rows.get(i - 1).section())) {
					html.append("<td rowspan=\"").append(span(rows, i, true)).append("\">")
							.append(escape(line.section())).append("</td>");
				}
				if (line.group() == null) {
					html.append("<td colspan=\"2\">").append(escape(line.label())).append("</td>");
				}
				else {
					if (!line.group().equals(rows.get(i - 1).group())) {
						html.append("<td rowspan=\"").append(span(rows, i, false)).append("\">")
								.append(escape(line.group())).append("</td>");
					}
					html.append("<td>").append(escape(line.label())).append("</td>");
				}
			}
			for (long value : line.values()) {
				html.append("<td class=\"n\">").append(value).append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</tbody>\n</table>\n");
	}

	/** How many rows from {@code i} share its section (or group). */
	private static int span(List<TableThree.Line> rows, int i, boolean section) {
		String key = section ? rows.get(i).section() : rows.get(i).group();
		int n = 0;
		for (int j = i; j < rows.size() && key.equals(section ? rows.get(j).section() : rows.get(j).group()); j++) {
			n++;
		}
		return n;
	}

	private static void tableFour(StringBuilder html, TableFourFigures table) {
		html.append("<h2>").append(escape(TableFourFigures.TITLE)).append("</h2>\n");
		html.append("<table class=\"table-four\">\n<thead>\n<tr><th colspan=\"5\">")
				.append(escape(TableFourFigures.RECONSIDERATION)).append("</th><th colspan=\"10\">")
				.append(escape(TableFourFigures.LAWSUIT)).append("</th></tr>\n<tr>");
		for (String column : TableFourFigures.COLUMNS) {
			html.append("<th rowspan=\"2\">").append(escape(column)).append("</th>");
		}
		for (String kind : TableFourFigures.LAWSUIT_KINDS) {
			html.append("<th colspan=\"5\">").append(escape(kind)).append("</th>");
		}
		html.append("</tr>\n<tr>");
		List<String> twice = new ArrayList<>(TableFourFigures.COLUMNS);
		twice.addAll(TableFourFigures.COLUMNS);
		for (String column : twice) {
			html.append("<th>").append(escape(column)).append("</th>");
		}
		html.append("</tr>\n</thead>\n<tbody>\n<tr>");
		for (int value : table.numbers()) {
			html.append("<td class=\"n\">").append(value).append("</td>");
		}
		html.append("</tr>\n</tbody>\n</table>\n");
	}

	private static void corrections(StringBuilder html, AnnualReport report) {
		if (report.locked() == null) {
			return;
		}
		html.append("<h2>锁定后更正（未计入上表）</h2>\n");
		if (report.corrections().isEmpty()) {
			html.append("<p>无。</p>\n");
			return;
		}
		html.append("<table class=\"corrections\">\n<tr><th>案件编号</th><th>锁定时</th><th>现在</th><th>变更时间</th></tr>\n");
		for (var correction : report.corrections()) {
			html.append("<tr><td>").append(escape(correction.caseNumber())).append("</td><td>")
					.append(escape(correction.lockedPlacement())).append("</td><td>")
					.append(escape(correction.currentPlacement())).append("</td><td>")
					.append(escape(String.valueOf(correction.changedAt()))).append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
