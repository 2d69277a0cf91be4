package ogi.casework.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.litigation.AppealParty;
import ogi.casework.litigation.DecisionType;
import ogi.casework.litigation.FilingKind;
import ogi.casework.litigation.LitigationManagement;
import ogi.casework.litigation.MatterForms;
import ogi.casework.litigation.MatterKind;
import ogi.casework.litigation.MatterSummary;
import ogi.casework.litigation.MatterView;
import ogi.casework.litigation.Procedure;
import ogi.casework.litigation.ServedDocument;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.Today;

/**
 * Legal staff's pages for reconsiderations and lawsuits: the matters by their nearest deadline with the form that
 * registers one (and links it to cases), and each matter with its deadlines, faults and flags in words, its linked
 * cases and their evidence bundles, and the forms for hearings, filings, the decision, service, appeal, the
 * second-instance result and reopening. Every form binds the very request record {@code /api/matters} takes; the
 * litigation module checks roles and rules, and its errors come back next to the fields.
 */
@Controller
class MatterPagesController {

	private final LitigationManagement litigation;

	private final MatterWording wording;

	private final Today today;

	MatterPagesController(LitigationManagement litigation, MatterWording wording, Today today) {
		this.litigation = litigation;
		this.wording = wording;
		this.today = today;
	}

	@GetMapping("/legal/matters")
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	String matters(@RequestParam(name = "case", required = false) String caseNumber, CurrentUser user, Model model,
			Locale locale) {
		Map<String, String> values = new HashMap<>(defaults());
		if (caseNumber != null && !caseNumber.isBlank()) {
			values.put("caseNumbers", caseNumber.strip());
		}
		return list(user, model, locale, values, new FieldErrors());
	}

	@PostMapping("/legal/matters")
	@PreAuthorize("hasRole('LEGAL')")
	String register(@ModelAttribute("registration") MatterForms.Registration form, BindingResult binding,
			@RequestParam Map<String, String> typed, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		FieldErrors errors = bindingErrors(binding);
		if (errors.isEmpty()) {
			try {
				MatterView view = litigation.register(normalised(form), user);
				redirect.addFlashAttribute("done", "done.matter.registered");
				return "redirect:/legal/matters/" + view.matter().id();
			}
			catch (InvalidInput invalid) {
				// each typed case number is checked; the page has one field for them all
				invalid.violations().forEach(v -> errors.add(v.field().startsWith("caseNumbers[") ? "caseNumbers"
						: v.field(), v.rule(), v.message()));
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return list(user, model, locale, typedValues(typed), errors);
	}

	@GetMapping("/legal/matters/{id}")
	@PreAuthorize("hasAnyRole('LEGAL', 'HEAD')")
	String matter(@PathVariable long id, CurrentUser user, Model model, Locale locale) {
		return page(id, user, model, locale, "", Map.of(), new FieldErrors());
	}

	@PostMapping("/legal/matters/{id}/hearings")
	@PreAuthorize("hasRole('LEGAL')")
	String addHearing(@PathVariable long id, @ModelAttribute("hearing") MatterForms.HearingForm form,
			BindingResult binding, @RequestParam Map<String, String> typed, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, "hearing", typed, form, binding, f -> litigation.addHearing(id, f, user), user, model, locale,
				response, redirect);
	}

	@PostMapping("/legal/matters/{id}/filings")
	@PreAuthorize("hasRole('LEGAL')")
	String recordFiling(@PathVariable long id, @ModelAttribute("filing") MatterForms.FilingForm form,
			BindingResult binding, @RequestParam Map<String, String> typed, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, "filing", typed, form, binding, f -> litigation.recordFiling(id, f, user), user, model, locale,
				response, redirect);
	}

	@PostMapping("/legal/matters/{id}/decision")
	@PreAuthorize("hasRole('LEGAL')")
	String recordDecision(@PathVariable long id, @ModelAttribute("decision") MatterForms.DecisionForm form,
			BindingResult binding, @RequestParam Map<String, String> typed, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, "decision", typed, form, binding, f -> litigation.recordDecision(id, f, user), user, model,
				locale, response, redirect);
	}

	@PostMapping("/legal/matters/{id}/service")
	@PreAuthorize("hasRole('LEGAL')")
	String recordService(@PathVariable long id, @ModelAttribute("service") MatterForms.ServiceForm form,
			BindingResult binding, @RequestParam Map<String, String> typed, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, "service", typed, form, binding, f -> litigation.recordService(id, f, user), user, model,
				locale, response, redirect);
	}

	@PostMapping("/legal/matters/{id}/appeal")
	@PreAuthorize("hasRole('LEGAL')")
	String recordAppeal(@PathVariable long id, @ModelAttribute("appeal") MatterForms.AppealForm form,
			BindingResult binding, @RequestParam Map<String, String> typed, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, "appeal", typed, form, binding, f -> litigation.recordAppeal(id, f, user), user, model, locale,
				response, redirect);
	}

	@PostMapping("/legal/matters/{id}/second-instance")
	@PreAuthorize("hasRole('LEGAL')")
	String recordSecondInstance(@PathVariable long id,
			@ModelAttribute("secondInstance") MatterForms.SecondInstanceForm form, BindingResult binding,
			@RequestParam Map<String, String> typed, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, "second-instance", typed, form, binding, f -> litigation.recordSecondInstance(id, f, user),
				user, model, locale, response, redirect);
	}

	@PostMapping("/legal/matters/{id}/reopenings")
	@PreAuthorize("hasRole('LEGAL')")
	String reopen(@PathVariable long id, @ModelAttribute("reopen") MatterForms.ReopenForm form, BindingResult binding,
			@RequestParam Map<String, String> typed, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, "reopen", typed, form, binding, f -> litigation.reopenCase(id, f, user), user, model, locale,
				response, redirect);
	}

	/** A matter form: the module acts on it, or its rules come back next to the fields with what was typed. */
	private <F> String act(long id, String action, Map<String, String> typed, F form, BindingResult binding,
			Function<F, MatterView> call, CurrentUser user, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		FieldErrors errors = bindingErrors(binding);
		if (errors.isEmpty()) {
			try {
				call.apply(form);
				redirect.addFlashAttribute("done", "done.matter." + action);
				return "redirect:/legal/matters/" + id;
			}
			catch (InvalidInput invalid) {
				errors.addAll(invalid);
			}
			catch (ActionNotAllowed notAllowed) {
				redirect.addFlashAttribute("problem", notAllowed.getMessage());
				redirect.addFlashAttribute("problemRule", notAllowed.rule());
				return "redirect:/legal/matters/" + id;
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(id, user, model, locale, action, typedValues(typed), errors);
	}

	private String list(CurrentUser user, Model model, Locale locale, Map<String, String> values,
			FieldErrors errors) {
		List<MatterSummary> matters = litigation.list(user);
		model.addAttribute("matters", matters.stream().map(m -> new Row(m, wording.next(m.kind(), m.nextDeadline(),
				locale), m.flags().stream().map(f -> wording.flag(f, locale)).toList())).toList());
		model.addAttribute("mayKeep", user.has(Role.LEGAL));
		model.addAttribute("kinds", MatterKind.values());
		model.addAttribute("procedures", Procedure.values());
		model.addAttribute("reconsiderations", matters.stream().filter(m -> m.kind() == MatterKind.RECONSIDERATION)
				.toList());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "matters";
	}

	private String page(long id, CurrentUser user, Model model, Locale locale, String action,
			Map<String, String> values, FieldErrors errors) {
		MatterView view = litigation.find(id, user);
		var matter = view.matter();
		var deadlines = wording.deadlines(matter, view.deadlines(), locale);
		model.addAttribute("view", view);
		model.addAttribute("m", matter);
		model.addAttribute("deadlines", deadlines);
		model.addAttribute("faults", deadlines.stream().map(MatterWording.DeadlineLine::fault)
				.filter(f -> f != null).toList());
		model.addAttribute("flags", view.flags().stream().map(f -> wording.flag(f, locale)).toList());
		model.addAttribute("mayKeep", user.has(Role.LEGAL));
		model.addAttribute("action", action);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("noErrors", new FieldErrors());
		model.addAttribute("defaults", defaults());
		model.addAttribute("filingKinds", Arrays.stream(FilingKind.values())
				.filter(k -> k != FilingKind.EVIDENCE_DELAY_REQUEST || matter.kind().lawsuit()).toList());
		model.addAttribute("decisionTypes", Arrays.stream(DecisionType.values()).filter(t -> t.appliesTo(matter.kind()))
				.toList());
		model.addAttribute("servedDocuments", ServedDocument.values());
		model.addAttribute("appealParties", AppealParty.values());
		var reopened = view.reopened().stream().map(MatterView.Reopened::caseNumber).toList();
		model.addAttribute("reopenable", view.reopenable() ? matter.caseNumbers().stream()
				.filter(c -> !reopened.contains(c)).toList() : List.of());
		return "matter";
	}

	/** Case numbers typed with Chinese commas, semicolons or spaces are split as the English comma splits them. */
	private static MatterForms.Registration normalised(MatterForms.Registration form) {
		if (form.caseNumbers() == null) {
			return form;
		}
		List<String> numbers = new ArrayList<>();
		for (String typed : form.caseNumbers()) {
			if (typed != null) {
				Arrays.stream(typed.split("[，,；;、\\s]+")).filter(s -> !s.isBlank()).forEach(numbers::add);
			}
		}
		return new MatterForms.Registration(form.kind(), form.body(), form.referenceNumber(), form.copyReceivedOn(),
				form.procedure(), numbers, form.earlierMatterId());
	}

	private static FieldErrors bindingErrors(BindingResult binding) {
		FieldErrors errors = new FieldErrors();
		binding.getFieldErrors().forEach(e -> errors.add(e.getField(),
				e.isBindingFailure() ? "typeMismatch" : String.valueOf(e.getCode()), e.getDefaultMessage()));
		return errors;
	}

	private static Map<String, String> typedValues(Map<String, String> typed) {
		Map<String, String> values = new HashMap<>(typed);
		values.remove("_csrf");
		return values;
	}

	/** Date fields start on today's date, the usual answer. */
	private Map<String, String> defaults() {
		String date = today.date().toString();
		Map<String, String> defaults = new HashMap<>();
		for (String field : List.of("copyReceivedOn", "filedOn", "decidedOn", "servedOn", "lodgedOn")) {
			defaults.put(field, date);
		}
		return defaults;
	}

	/** A matter on the list with its next deadline and flags in words. */
	record Row(MatterSummary summary, MatterWording.DeadlineLine next, List<MatterWording.FlagLine> flags) {
	}
}
