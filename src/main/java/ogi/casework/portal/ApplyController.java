package ogi.casework.portal;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.IdDocumentType;
import ogi.casework.intake.ObtainingMethod;
import ogi.casework.intake.ProvisionForm;
import ogi.casework.shared.InvalidInput;

/**
 * The online application (Art. 29): the applicant fills in the form, attaches the identity proof and submits; the page
 * then shows the case number and the query code (查询码) once, which are also e-mailed.
 */
@Controller
class ApplyController {

	private final PortalManagement portal;

	private final PortalPagesController pages;

	private final Challenges challenges;

	private final Validator validator;

	private final PortalSettings settings;

	ApplyController(PortalManagement portal, PortalPagesController pages, Challenges challenges, Validator validator,
			PortalSettings settings) {
		this.portal = portal;
		this.pages = pages;
		this.challenges = challenges;
		this.validator = validator;
		this.settings = settings;
	}

	@GetMapping("/portal/{agencyCode}/apply")
	@PreAuthorize("permitAll()")
	String form(@PathVariable String agencyCode, Model model) {
		Map<String, String> values = new HashMap<>();
		values.put("applicant.type", ApplicantType.NATURAL_PERSON.name());
		values.put("applicant.idDocumentType", IdDocumentType.RESIDENT_ID_CARD.name());
		values.put("provisionForm", ProvisionForm.ELECTRONIC.name());
		values.put("obtainingMethod", ObtainingMethod.ONLINE.name());
		return show(agencyCode, model, new PortalForm(values));
	}

	@PostMapping("/portal/{agencyCode}/apply")
	@PreAuthorize("permitAll()")
	String submit(@PathVariable String agencyCode, @RequestParam Map<String, String> params,
			@RequestParam(name = "identityProof", required = false) MultipartFile identityProof,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		pages.agency(agencyCode);
		PortalForm form = new PortalForm(params);
		var application = form.application();
		form.reject(validator.validate(application));
		if (!form.hasErrors()) {
			try {
				var submitted = portal.submit(agencyCode, application, identityProof, params.get("altcha"),
						request.getRemoteAddr());
				model.addAttribute("agency", pages.agency(agencyCode));
				model.addAttribute("submitted", submitted);
				return "portal/submitted";
			}
			catch (Refused refused) {
				form.reject(refused);
			}
			catch (InvalidInput invalid) {
				form.reject(invalid);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return show(agencyCode, model, form);
	}

	private String show(String agencyCode, Model model, PortalForm form) {
		model.addAttribute("agency", pages.agency(agencyCode));
		model.addAttribute("values", form.values());
		model.addAttribute("errors", form.errors());
		model.addAttribute("challenge", challenges.create());
		model.addAttribute("maxUploadMb", settings.maxUploadSize().toMegabytes());
		model.addAttribute("applicantTypes", ApplicantType.values());
		model.addAttribute("idDocumentTypes", IdDocumentType.values());
		model.addAttribute("provisionForms", ProvisionForm.values());
		model.addAttribute("obtainingMethods", ObtainingMethod.values());
		return "portal/apply";
	}
}
