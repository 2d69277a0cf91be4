package ogi.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.CaseFile;
import ogi.casework.casework.Registering;
import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IdDocumentType;
import ogi.casework.intake.NewApplication;
import ogi.casework.intake.ObtainingMethod;
import ogi.casework.intake.ProvisionForm;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.PossibleDuplicate;

/**
 * The clerk logs an application on a form that follows Art. 29(2) — applicant, identity proof, contact, the
 * information asked for, form and way of provision — and the channel's dates that fix the receipt date (Art. 31).
 */
@Controller
class ApplicationPagesController {

	private final Registering registering;

	private final Validator validator;

	private final CaseworkSettings settings;

	private final Clock clock;

	ApplicationPagesController(Registering registering, Validator validator, CaseworkSettings settings,
			Clock clock) {
		this.registering = registering;
		this.validator = validator;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/applications/new")
	@PreAuthorize("hasRole('CLERK')")
	String form(CurrentUser clerk, Model model) {
		requireClerk(clerk);
		Map<String, String> values = new HashMap<>();
		values.put("channel", Channel.IN_PERSON.name());
		values.put("applicant.type", ApplicantType.NATURAL_PERSON.name());
		values.put("applicant.idDocumentType", IdDocumentType.RESIDENT_ID_CARD.name());
		values.put("provisionForm", ProvisionForm.PAPER.name());
		values.put("obtainingMethod", ObtainingMethod.POST.name());
		values.put("dates.submittedOn", today().toString());
		return show(model, values, new FieldErrors());
	}

	@PostMapping("/applications")
	@PreAuthorize("hasRole('CLERK')")
	String receive(@RequestParam Map<String, String> params, CurrentUser clerk, Model model,
			HttpServletResponse response) {
		requireClerk(clerk);
		FormInput input = new FormInput(params);
		var applicant = new NewApplication.Applicant(input.choice("applicant.type", ApplicantType.class),
				input.text("applicant.name"), input.choice("applicant.idDocumentType", IdDocumentType.class),
				input.text("applicant.idNumber"), input.text("applicant.phone"), input.text("applicant.email"),
				input.text("applicant.address"));
		Channel channel = input.choice("channel", Channel.class);
		var application = new NewApplication(applicant, input.text("requestedInformation"),
				input.text("documentNumber"), input.choice("provisionForm", ProvisionForm.class),
				input.choice("obtainingMethod", ObtainingMethod.class), channel,
				datesOf(channel, input), "true".equals(input.text("needsAssistance")), input.text("purpose"),
				"true".equals(input.text("confirmDuplicate")));
		FieldErrors errors = input.errors();
		errors.addAll(validator.validate(application));
		if (errors.isEmpty()) {
			try {
				CaseFile file = registering.open(application, clerk);
				return "redirect:/cases/" + file.caseNumber() + "?received";
			}
			catch (InvalidInput invalid) {
				errors.addAll(invalid);
			}
			catch (PossibleDuplicate duplicate) {
				errors.add("confirmDuplicate", "possibleDuplicate", duplicate.getMessage());
				model.addAttribute("duplicateOf", String.join(", ", duplicate.existingCaseNumbers()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return show(model, input.values(), errors);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return show(model, input.values(), errors);
	}

	/** Only the dates the chosen channel uses are sent on, so a hidden field's stale value cannot count. */
	private static NewApplication.ChannelDates datesOf(Channel channel, FormInput input) {
		LocalDate submitted = input.date("dates.submittedOn");
		LocalDate signed = input.date("dates.signedForOn");
		LocalDate arrived = input.date("dates.arrivedOn");
		LocalDate confirmed = input.date("dates.confirmedOn");
		if (channel == null) {
			return new NewApplication.ChannelDates(submitted, signed, arrived, confirmed);
		}
		return switch (channel) {
			case IN_PERSON -> new NewApplication.ChannelDates(submitted, null, null, null);
			case POST_SIGNED -> new NewApplication.ChannelDates(null, signed, null, null);
			case POST_UNSIGNED -> new NewApplication.ChannelDates(null, null, arrived, confirmed);
			case INTERNET -> new NewApplication.ChannelDates(submitted, null, null, confirmed);
			case FAX -> new NewApplication.ChannelDates(null, null, arrived, confirmed);
		};
	}

	private String show(Model model, Map<String, String> values, FieldErrors errors) {
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("today", today());
		model.addAttribute("applicantTypes", ApplicantType.values());
		model.addAttribute("idDocumentTypes", IdDocumentType.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("provisionForms", ProvisionForm.values());
		model.addAttribute("obtainingMethods", ObtainingMethod.values());
		return "application-form";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(settings.zone()));
	}

	private static void requireClerk(CurrentUser user) {
		if (!user.has(Role.CLERK)) {
			throw new org.springframework.security.access.AccessDeniedException("Only clerks log applications");
		}
	}
}
