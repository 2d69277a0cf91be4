package ogi.casework.casework;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.consultation.AnswerForm;
import ogi.casework.consultation.ConsultationForm;
import ogi.casework.deadlines.Deadline;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.NoticeDelivery;
import ogi.casework.reply.NoticeDeliveryForm;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.SearchForm;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.ReviewStage;

/**
 * A case and the domain actions that move it, one endpoint per action; each answers with the case as the caller may
 * see it. An action the current step does not allow gets 409.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}")
@Tag(name = "Cases", description = "A case, its deadlines and the actions of each step")
class CaseController {

	private final CaseQueries cases;

	private final Registering registering;

	private final Handling handling;

	private final Consulting consulting;

	private final Reviewing reviewing;

	private final Delivering delivering;

	private final Archiving archiving;

	private final Extending extending;

	private final Charging charging;

	CaseController(CaseQueries cases, Registering registering, Handling handling, Consulting consulting,
			Reviewing reviewing, Delivering delivering, Archiving archiving, Extending extending, Charging charging) {
		this.cases = cases;
		this.registering = registering;
		this.handling = handling;
		this.consulting = consulting;
		this.reviewing = reviewing;
		this.delivering = delivering;
		this.archiving = archiving;
		this.extending = extending;
		this.charging = charging;
	}

	@GetMapping
	@Operation(summary = "The case: status, current steps, applicant (masked where the role does not need it), deadlines, outcome, history")
	@PreAuthorize(Role.CASEWORK_RULE)
	CaseView show(@PathVariable String caseNumber, CurrentUser user) {
		return cases.view(caseNumber, user);
	}

	@GetMapping("/deadlines")
	@Operation(summary = "The deadline ledger: every period with its start, legal basis and computation")
	@PreAuthorize("isAuthenticated()")
	List<Deadline> deadlines(@PathVariable String caseNumber, CurrentUser user) {
		return cases.deadlines(caseNumber, user);
	}

	@PostMapping("/registration")
	@PreAuthorize("hasRole('CLERK')")
	@Operation(summary = "Register: accept, send a supplement notice (Art. 30) or reply on the spot (Art. 33(1))")
	CaseView register(@PathVariable String caseNumber, @Valid @RequestBody Forms.Registration registration,
			CurrentUser clerk) {
		registering.register(caseNumber, registration, clerk);
		return cases.view(caseNumber, clerk);
	}

	@PostMapping("/supplements")
	@PreAuthorize("hasRole('CLERK')")
	@Operation(summary = "Record the applicant's supplement; the reply period restarts (Art. 30)")
	CaseView supplement(@PathVariable String caseNumber, @Valid @RequestBody Forms.SupplementReceived supplement,
			CurrentUser clerk) {
		registering.receiveSupplement(caseNumber, supplement, clerk);
		return cases.view(caseNumber, clerk);
	}

	@PostMapping("/search-records")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Record the search (检索记录) and finish research")
	CaseView search(@PathVariable String caseNumber, @Valid @RequestBody SearchForm search, CurrentUser handler) {
		handling.recordSearch(caseNumber, search, handler);
		return cases.view(caseNumber, handler);
	}

	@PostMapping("/consultations")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Send a consultation letter to a third party (Art. 32) or another agency (Art. 34)")
	CaseView consult(@PathVariable String caseNumber, @Valid @RequestBody ConsultationForm consultation,
			CurrentUser handler) {
		consulting.requestConsultation(caseNumber, consultation, handler);
		return cases.view(caseNumber, handler);
	}

	@PostMapping("/consultations/{number}/answers")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Record a consultation's answer, or that none came")
	CaseView answer(@PathVariable String caseNumber, @PathVariable int number, @Valid @RequestBody AnswerForm answer,
			CurrentUser handler) {
		consulting.answerConsultation(caseNumber, number, answer, handler);
		return cases.view(caseNumber, handler);
	}

	@PostMapping("/art35-inquiries")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Art. 35: ask the applicant for reasons for the volume or frequency of requests")
	CaseView askForReasons(@PathVariable String caseNumber,
			@Valid @RequestBody ogi.casework.reply.Art35Form.Request request, CurrentUser handler) {
		handling.askForReasons(caseNumber, request, handler);
		return cases.view(caseNumber, handler);
	}

	@PostMapping("/art35-assessments")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Art. 35: record the reasons (or that none came) and judge them")
	CaseView assessReasons(@PathVariable String caseNumber,
			@Valid @RequestBody ogi.casework.reply.Art35Form.Assessment assessment, CurrentUser handler) {
		handling.assessReasons(caseNumber, assessment, handler);
		return cases.view(caseNumber, handler);
	}

	@PostMapping("/assistance-requests")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Ask another department of the agency to search (协查)")
	CaseView requestAssistance(@PathVariable String caseNumber,
			@Valid @RequestBody ogi.casework.consultation.AssistanceForm request, CurrentUser handler) {
		handling.requestAssistance(caseNumber, request, handler);
		return cases.view(caseNumber, handler);
	}

	@PostMapping("/assistance-requests/{number}/answers")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Record a department's answer: found or not, and what it searched")
	CaseView answerAssistance(@PathVariable String caseNumber, @PathVariable int number,
			@Valid @RequestBody ogi.casework.consultation.AssistanceAnswerForm answer, CurrentUser handler) {
		handling.answerAssistance(caseNumber, number, answer, handler);
		return cases.view(caseNumber, handler);
	}

	@PostMapping("/deliberations")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Open a joint deliberation (会商); the reply waits for every participant's opinion")
	CaseView deliberate(@PathVariable String caseNumber, @Valid @RequestBody Forms.DeliberationRequest request,
			CurrentUser handler) {
		handling.openDeliberation(caseNumber, request, handler);
		return cases.view(caseNumber, handler);
	}

	@PostMapping("/deliberation-opinions")
	@Operation(summary = "A participant records their opinion in the deliberation")
	@PreAuthorize("isAuthenticated()")
	CaseView opine(@PathVariable String caseNumber, @Valid @RequestBody Forms.DeliberationOpinion opinion,
			CurrentUser user) {
		handling.recordDeliberationOpinion(caseNumber, opinion, user);
		return cases.view(caseNumber, user);
	}

	@PostMapping("/reply-drafts")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Draft the reply: outcome, legal ground and the content the outcome requires")
	CaseView draft(@PathVariable String caseNumber, @Valid @RequestBody DraftForm draft, CurrentUser handler) {
		reviewing.draftReply(caseNumber, draft, handler);
		return cases.view(caseNumber, handler);
	}

	@PostMapping("/reply-reviews")
	@PreAuthorize("hasRole('REVIEWER')")
	@Operation(summary = "Approve the draft or return it with a reason; the drafter cannot approve")
	CaseView review(@PathVariable String caseNumber, @Valid @RequestBody ReviewForm review, CurrentUser reviewer) {
		reviewing.decide(caseNumber, ReviewStage.REVIEW, review, reviewer);
		return cases.view(caseNumber, reviewer);
	}

	@PostMapping("/legal-reviews")
	@PreAuthorize("hasRole('LEGAL')")
	@Operation(summary = "Legal staff approve a reply whose litigation risk reached the legal-review level, or return it")
	CaseView legalReview(@PathVariable String caseNumber, @Valid @RequestBody ReviewForm review, CurrentUser legal) {
		reviewing.decide(caseNumber, ReviewStage.LEGAL_REVIEW, review, legal);
		return cases.view(caseNumber, legal);
	}

	@PostMapping("/sign-offs")
	@PreAuthorize("hasRole('HEAD')")
	@Operation(summary = "The office head signs off a refusal or partial disclosure, or returns it")
	CaseView signOff(@PathVariable String caseNumber, @Valid @RequestBody ReviewForm signOff, CurrentUser head) {
		reviewing.decide(caseNumber, ReviewStage.SIGN_OFF, signOff, head);
		return cases.view(caseNumber, head);
	}

	@PostMapping("/deliveries")
	@PreAuthorize("hasRole('CLERK')")
	@Operation(summary = "Record the delivery (送达): method, the date that counts, proof")
	CaseView deliver(@PathVariable String caseNumber, @Valid @RequestBody DeliveryForm delivery, CurrentUser clerk) {
		delivering.deliverReply(caseNumber, delivery, clerk);
		return cases.view(caseNumber, clerk);
	}

	@PostMapping("/delivery-returns")
	@PreAuthorize("hasRole('CLERK')")
	@Operation(summary = "Return the approved reply to the handler for correction instead of delivering it, with the reason")
	CaseView returnForCorrection(@PathVariable String caseNumber, @Valid @RequestBody Forms.DeliveryReturn form,
			CurrentUser clerk) {
		delivering.returnForCorrection(caseNumber, form, clerk);
		return cases.view(caseNumber, clerk);
	}

	@PostMapping("/reply-receipts")
	@PreAuthorize("hasRole('CLERK')")
	@Operation(summary = "Record when the applicant received a posted or electronic reply (its return receipt); the remedy windows run from it")
	CaseView recordReplyReceipt(@PathVariable String caseNumber, @Valid @RequestBody Forms.ReplyReceipt receipt,
			CurrentUser clerk) {
		delivering.recordReplyReceipt(caseNumber, receipt.receivedOn(), clerk);
		return cases.view(caseNumber, clerk);
	}

	@PostMapping("/notice-deliveries")
	@PreAuthorize("hasAnyRole('CLERK', 'HANDLER')")
	@Operation(summary = "Record how a supplement notice, extension notice or consultation letter was delivered, with its proof")
	NoticeDelivery deliverNotice(@PathVariable String caseNumber, @Valid @RequestBody NoticeDeliveryForm form,
			CurrentUser user) {
		return delivering.recordNoticeDelivery(caseNumber, form, user);
	}

	@PostMapping("/archiving")
	@PreAuthorize("hasRole('CLERK')")
	@Operation(summary = "Archive the case file (归档)")
	CaseView archive(@PathVariable String caseNumber, CurrentUser clerk) {
		archiving.archive(caseNumber, clerk);
		return cases.view(caseNumber, clerk);
	}

	@PostMapping("/fee-notices")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Send a fee notice (国办函〔2020〕109号): 20 working days to pay; the reply period pauses (F-6)")
	CaseView noticeFee(@PathVariable String caseNumber, @Valid @RequestBody ogi.casework.fees.FeeNoticeForm notice,
			CurrentUser handler) {
		charging.noticeFee(caseNumber, notice, handler);
		return cases.view(caseNumber, handler);
	}

	@PostMapping("/fee-payments")
	@PreAuthorize("hasAnyRole('HANDLER', 'CLERK')")
	@Operation(summary = "Record the fee payment; the reply period runs again")
	CaseView recordFeePayment(@PathVariable String caseNumber, @Valid @RequestBody Forms.FeePayment payment,
			CurrentUser user) {
		charging.recordFeePayment(caseNumber, payment.paidOn(), user);
		return cases.view(caseNumber, user);
	}

	@PostMapping("/extension-requests")
	@PreAuthorize("hasRole('HANDLER')")
	@Operation(summary = "Ask the office head to extend the reply period (Art. 33(2), ≤ 20 working days) or delay it (Art. 35)")
	CaseView requestExtension(@PathVariable String caseNumber, @Valid @RequestBody Forms.ExtensionRequest request,
			CurrentUser handler) {
		extending.requestExtension(caseNumber, request, handler);
		return cases.view(caseNumber, handler);
	}

	@PostMapping("/extension-decisions")
	@PreAuthorize("hasRole('HEAD')")
	@Operation(summary = "The office head approves (with the date of the notice to the applicant) or refuses the extension")
	CaseView decideExtension(@PathVariable String caseNumber, @Valid @RequestBody Forms.ExtensionDecision decision,
			CurrentUser head) {
		extending.decideExtension(caseNumber, decision, head);
		return cases.view(caseNumber, head);
	}

	@PostMapping("/overdue-supervisions")
	@PreAuthorize("hasRole('HEAD')")
	@Operation(summary = "The office head records the supervision of an overdue reply")
	CaseView supervise(@PathVariable String caseNumber, @Valid @RequestBody Forms.OverdueSupervision supervision,
			CurrentUser head) {
		extending.superviseOverdueReply(caseNumber, supervision, head);
		return cases.view(caseNumber, head);
	}
}
