package ogi.casework.archive;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;

/** A case's evidence checklist and evidence bundle (PDF, ZIP), for legal staff and the office head of its agency. */
@RestController
@RequestMapping("/api/cases/{caseNumber}")
@Tag(name = "Evidence", description = "Evidence checklist (spec §8.3) and bundles for reconsideration and litigation")
class EvidenceController {

	private final EvidenceManagement evidence;

	EvidenceController(EvidenceManagement evidence) {
		this.evidence = evidence;
	}

	@GetMapping("/evidence-checklist")
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	@Operation(summary = "The evidence checklist of spec §8.3: each item present, missing or not applicable, why, and the documents that prove it")
	EvidenceChecklist checklist(@PathVariable String caseNumber, CurrentUser user) {
		return evidence.checklist(caseNumber, user);
	}

	@GetMapping("/evidence-bundle.pdf")
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	@Operation(summary = "The evidence bundle as one PDF: cover, contents, checklist (missing first), the sections in spec §8.3 order",
			responses = @ApiResponse(responseCode = "200", description = "the bundle as PDF",
					content = @Content(mediaType = "application/pdf",
							schema = @Schema(type = "string", format = "binary"))))
	ResponseEntity<byte[]> pdf(@PathVariable String caseNumber, CurrentUser user) {
		return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(caseNumber + "-evidence-bundle.pdf").build().toString())
				.body(evidence.pdf(caseNumber, user));
	}

	@GetMapping("/evidence-bundle")
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	@Operation(summary = "The evidence bundle as a ZIP: the PDF and every document of the case in spec §8.3 order, with SHA-256 manifest",
			responses = @ApiResponse(responseCode = "200", description = "the bundle as ZIP",
					content = @Content(mediaType = "application/zip",
							schema = @Schema(type = "string", format = "binary"))))
	ResponseEntity<byte[]> zip(@PathVariable String caseNumber, CurrentUser user) {
		return ResponseEntity.ok()
				.contentType(ArchiveController.ZIP)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(caseNumber + "-evidence-bundle.zip").build().toString())
				.body(evidence.zip(caseNumber, user));
	}
}
