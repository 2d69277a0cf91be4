package ogi.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.CaseRegister;
import ogi.casework.casework.RegisterQuery;
import ogi.casework.casework.RegisterSearch;
import ogi.casework.reply.Outcome;
import ogi.casework.shared.CaseStatus;

/**
 * The case register (台账): every case of the agency, searched by case number (any part that starts or ends it),
 * applicant's name, identity number, phone, receipt dates, status, outcome, handler and words of the request, and
 * exported to XLSX; the header's search box lands here unless it names exactly one case.
 */
@Controller
class RegisterPagesController {

	static final int PAGE_SIZE = 50;

	static final int EXPORT_LIMIT = 10_000;

	private final CaseRegister register;

	private final ListExports exports;

	RegisterPagesController(CaseRegister register, ListExports exports) {
		this.register = register;
		this.exports = exports;
	}

	@GetMapping("/register")
	@PreAuthorize(Role.CASEWORK_RULE)
	String search(@ModelAttribute("form") RegisterSearch form, BindingResult binding,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String after,
			@RequestParam(required = false) String before, CurrentUser user, Model model) {
		var errors = new FieldErrors();
		binding.getFieldErrors().forEach(e -> errors.add(e.getField(), "format", e.getDefaultMessage()));
		// with a cursor the page number only says where the page stands (the pager's "page 3 of 5")
		boolean cursor = after != null || before != null;
		CaseRegister.Page found = new CaseRegister.Page(List.of(), 0, PAGE_SIZE, 0, false, null, null);
		if (errors.isEmpty()) {
			try {
				found = register.search(form.query(), cursor ? 0 : Math.max(0, page), PAGE_SIZE, after, before, user);
			}
			catch (ogi.casework.shared.InvalidInput e) {
				var refused = e.violations().stream()
					.filter(v -> !v.field().equals("after") && !v.field().equals("before")).toList();
				refused.forEach(v -> errors.add(v.field(), v.rule(), v.message()));
				if (refused.isEmpty()) {
					found = register.search(form.query(), 0, PAGE_SIZE, user); // a stale or mangled link: the first page
				}
			}
		}
		model.addAttribute("searchesPersonalData", user.seesPersonalData());
		long pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("errors", errors);
		model.addAttribute("found", found);
		model.addAttribute("page", found.previous() == null ? 0 : Math.min(Math.max(0, page), pages - 1));
		model.addAttribute("pages", pages);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("queryString", form.queryString());
		return "register";
	}

	@GetMapping("/register.xlsx")
	@PreAuthorize(Role.CASEWORK_RULE)
	ResponseEntity<byte[]> export(@ModelAttribute("form") RegisterSearch form, BindingResult binding, CurrentUser user,
			Locale locale) {
		List<CaseRegister.Row> rows = new ArrayList<>();
		boolean[] truncated = { false };
		register.each(form.query(), EXPORT_LIMIT + 1, user, row -> {
			if (rows.size() < EXPORT_LIMIT) {
				rows.add(row);
			}
			else {
				truncated[0] = true;
			}
		});
		return exports.register(user, locale, rows, truncated[0], EXPORT_LIMIT);
	}

	/**
	 * The header's search box: a whole case number opens the case; otherwise the register lists the cases whose
	 * number matches, or, when none does, the applicants whose name does.
	 */
	@GetMapping("/cases")
	@PreAuthorize("isAuthenticated()")
	String find(@RequestParam(required = false) String q, @RequestParam(required = false) String caseNumber,
			CurrentUser user) {
		String text = q != null ? q.strip() : caseNumber == null ? "" : caseNumber.strip();
		if (text.isEmpty()) {
			return "redirect:/register";
		}
		var byNumber = register.search(RegisterQuery.byText(text), 0, 2, user);
		if (byNumber.total() == 1) {
			return "redirect:" + path("/cases/" + byNumber.rows().get(0).caseNumber());
		}
		if (byNumber.total() > 1) {
			return "redirect:" + UriComponentsBuilder.fromPath("/register").queryParam("caseNumber", text).build()
					.encode().toUriString();
		}
		var byName = register.search(new RegisterQuery(null, text, null, null, null, null, null, null, null, null,
				false), 0, 2, user);
		if (byName.total() == 1) {
			return "redirect:" + path("/cases/" + byName.rows().get(0).caseNumber());
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/register").queryParam("applicantName", text).build()
				.encode().toUriString();
	}

	private static String path(String path) {
		return UriComponentsBuilder.fromPath(path).build().encode().toUriString();
	}
}
