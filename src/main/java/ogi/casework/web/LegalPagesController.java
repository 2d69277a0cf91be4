package ogi.casework.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.reporting.AnnualReport;
import ogi.casework.reporting.ReportingManagement;
import ogi.casework.reporting.TableThreeRow;
import ogi.casework.risk.RiskLevel;
import ogi.casework.risk.RiskManagement;
import ogi.casework.shared.CaseworkSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * Legal staff's and the head's pages: the cases by litigation risk with this year's correction and loss rates, and the
 * statutory annual report with its tables, two charts (ECharts) and the XLSX workbook. The modules check who may read.
 */
@Controller
class LegalPagesController {

	/** Watched cases per page of the risk list. */
	static final int RISK_PAGE_SIZE = 50;

	private final RiskManagement risks;

	private final RiskWording riskWording;

	private final ReportingManagement reports;

	private final CaseworkSettings settings;

	private final Clock clock;

	private final JsonMapper json;

	private final org.springframework.context.MessageSource messageSource;

	LegalPagesController(RiskManagement risks, RiskWording riskWording, ReportingManagement reports,
			CaseworkSettings settings, Clock clock, JsonMapper json,
			org.springframework.context.MessageSource messageSource) {
		this.messageSource = messageSource;
		this.risks = risks;
		this.riskWording = riskWording;
		this.json = json;
		this.reports = reports;
		this.settings = settings;
		this.clock = clock;
	}

	/** The agency's watched cases by litigation risk, with the reasons, the counts per level and this year's rates. */
	@GetMapping("/legal/risks")
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	String risks(@RequestParam(required = false) RiskLevel level, @RequestParam(defaultValue = "0") int page,
			CurrentUser user, Model model, Locale locale) {
		model.addAttribute("dashboard", risks.dashboard(user));
		var cases = risks.casesByRisk(user, level, Math.max(page, 0), RISK_PAGE_SIZE);
		model.addAttribute("risks", cases);
		// each reason in the reader's words, by case number
		model.addAttribute("reasons", cases.cases().stream().collect(java.util.stream.Collectors.toMap(
				c -> c.caseNumber(), c -> c.reasons().stream().map(r -> new ReasonLine(riskWording.facts(r, locale),
						riskWording.basis(r, locale))).toList())));
		model.addAttribute("level", level);
		model.addAttribute("levels", RiskLevel.values());
		return "risks";
	}

	@GetMapping("/reports/annual")
	@PreAuthorize("hasAnyRole('HEAD', 'LEGAL', 'ADMIN')")
	String annual(@RequestParam(required = false) Integer year, CurrentUser user, Model model,
			java.util.Locale locale) {
		int reportYear = year == null ? LocalDate.now(clock.withZone(settings.zone())).getYear() : year;
		AnnualReport report = reports.annualReport(reportYear, AnnualReport.Scope.AGENCY, user);
		model.addAttribute("report", report);
		model.addAttribute("violations", report.violations().stream()
			.map(violation -> violation.wording().in(messageSource, locale)).toList());
		model.addAttribute("heading", reports.heading(report));
		model.addAttribute("year", String.valueOf(reportYear));
		model.addAttribute("applicantChart", json.writeValueAsString(applicantChart(report)));
		model.addAttribute("outcomeChart", json.writeValueAsString(outcomeChart(report)));
		return "annual-report";
	}

	@GetMapping("/reports/annual.xlsx")
	@PreAuthorize("hasAnyRole('HEAD', 'LEGAL', 'ADMIN')")
	ResponseEntity<byte[]> annualWorkbook(@RequestParam int year, CurrentUser user) {
		AnnualReport report = reports.annualReport(year, AnnualReport.Scope.AGENCY, user);
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(user.agencyCode() + "-" + year + "-annual-report.xlsx", StandardCharsets.UTF_8).build()
						.toString())
				.body(reports.workbook(report));
	}

	/** Table 3's first row (new applications) by applicant column, without the total. */
	private static Chart applicantChart(AnnualReport report) {
		var table = report.tableThree();
		var first = table.rows().get(0);
		return new Chart(table.columns().subList(0, table.columns().size() - 1),
				first.values().subList(0, first.values().size() - 1));
	}

	/**
	 * The totals of table 3's outcome rows (section 三) without its own total line, grouped as the table groups them:
	 * the second chart.
	 */
	private static Chart outcomeChart(AnnualReport report) {
		Map<String, Long> totals = new java.util.LinkedHashMap<>();
		var table = report.tableThree();
		for (TableThreeRow row : TableThreeRow.values()) {
			boolean outcome = row.ordinal() >= TableThreeRow.DISCLOSED.ordinal()
					&& row.ordinal() < TableThreeRow.TOTAL.ordinal();
			if (outcome) {
				totals.merge(row.group() != null ? row.group() : row.label(), table.values(row).get(6), Long::sum);
			}
		}
		return new Chart(List.copyOf(totals.keySet()), List.copyOf(totals.values()));
	}

	/** The data of one chart; the page hands it to ECharts as JSON in a data attribute, no inline script. */
	/** A risk reason in words: the facts, and the basis with the points added. */
	record ReasonLine(String facts, String basis) {
	}

	record Chart(List<String> labels, List<Long> values) {
	}
}
