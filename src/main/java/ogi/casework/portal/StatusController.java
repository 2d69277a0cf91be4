package ogi.casework.portal;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.InvalidInput;

/**
 * The applicant's view of their application: found with the case number and query code, kept for this browser
 * session only; the stage in plain words, the dates, the letters addressed to them, the online supplement (Art. 30)
 * and the reply's download.
 */
@Controller
class StatusController {

	static final String SESSION_CASE = "ogi.portal.case";

	private final PortalManagement portal;

	private final PortalStatus status;

	private final Challenges challenges;

	private final PortalSettings settings;

	StatusController(PortalManagement portal, PortalStatus status, Challenges challenges, PortalSettings settings) {
		this.portal = portal;
		this.status = status;
		this.challenges = challenges;
		this.settings = settings;
	}

	@GetMapping("/portal/status")
	@PreAuthorize("permitAll()")
	String lookUpForm(Model model) {
		return lookUpPage(model, new PortalForm(Map.of()));
	}

	@PostMapping("/portal/status")
	@PreAuthorize("permitAll()")
	String lookUp(@RequestParam Map<String, String> params, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		PortalForm form = new PortalForm(params);
		if (form.text("caseNumber") == null) {
			form.reject("caseNumber", "rule.required");
		}
		if (form.text("queryCode") == null) {
			form.reject("queryCode", "rule.required");
		}
		if (!form.hasErrors()) {
			try {
				var access = portal.lookUp(form.text("caseNumber"), form.text("queryCode"), params.get("altcha"),
						request.getRemoteAddr());
				request.getSession(true);
				request.changeSessionId();
				request.getSession().setAttribute(SESSION_CASE, access.caseNumber());
				return "redirect:/portal/status/case";
			}
			catch (Refused refused) {
				form.reject(refused);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		form.values().remove("queryCode");
		return lookUpPage(model, form);
	}

	@GetMapping("/portal/status/case")
	@PreAuthorize("permitAll()")
	String show(HttpSession session, Model model) {
		var access = access(session);
		if (access == null) {
			return "redirect:/portal/status";
		}
		return casePage(model, access, new PortalForm(Map.of()));
	}

	@PostMapping("/portal/status/case/supplement")
	@PreAuthorize("permitAll()")
	String supplement(@RequestParam(name = "content", required = false) String content,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpSession session,
			HttpServletResponse response, Model model) {
		var access = access(session);
		if (access == null) {
			return "redirect:/portal/status";
		}
		PortalForm form = new PortalForm(content == null ? Map.of() : Map.of("content", content));
		try {
			portal.supplement(access, content, files == null ? List.of() : files);
			return "redirect:/portal/status/case?supplemented";
		}
		catch (Refused refused) {
			form.reject(refused);
		}
		catch (InvalidInput invalid) {
			form.reject("content", "portal.refused.supplementLate");
		}
		catch (ActionNotAllowed notAwaited) {
			form.reject("content", "portal.refused.supplementNotAwaited");
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return casePage(model, access, form);
	}

	@GetMapping("/portal/status/case/letters/{id}")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> letter(@PathVariable long id, HttpSession session) {
		var access = access(session);
		if (access == null) {
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/portal/status").build();
		}
		var letter = status.letter(access, id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(letter.document().fileName(), java.nio.charset.StandardCharsets.UTF_8).build()
						.toString())
				.header("X-Content-Type-Options", "nosniff").body(letter.content());
	}

	@PostMapping("/portal/status/leave")
	@PreAuthorize("permitAll()")
	String leave(HttpSession session) {
		session.invalidate();
		return "redirect:/portal/status";
	}

	private PortalAccess access(HttpSession session) {
		return portal.access((String) session.getAttribute(SESSION_CASE)).orElse(null);
	}

	private String lookUpPage(Model model, PortalForm form) {
		model.addAttribute("values", form.values());
		model.addAttribute("errors", form.errors());
		model.addAttribute("challenge", challenges.create());
		return "portal/status-lookup";
	}

	private String casePage(Model model, PortalAccess access, PortalForm form) {
		model.addAttribute("view", status.of(access));
		model.addAttribute("values", form.values());
		model.addAttribute("errors", form.errors());
		model.addAttribute("maxUploadMb", settings.maxUploadSize().toMegabytes());
		return "portal/status";
	}
}
