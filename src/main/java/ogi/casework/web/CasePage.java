package ogi.casework.web;

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

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.archive.ArchiveManagement;
import ogi.casework.casework.CaseQueries;
import ogi.casework.casework.CaseView;
import ogi.casework.casework.Forms;
import ogi.casework.casework.Step;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.Opinion;
import ogi.casework.deadlines.ExtensionKind;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;

/**
 * The case page as one user sees it — the case, its ledger and timeline in words, its documents and the forms of the
 * steps the user may work now — and how a step form is acted on: validated, passed to the lifecycle step, and on a
 * broken rule shown again with the errors next to the fields.
 */
@Component
class CasePage {

	/** Who may download a case's letters and its sealed file, as the REST API allows (they hold personal data). */
	static final Set<Role> READERS_OF_DOCUMENTS = Role.CASEWORK;

	static final Set<Role> READERS_OF_ARCHIVE = Set.of(Role.CLERK, Role.HANDLER, Role.HEAD, Role.LEGAL);

	/** The date fields of the step forms; they start on today's date, the usual answer. */
	private static final List<String> DATE_FIELDS = List.of("supplement.noticedOn", "receivedOn", "searchedOn", "sentOn",
			"answeredOn", "deliveredOn", "approvedOn", "noticedOn", "askedOn", "paidOn");

	private final CaseQueries cases;

	private final DocumentManagement documents;

	private final ArchiveManagement archive;

	private final IntakeManagement intake;

	private final ogi.casework.casework.CaseRegister register;

	private final DeadlineWording wording;

	private final TimelineWording timeline;

	private final Validator validator;

	private final CaseworkSettings settings;

	private final Clock clock;

	private final ogi.casework.reply.ReplyManagement replies;

	private final DraftChanges draftChanges;

	CasePage(CaseQueries cases, DocumentManagement documents, ArchiveManagement archive, IntakeManagement intake,
			ogi.casework.casework.CaseRegister register, DeadlineWording wording, TimelineWording timeline, Validator validator, CaseworkSettings settings,
			Clock clock, ogi.casework.reply.ReplyManagement replies, DraftChanges draftChanges) {
		this.replies = replies;
		this.draftChanges = draftChanges;
		this.cases = cases;
		this.documents = documents;
		this.archive = archive;
		this.intake = intake;
		this.register = register;
		this.wording = wording;
		this.timeline = timeline;
		this.validator = validator;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A step form bound by Spring to the same request record as the API ({@code @ModelAttribute @Valid}): binding and
	 * bean-validation errors and the module's own rules come back next to the fields, with what was typed.
	 */
	<F> String actBound(String caseNumber, String action, Map<String, String> typed, F form, BindingResult binding,
			Consumer<F> call, CurrentUser user, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		FormInput input = new FormInput(typed);
		binding.getFieldErrors().forEach(e -> input.errors().add(e.getField(),
				e.isBindingFailure() ? "typeMismatch" : String.valueOf(e.getCode()), e.getDefaultMessage()));
		binding.getGlobalErrors().forEach(e -> input.errors().add("", String.valueOf(e.getCode()),
				e.getDefaultMessage()));
		if (!input.errors().isEmpty() || form == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(caseNumber, user, model, locale, action, input.values(), input.errors());
		}
		return act(caseNumber, action, input, form, call, user, model, locale, response, redirect);
	}

	<F> String act(String caseNumber, String action, FormInput input, F form, Consumer<F> call,
			CurrentUser user, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		FieldErrors errors = input.errors();
		errors.addAll(validator.validate(form));
		if (errors.isEmpty()) {
			try {
				call.accept(form);
				redirect.addFlashAttribute("done", "done." + action.replaceAll("-\\d+$", ""));
				return "redirect:" + casePath(caseNumber);
			}
			catch (InvalidInput invalid) {
				errors.addAll(invalid);
			}
			catch (ActionNotAllowed notAllowed) {
				redirect.addFlashAttribute("problem", notAllowed.getMessage());
				redirect.addFlashAttribute("problemRule", notAllowed.rule());
				return "redirect:" + casePath(caseNumber);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(caseNumber, user, model, locale, action, input.values(), errors);
	}

	/** The case page's path, the case number encoded: typed text never becomes a URI template or a header break. */
	static String casePath(String caseNumber) {
		return org.springframework.web.util.UriComponentsBuilder.fromPath("/cases/{caseNumber}")
				.buildAndExpand(caseNumber).encode().toUriString();
	}

	String page(String caseNumber, CurrentUser user, Model model, Locale locale, String action,
			Map<String, String> values, FieldErrors errors) {
		CaseView view = cases.view(caseNumber, user);
		LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
		model.addAttribute("case", view);
		model.addAttribute("today", today);
		model.addAttribute("action", action);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("noErrors", new FieldErrors());
		model.addAttribute("defaults", DATE_FIELDS.stream().collect(Collectors.toMap(name -> name, name -> today.toString())));
		model.addAttribute("zone", settings.zone());
		model.addAttribute("ledger", view.deadlines().stream()
				.map(deadline -> new LedgerLine(deadline.kind().name(), timeline.basis(deadline, locale),
						wording.explain(deadline, view.pauses(), locale), timeline.reason(deadline, locale),
						deadline.active()))
				.toList());
		model.addAttribute("timeline", timeline.timeline(view, locale));
		model.addAttribute("can", workable(view, user));
		model.addAttribute("currentStepIds",
				view.currentSteps().stream().map(CaseView.OpenStep::step).distinct().collect(Collectors.joining(",")));
		model.addAttribute("documents", READERS_OF_DOCUMENTS.stream().anyMatch(user::has)
				? documents.listFor(user, caseNumber) : List.of());
		model.addAttribute("dueLetters", READERS_OF_DOCUMENTS.stream().anyMatch(user::has)
				? documents.dueLetters(user.agencyCode(), caseNumber) : List.of());
		model.addAttribute("mayRetryLetters", user.has(Role.CLERK));
		model.addAttribute("seal", archive.find(user.agencyCode(), caseNumber).orElse(null));
		model.addAttribute("mayDownloadArchive", READERS_OF_ARCHIVE.stream().anyMatch(user::has));
		model.addAttribute("mayReadLetters", READERS_OF_DOCUMENTS.stream().anyMatch(user::has));
		model.addAttribute("mayFileEvidence", user.has(Role.LEGAL) || user.has(Role.HEAD));
		model.addAttribute("outcomes", Arrays.stream(Outcome.values()).filter(Outcome::isDraftable).toList());
		model.addAttribute("grounds", ExemptionGround.values());
		model.addAttribute("registrationDecisions", List.of(Forms.RegistrationDecision.ACCEPT,
				Forms.RegistrationDecision.SUPPLEMENT));
		model.addAttribute("deliveryMethods", DeliveryMethod.values());
		model.addAttribute("consultationKinds", ConsultationKind.values());
		model.addAttribute("opinions", Opinion.values());
		model.addAttribute("extensionKinds", ExtensionKind.values());
		model.addAttribute("pendingExtension", view.extensions().stream()
				.filter(e -> e.status() == ogi.casework.deadlines.Extension.Status.REQUESTED).findFirst().orElse(null));
		Map<String, Boolean> can = workable(view, user);
		model.addAttribute("draftValues", draftValues(view, today));
		var draft = view.draft();
		model.addAttribute("draftChanges", draft == null || draft.version() < 2 ? List.of()
				: replies.draft(user.agencyCode(), caseNumber, draft.version() - 1)
					.map(before -> draftChanges.between(before, draft, locale)).orElse(List.of()));
		boolean handles = can.get(Step.HANDLE_REQUEST.taskId()) || can.get(Step.DRAFT_REPLY.taskId());
		model.addAttribute("similar", handles ? intake.similarApplications(user.agencyCode(), caseNumber) : null);
		model.addAttribute("sameIdentity", can.get(Step.REGISTER_APPLICATION.taskId())
				? register.sameIdentityOtherName(caseNumber, user) : List.of());
		model.addAttribute("handlerHere", can.get(Step.HANDLE_REQUEST.taskId()) || can.get(Step.DRAFT_REPLY.taskId()));
		model.addAttribute("mayRecordNotices", user.has(Role.CLERK) || user.has(Role.HANDLER));
		model.addAttribute("openFee", view.fees().stream().filter(fee -> fee.isOpen()).findFirst().orElse(null));
		model.addAttribute("art35Assessments", ogi.casework.reply.Art35Inquiry.Assessment.values());
		model.addAttribute("feeMethods", ogi.casework.fees.FeeMethod.values());
		model.addAttribute("noticeKinds", ogi.casework.reply.NoticeKind.values());
		return "case";
	}

	/** The steps of the case the user may work now: open, for one of their roles, and not claimed by a colleague. */
	static Map<String, Boolean> workable(CaseView view, CurrentUser user) {
		Map<String, Boolean> can = new HashMap<>();
		for (Step step : Step.values()) {
			boolean open = view.currentSteps().stream()
					.anyMatch(s -> s.step().equals(step.taskId())
							&& (s.assignee() == null || s.assignee().equals(user.username())));
			can.put(step.taskId(), open && user.has(step.role()));
		}
		return can;
	}


	/**
	 * What the draft form starts with: after a return, the last version's content, so the handler corrects it rather
	 * than typing it again; otherwise today's dates only.
	 */
	private static Map<String, String> draftValues(CaseView view, LocalDate today) {
		Map<String, String> values = new HashMap<>();
		values.put("noticedOn", today.toString());
		var draft = view.draft();
		if (draft == null) {
			return values;
		}
		put(values, "outcome", draft.outcome());
		put(values, "ground", draft.ground());
		put(values, "reasons", draft.reasons());
		put(values, "accessDetails", draft.accessDetails());
		put(values, "responsibleAgencyName", draft.responsibleAgencyName());
		put(values, "responsibleAgencyContact", draft.responsibleAgencyContact());
		put(values, "earlierCaseNumber", draft.earlierCaseNumber());
		if (!draft.withheldParts().isEmpty()) {
			var part = draft.withheldParts().get(0);
			put(values, "withheldParts[0].description", part.description());
			put(values, "withheldParts[0].ground", part.ground());
			put(values, "withheldParts[0].reasons", part.reasons());
		}
		return values;
	}

	private static void put(Map<String, String> values, String name, Object value) {
		if (value != null) {
			values.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
		}
	}

	/** One ledger entry in words. */
	record LedgerLine(String kind, String basis, String sentence, String reason, boolean active) {
	}
}
