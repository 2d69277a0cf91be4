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
	ResponseEntity<byte[]> download(@PathVariable String caseNumber, CurrentUser user,
			jakarta.servlet.http.HttpServletRequest request) {
		var file = archive.download(user.agencyCode(), caseNumber);
		ogi.casework.shared.PersonalDataView.served(request, file.papers());
		byte[] zip = file.zip();
		return ResponseEntity.ok()
				.contentType(ZIP)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(caseNumber + ".zip").build().toString())
				.body(zip);
	}

	@GetMapping("/verification")
	@Operation(summary = "Check every stored document of the case file against its manifest")
	@PreAuthorize("isAuthenticated()")
	Verification verification(@PathVariable String caseNumber, CurrentUser user) {
		return archive.verify(user.agencyCode(), caseNumber);
	}

	@org.springframework.web.bind.annotation.PostMapping("/corrections")
	@PreAuthorize("hasAnyRole('HEAD', 'LEGAL')")
	@Operation(summary = "Append a correction to the sealed case file: a new manifest version that keeps every earlier entry")
	ArchiveSeal correct(@PathVariable String caseNumber,
			@jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody CorrectionRequest request,
			CurrentUser user) {
		byte[] content;
		try {
			content = java.util.Base64.getDecoder().decode(request.contentBase64());
		}
		catch (IllegalArgumentException e) {
			throw ogi.casework.shared.InvalidInput.of("contentBase64", "base64", "The content is not valid base64");
		}
		return archive.recordCorrection(user.agencyCode(), caseNumber, new CorrectionForm(request.fileName(),
				request.title(), request.mediaType(), content, request.corrects(), request.reason()), user.username());
	}

	/** A correction as posted: the document's bytes in base64, what it corrects and why. */
	record CorrectionRequest(@jakarta.validation.constraints.NotBlank String fileName,
			@jakarta.validation.constraints.NotBlank String title,
			@jakarta.validation.constraints.NotBlank String mediaType,
			@jakarta.validation.constraints.NotBlank String contentBase64, String corrects,
			@jakarta.validation.constraints.NotBlank String reason) {
	}
}
