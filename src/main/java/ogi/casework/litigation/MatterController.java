package ogi.casework.litigation;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;

/** Reconsideration and litigation matters: legal staff keep them, the head and legal staff read them. */
@RestController
@RequestMapping("/api/matters")
@Tag(name = "Litigation", description = "Reconsiderations and lawsuits against the agency's OGI acts")
class MatterController {

	private final LitigationManagement litigation;

	MatterController(LitigationManagement litigation) {
		this.litigation = litigation;
	}

	@PostMapping
	@PreAuthorize("hasRole('LEGAL')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a reconsideration or lawsuit linked to cases of the agency (legal staff)")
	MatterView register(@RequestBody MatterForms.Registration form, CurrentUser user) {
		return litigation.register(form, user);
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	@Operation(summary = "The agency's matters, the nearest open deadline first, with days left and faults")
	List<MatterSummary> list(CurrentUser user) {
		return litigation.list(user);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	@Operation(summary = "One matter with its deadlines, their legal basis and computation, and its linked cases")
	MatterView find(@PathVariable long id, CurrentUser user) {
		return litigation.find(id, user);
	}

	@PostMapping("/{id}/hearings")
	@PreAuthorize("hasRole('LEGAL')")
	@Operation(summary = "Add a hearing date; the head attends (复议法 Art. 51)")
	MatterView addHearing(@PathVariable long id, @RequestBody MatterForms.HearingForm form, CurrentUser user) {
		return litigation.addHearing(id, form, user);
	}

	@PostMapping("/{id}/filings")
	@PreAuthorize("hasRole('LEGAL')")
	@Operation(summary = "Record the written reply / defence with evidence, or a request to delay evidence")
	MatterView recordFiling(@PathVariable long id, @RequestBody MatterForms.FilingForm form, CurrentUser user) {
		return litigation.recordFiling(id, form, user);
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize("hasRole('LEGAL')")
	@Operation(summary = "Record the decision, judgment or ruling")
	MatterView recordDecision(@PathVariable long id, @RequestBody MatterForms.DecisionForm form, CurrentUser user) {
		return litigation.recordDecision(id, form, user);
	}

	@PostMapping("/{id}/service")
	@PreAuthorize("hasRole('LEGAL')")
	@Operation(summary = "Record the service of a judgment or ruling: the appeal window starts (行诉法 Art. 85)")
	MatterView recordService(@PathVariable long id, @RequestBody MatterForms.ServiceForm form, CurrentUser user) {
		return litigation.recordService(id, form, user);
	}

	@PostMapping("/{id}/appeal")
	@PreAuthorize("hasRole('LEGAL')")
	@Operation(summary = "Record a lodged appeal")
	MatterView recordAppeal(@PathVariable long id, @RequestBody MatterForms.AppealForm form, CurrentUser user) {
		return litigation.recordAppeal(id, form, user);
	}

	@PostMapping("/{id}/second-instance")
	@PreAuthorize("hasRole('LEGAL')")
	@Operation(summary = "Record the second-instance result")
	MatterView recordSecondInstance(@PathVariable long id, @RequestBody MatterForms.SecondInstanceForm form,
			CurrentUser user) {
		return litigation.recordSecondInstance(id, form, user);
	}

	@PostMapping("/{id}/reopenings")
	@PreAuthorize("hasRole('LEGAL')")
	@Operation(summary = "Reopen a linked case as a new reply cycle after a decision that orders a new reply")
	MatterView reopen(@PathVariable long id, @RequestBody MatterForms.ReopenForm form, CurrentUser user) {
		return litigation.reopenCase(id, form, user);
	}
}
