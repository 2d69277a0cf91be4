package ogi.casework.documents;

import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;

/** A case's letters issued but not stored yet: still to come, or given up after failed attempts and asked for again. */
@RestController
@RequestMapping("/api/cases/{caseNumber}/due-letters")
@Tag(name = "Documents", description = "Letters rendered for a case (spec §10), as DOCX and PDF")
class DueLetterController {

	private final DocumentManagement documents;

	DueLetterController(DocumentManagement documents) {
		this.documents = documents;
	}

	/** A due letter without its values (they hold the applicant's personal data). */
	record DueLetterView(long id, DocumentKind kind, DueLetter.Status status, int attempts, String requestedBy,
			Instant requestedAt, Instant nextAttemptAt, String lastError) {

		static DueLetterView of(DueLetter letter) {
			return new DueLetterView(letter.id(), letter.kind(), letter.status(), letter.attempts(),
					letter.requestedBy(), letter.requestedAt(), letter.nextAttemptAt(), letter.lastError());
		}
	}

	@GetMapping
	@Operation(summary = "The case's letters not stored yet: DUE, RENDERING, or FAILED with the last error")
	@PreAuthorize(Role.CASEWORK_RULE)
	List<DueLetterView> list(@PathVariable String caseNumber, CurrentUser user) {
		return documents.dueLetters(user.agencyCode(), caseNumber).stream().map(DueLetterView::of).toList();
	}

	@PostMapping("/{id}/retry")
	@Operation(summary = "Ask again for a letter given up after failed attempts, once the cause is fixed")
	@PreAuthorize("hasRole('CLERK')")
	ResponseEntity<Void> retry(@PathVariable String caseNumber, @PathVariable long id, CurrentUser user) {
		documents.retry(user.agencyCode(), caseNumber, id, user.username());
		return ResponseEntity.noContent().build();
	}
}
