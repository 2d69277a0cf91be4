package ogi.casework.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

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
import ogi.casework.accounts.Role;
import ogi.casework.shared.PersonalDataView;

/** The letters stored for a case of the signed-in user's agency: the list, and each file for download. */
@RestController
@RequestMapping("/api/cases/{caseNumber}/documents")
@Tag(name = "Documents", description = "Letters rendered for a case (spec §10), as DOCX and PDF")
class DocumentController {

	private final DocumentManagement documents;

	DocumentController(DocumentManagement documents) {
		this.documents = documents;
	}

	@GetMapping
	@Operation(summary = "The case's stored letters, oldest first, with kind, format, size and SHA-256")
	@PreAuthorize(Role.CASEWORK_RULE)
	List<StoredDocument> list(@PathVariable String caseNumber, CurrentUser user) {
		return documents.listFor(user, caseNumber);
	}

	@GetMapping("/{id}")
	@PreAuthorize(Role.CASEWORK_RULE)
	@Operation(summary = "Download one stored letter",
			responses = @ApiResponse(responseCode = "200", description = "the file, DOCX or PDF",
					content = @Content(mediaType = "application/octet-stream",
							schema = @Schema(type = "string", format = "binary"))))
	ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long id, CurrentUser user,
			HttpServletRequest request) {
		DocumentContent found = documents.read(user, caseNumber, id);
		PersonalDataView.served(request, found.personalData().orElse(null));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.document().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(found.document().fileName(), StandardCharsets.UTF_8)
						.build().toString())
			.header("X-Content-SHA256", found.document().sha256())
			.body(found.content());
	}
}
