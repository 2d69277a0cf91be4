package ogi.casework.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.archive.ArchiveManagement;
import ogi.casework.archive.EvidenceManagement;
import ogi.casework.casework.Archiving;
import ogi.casework.casework.CaseQueries;
import ogi.casework.casework.Consulting;
import ogi.casework.casework.Delivering;
import ogi.casework.casework.Extending;
import ogi.casework.casework.Handling;
import ogi.casework.casework.Registering;
import ogi.casework.casework.Reviewing;
import ogi.casework.review.ReviewStage;
import ogi.casework.casework.CaseView;
import ogi.casework.casework.Forms;
import ogi.casework.casework.Step;
import ogi.casework.consultation.AnswerForm;
import ogi.casework.consultation.ConsultationForm;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.Opinion;
import ogi.casework.deadlines.ExtensionKind;
import ogi.casework.documents.DocumentContent;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchForm;
import ogi.casework.reply.WithheldPart;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.PersonalDataView;

/**
 * The case page — applicant (masked as the role requires), request, status, the deadline ledger in words, the
 * timeline, documents, the process diagram — and the form of each step the signed-in user may work now. Every form
 * posts to one domain action of the lifecycle step classes; its errors come back next to the fields.
 */
@Controller
class CasePagesController {

	/** The disclosure-request model as deployed, for the diagram on the case page. */
	static final String PROCESS_XML = "processes/disclosure-request.bpmn20.xml";

	private final CaseQueries cases;

	private final Registering registering;

	private final Handling handling;

	private final Consulting consulting;

	private final Reviewing reviewing;

	private final Delivering delivering;

	private final Archiving archiving;

	private final Extending extending;

	private final DocumentManagement documents;

	private final ArchiveManagement archive;

	private final CasePage casePage;

	private final EvidenceManagement evidence;

	CasePagesController(CaseQueries cases, Registering registering, Handling handling, Consulting consulting,
			Reviewing reviewing, Delivering delivering, Archiving archiving, Extending extending,
			DocumentManagement documents, ArchiveManagement archive, CasePage casePage, EvidenceManagement evidence) {
		this.evidence = evidence;
		this.cases = cases;
		this.registering = registering;
		this.handling = handling;
		this.consulting = consulting;
		this.reviewing = reviewing;
		this.delivering = delivering;
		this.archiving = archiving;
		this.extending = extending;
		this.documents = documents;
		this.archive = archive;
		this.casePage = casePage;
	}

	@GetMapping("/cases/{caseNumber}")
	@PreAuthorize("isAuthenticated()")
	String show(@PathVariable String caseNumber, CurrentUser user, Model model, Locale locale) {
		return casePage.page(caseNumber, user, model, locale, "", Map.of(), new FieldErrors());
	}

	@PostMapping("/cases/{caseNumber}/registration")
	@PreAuthorize("hasRole('CLERK')")
	String register(@PathVariable String caseNumber, @RequestParam Map<String, String> params, CurrentUser user,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		var decision = in.choice("decision", Forms.RegistrationDecision.class);
		Forms.SupplementNotice notice = decision == Forms.RegistrationDecision.SUPPLEMENT
				? new Forms.SupplementNotice(in.date("supplement.noticedOn"), in.text("supplement.items"),
						in.number("supplement.workingDays"))
				: null;
		var form = new Forms.Registration(decision, notice, null);
		return casePage.act(caseNumber, "registration", in, form, f -> registering.register(caseNumber, f, user), user, model, locale,
				response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/supplements")
	@PreAuthorize("hasRole('CLERK')")
	String supplement(@PathVariable String caseNumber, @RequestParam Map<String, String> params, CurrentUser user,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		var form = new Forms.SupplementReceived(in.date("receivedOn"), in.text("content"));
		return casePage.act(caseNumber, "supplement", in, form, f -> registering.receiveSupplement(caseNumber, f, user), user, model,
				locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/search-records")
	@PreAuthorize("hasRole('HANDLER')")
	String search(@PathVariable String caseNumber, @RequestParam Map<String, String> params, CurrentUser user,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		var form = new SearchForm(in.date("searchedOn"), in.text("sourcesSearched"), in.text("keywords"),
				in.text("periodCovered"), in.text("departmentsAsked"), in.flag("found"), in.text("notes"));
		return casePage.act(caseNumber, "search", in, form, f -> handling.recordSearch(caseNumber, f, user), user, model, locale,
				response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/consultations")
	@PreAuthorize("hasRole('HANDLER')")
	String consult(@PathVariable String caseNumber, @RequestParam Map<String, String> params, CurrentUser user,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		var form = new ConsultationForm(in.choice("kind", ConsultationKind.class), in.text("party"),
				in.text("question"), in.date("sentOn"), in.date("receivedOn"));
		return casePage.act(caseNumber, "consultation", in, form, f -> consulting.requestConsultation(caseNumber, f, user), user,
				model, locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/consultations/{number}/answers")
	@PreAuthorize("hasRole('HANDLER')")
	String answer(@PathVariable String caseNumber, @PathVariable int number, @RequestParam Map<String, String> params,
			CurrentUser user, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		var form = new AnswerForm(in.choice("opinion", Opinion.class), in.text("answer"), in.date("answeredOn"));
		return casePage.act(caseNumber, "answer-" + number, in, form,
				f -> consulting.answerConsultation(caseNumber, number, f, user), user, model, locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/reply-drafts")
	@PreAuthorize("hasRole('HANDLER')")
	String draft(@PathVariable String caseNumber, @RequestParam Map<String, String> params, CurrentUser user,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		Outcome outcome = in.choice("outcome", Outcome.class);
		List<WithheldPart> withheld = outcome == Outcome.PARTIAL
				? List.of(new WithheldPart(in.text("withheldParts[0].description"),
						in.choice("withheldParts[0].ground", ExemptionGround.class),
						in.text("withheldParts[0].reasons")))
				: List.of();
		var form = new DraftForm(outcome, in.choice("ground", ExemptionGround.class), in.text("reasons"),
				in.text("accessDetails"), in.text("responsibleAgencyName"), in.text("responsibleAgencyContact"),
				in.text("earlierCaseNumber"), withheld);
		return casePage.act(caseNumber, "draft", in, form, f -> reviewing.draftReply(caseNumber, f, user), user, model, locale,
				response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/extension-requests")
	@PreAuthorize("hasRole('HANDLER')")
	String requestExtension(@PathVariable String caseNumber, @RequestParam Map<String, String> params,
			CurrentUser user, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		var form = new Forms.ExtensionRequest(in.choice("kind", ExtensionKind.class), in.number("workingDays"),
				in.text("reason"));
		return casePage.act(caseNumber, "extension", in, form, f -> extending.requestExtension(caseNumber, f, user), user, model,
				locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/extension-decisions")
	@PreAuthorize("hasRole('HEAD')")
	String decideExtension(@PathVariable String caseNumber, @RequestParam Map<String, String> params,
			CurrentUser user, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		var form = new Forms.ExtensionDecision(in.choice("verdict", Verdict.class), in.date("approvedOn"),
				in.date("noticedOn"), in.text("note"));
		return casePage.act(caseNumber, "extension-decision", in, form, f -> extending.decideExtension(caseNumber, f, user), user,
				model, locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/reply-reviews")
	@PreAuthorize("hasRole('REVIEWER')")
	String review(@PathVariable String caseNumber, @RequestParam Map<String, String> params, CurrentUser user,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		var form = new ReviewForm(in.choice("verdict", Verdict.class), in.text("reason"));
		return casePage.act(caseNumber, "review", in, form, f -> reviewing.decide(caseNumber, ReviewStage.REVIEW, f, user), user, model, locale,
				response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/legal-reviews")
	@PreAuthorize("hasRole('LEGAL')")
	String legalReview(@PathVariable String caseNumber, @RequestParam Map<String, String> params, CurrentUser user,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		var form = new ReviewForm(in.choice("verdict", Verdict.class), in.text("reason"));
		return casePage.act(caseNumber, "legal-review", in, form, f -> reviewing.decide(caseNumber, ReviewStage.LEGAL_REVIEW, f, user), user, model,
				locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/sign-offs")
	@PreAuthorize("hasRole('HEAD')")
	String signOff(@PathVariable String caseNumber, @RequestParam Map<String, String> params, CurrentUser user,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		var form = new ReviewForm(in.choice("verdict", Verdict.class), in.text("reason"));
		return casePage.act(caseNumber, "sign-off", in, form, f -> reviewing.decide(caseNumber, ReviewStage.SIGN_OFF, f, user), user, model,
				locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/deliveries")
	@PreAuthorize("hasRole('CLERK')")
	String deliver(@PathVariable String caseNumber, @RequestParam Map<String, String> params, CurrentUser user,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		var form = new DeliveryForm(in.choice("method", DeliveryMethod.class), in.date("deliveredOn"),
				in.text("trackingNumber"), in.text("recipient"), in.date("confirmedOn"));
		return casePage.act(caseNumber, "delivery", in, form, f -> delivering.deliverReply(caseNumber, f, user), user, model,
				locale, response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/archiving")
	@PreAuthorize("hasRole('CLERK')")
	String archive(@PathVariable String caseNumber, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return casePage.act(caseNumber, "archiving", new FormInput(Map.of()), Boolean.TRUE,
				f -> archiving.archive(caseNumber, user), user, model, locale, response, redirect);
	}

	/** A letter given up after failed attempts, asked for again once its cause is fixed. */
	@PostMapping("/cases/{caseNumber}/due-letters/{id}/retry")
	@PreAuthorize("hasRole('CLERK')")
	String retryLetter(@PathVariable String caseNumber, @PathVariable long id, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return casePage.act(caseNumber, "letter-retry", new FormInput(Map.of()), Boolean.TRUE,
				f -> documents.retry(user.agencyCode(), caseNumber, id, user.username()), user, model, locale,
				response, redirect);
	}

	@PostMapping("/cases/{caseNumber}/overdue-supervisions")
	@PreAuthorize("hasRole('HEAD')")
	String supervise(@PathVariable String caseNumber, @RequestParam Map<String, String> params, CurrentUser user,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		var form = new Forms.OverdueSupervision(in.text("note"));
		return casePage.act(caseNumber, "supervision", in, form, f -> extending.superviseOverdueReply(caseNumber, f, user), user,
				model, locale, response, redirect);
	}

	@GetMapping("/cases/{caseNumber}/documents/{id}")
	@PreAuthorize(Role.CASEWORK_RULE)
	ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable long id,
			@RequestParam(required = false) String inline, CurrentUser user, HttpServletRequest request) {
		requireAny(user, CasePage.READERS_OF_DOCUMENTS);
		DocumentContent found = documents.read(user, caseNumber, id);
		PersonalDataView.served(request, found.personalData().orElse(null));
		ContentDisposition disposition = (inline != null ? ContentDisposition.inline() : ContentDisposition.attachment())
				.filename(found.document().fileName(), StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(found.document().mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
				.body(found.content());
	}

	@GetMapping("/cases/{caseNumber}/archive.zip")
	@PreAuthorize("hasAnyRole('CLERK', 'HANDLER', 'HEAD', 'LEGAL')")
	ResponseEntity<byte[]> archiveZip(@PathVariable String caseNumber, CurrentUser user, HttpServletRequest request) {
		requireAny(user, CasePage.READERS_OF_ARCHIVE);
		cases.find(caseNumber, user);
		var file = archive.download(user.agencyCode(), caseNumber);
		PersonalDataView.served(request, file.papers());
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/zip"))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(caseNumber + ".zip").build().toString())
				.body(file.zip());
	}

	/** The case's evidence bundle as one PDF, in the reader's language (Chinese first), for legal staff and the head. */
	@GetMapping("/cases/{caseNumber}/evidence-bundle.pdf")
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	ResponseEntity<byte[]> evidencePdf(@PathVariable String caseNumber, CurrentUser user, Locale locale) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(caseNumber + "-evidence-bundle.pdf", StandardCharsets.UTF_8).build().toString())
				.body(evidence.pdf(caseNumber, user, locale));
	}

	/** The evidence bundle as a ZIP: the PDF and every document of the case with their SHA-256. */
	@GetMapping("/cases/{caseNumber}/evidence-bundle.zip")
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	ResponseEntity<byte[]> evidenceZip(@PathVariable String caseNumber, CurrentUser user, Locale locale) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(caseNumber + "-evidence-bundle.zip", StandardCharsets.UTF_8).build().toString())
				.body(evidence.zip(caseNumber, user, locale));
	}

	/** The reply letter of the current draft, rendered from the same template as its PDF: what is approved is this. */
	@GetMapping(value = "/cases/{caseNumber}/letter-preview", produces = MediaType.TEXT_HTML_VALUE)
	@PreAuthorize(Role.CASEWORK_RULE)
	ResponseEntity<String> letterPreview(@PathVariable String caseNumber, CurrentUser user) {
		requireAny(user, CasePage.READERS_OF_DOCUMENTS);
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
				.body(cases.replyLetterPreview(caseNumber, user));
	}

	@GetMapping(value = "/process/disclosure-request.bpmn20.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> processModel() throws IOException {
		try (InputStream in = new ClassPathResource(PROCESS_XML).getInputStream()) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(in.readAllBytes());
		}
	}

	private static void requireAny(CurrentUser user, Set<Role> roles) {
		if (roles.stream().noneMatch(user::has)) {
			throw new AccessDeniedException("Your role may not read this case's documents");
		}
	}

}
