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

/** The sealed case file of a case: its ZIP and its verification, for any signed-in user of the case's agency. */
@RestController
@RequestMapping("/api/cases/{caseNumber}/archive")
@Tag(name = "Archive", description = "The sealed case file (归档): download and verification")
class ArchiveController {

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final ArchiveManagement archive;

	ArchiveController(ArchiveManagement archive) {
		this.archive = archive;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('CLERK', 'HANDLER', 'HEAD', 'LEGAL')")
	@Operation(summary = "Download the sealed case file: manifest.json, then every document in the order of spec §8.3",
			responses = @ApiResponse(responseCode = "200", description = "the case file as a ZIP",
					content = @Content(mediaType = "application/zip",
							schema = @Schema(type = "string", format = "binary"))))
	ResponseEntity<byte[]> download(@PathVariable String caseNumber, CurrentUser user) {
		byte[] zip = archive.zip(user.agencyCode(), caseNumber);
		return ResponseEntity.ok()
				.contentType(ZIP)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(caseNumber + ".zip").build().toString())
				.body(zip);
	}

	@GetMapping("/verification")
	@Operation(summary = "Check every stored document of the case file against its manifest")
	Verification verification(@PathVariable String caseNumber, CurrentUser user) {
		return archive.verify(user.agencyCode(), caseNumber);
	}
}
