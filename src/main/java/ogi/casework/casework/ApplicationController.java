package ogi.casework.casework;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.intake.NewApplication;
import ogi.casework.shared.CaseStatus;

/** Incoming applications: the clerk logs each one and gets its case number and reply due date. */
@RestController
@RequestMapping("/api/applications")
@Tag(name = "Applications", description = "Log incoming applications (clerk)")
class ApplicationController {

	private final Registering registering;

	ApplicationController(Registering registering) {
		this.registering = registering;
	}

	@PostMapping
	@PreAuthorize("hasRole('CLERK')")
	@Operation(summary = "Log an application (Art. 29); the receipt date follows the channel (Art. 31)")
	ResponseEntity<Received> receive(@Valid @RequestBody NewApplication application, CurrentUser clerk) {
		CaseFile file = registering.open(application, clerk);
		return ResponseEntity.created(URI.create("/api/cases/" + file.caseNumber()))
				.body(new Received(file.caseNumber(), file.status(), file.receiptDate(), file.replyDueDate(),
						file.replyDueProvisional()));
	}

	/** What the clerk gets back: the case number and the reply due date (Art. 33(2)). */
	record Received(String caseNumber, CaseStatus status, LocalDate receiptDate, LocalDate replyDueDate,
			boolean replyDueProvisional) {
	}
}
