package ogi.casework.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.reporting.AnnualReport.Scope;
import ogi.casework.shared.InvalidInput;

/**
 * The annual report (JSON, XLSX in the official layout, printable HTML), its lock, and the office statistics.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "The statutory annual report (spec §6) and the office statistics")
class ReportController {

	static final MediaType XLSX = MediaType
			.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportingManagement reports;

	private final StatisticsManagement statistics;

	private final ReportWording words;

	ReportController(ReportingManagement reports, StatisticsManagement statistics, ReportWording words) {
		this.words = words;
		this.reports = reports;
		this.statistics = statistics;
	}

	@GetMapping("/annual")
	@PreAuthorize("hasAnyRole('HEAD', 'LEGAL', 'ADMIN')")
	@Operation(summary = "The annual report of a year: tables 3 and 4, section 六's fees, every broken invariant and, "
			+ "for a locked year, the later corrections; JSON, or format=xlsx|html (or the Accept header)",
			responses = @ApiResponse(responseCode = "200", description = "the report",
					content = { @Content(mediaType = "application/json", schema = @Schema(implementation = AnnualReport.class)),
							@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
									schema = @Schema(type = "string", format = "binary")),
							@Content(mediaType = "text/html", schema = @Schema(type = "string")) }))
	ResponseEntity<?> annual(@RequestParam(required = false) Integer year,
			@Parameter(description = "AGENCY (default) or GOVERNMENT: the government with its departments")
			@RequestParam(required = false) String scope,
			@Parameter(description = "json (default), xlsx or html") @RequestParam(required = false) String format,
			@Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
			CurrentUser user) {
		return render(report(year, scope, user), format(format, accept));
	}

	@GetMapping("/annual.xlsx")
	@PreAuthorize("hasAnyRole('HEAD', 'LEGAL', 'ADMIN')")
	@Operation(summary = "The annual report as an XLSX workbook in the official layout")
	ResponseEntity<?> annualXlsx(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String scope, CurrentUser user) {
		return render(report(year, scope, user), "xlsx");
	}

	@GetMapping("/annual.html")
	@PreAuthorize("hasAnyRole('HEAD', 'LEGAL', 'ADMIN')")
	@Operation(summary = "The annual report as a printable HTML page")
	ResponseEntity<?> annualHtml(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String scope, CurrentUser user) {
		return render(report(year, scope, user), "html");
	}

	@PostMapping("/annual/{year}/lock")
	@PreAuthorize("hasRole('HEAD')")
	@Operation(summary = "Lock (publish) the agency's report of a past year: office head only; refused (400) while an "
			+ "invariant is broken and (409) when locked already")
	AnnualReport lock(@PathVariable int year, CurrentUser user) {
		return reports.lock(year, user);
	}

	@PostMapping("/read-model/rebuild")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Rebuild the agency's reporting read model from its cases (administrator)")
	Rebuilt rebuild(CurrentUser user) {
		return new Rebuilt(user.agencyCode(), reports.rebuild(user));
	}

	/** How many cases of the agency the rebuild read. */
	record Rebuilt(String agencyCode, int cases) {
	}

	@GetMapping("/statistics")
	@PreAuthorize("hasAnyRole('HEAD', 'LEGAL', 'REVIEWER')")
	@Operation(summary = "The office statistics of a period: volumes by channel and applicant type, on-time rate, "
			+ "working days taken, outcomes, most-requested information, frequent applicants")
	OfficeStatistics statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			CurrentUser user) {
		return statistics.statistics(from, to, user);
	}

	private AnnualReport report(Integer year, String scope, CurrentUser user) {
		if (year == null) {
			throw InvalidInput.of("year", "required", "Give the report year (year=YYYY)");
		}
		return reports.annualReport(year, scope(scope), user);
	}

	private static Scope scope(String scope) {
		if (scope == null || scope.isBlank()) {
			return Scope.AGENCY;
		}
		try {
			return Scope.valueOf(scope.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("scope", "oneOf", "scope is AGENCY or GOVERNMENT, not '" + scope + "'");
		}
	}

	private static String format(String format, String accept) {
		if (format != null && !format.isBlank()) {
			String f = format.strip().toLowerCase(java.util.Locale.ROOT);
			if (!List.of("json", "xlsx", "html").contains(f)) {
				throw InvalidInput.of("format", "oneOf", "format is json, xlsx or html, not '" + format + "'");
			}
			return f;
		}
		if (accept != null) {
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				if (XLSX.equalsTypeAndSubtype(type)) {
					return "xlsx";
				}
				if (MediaType.TEXT_HTML.equalsTypeAndSubtype(type)) {
					return "html";
				}
				if (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
					return "json";
				}
			}
		}
		return "json";
	}

	private ResponseEntity<?> render(AnnualReport report, String format) {
		String heading = reports.heading(report);
		String name = String.join("-", report.agencyCodes().get(0), String.valueOf(report.year()),
				report.scope() == Scope.GOVERNMENT ? "government" : "annual-report");
		return switch (format) {
			case "xlsx" -> ResponseEntity.ok().contentType(XLSX)
					.header(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment().filename(name + ".xlsx").build().toString())
					.body(AnnualReportWorkbook.render(report, heading, words));
			case "html" -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
					.body(AnnualReportPage.render(report, heading, words));
			default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
		};
	}
}
