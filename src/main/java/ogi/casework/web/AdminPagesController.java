package ogi.casework.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.documents.DocumentSettings;
import ogi.casework.documents.LetterheadManagement;
import ogi.casework.accounts.Role;
import ogi.casework.shared.InvalidInput;

/**
 * The administration page on two levels: an agency administrator sees their agency's users and adds, disables,
 * re-enables, re-roles them and sets new passwords; a platform administrator sees every agency and its
 * administrators, adds agencies with their first administrator, and disables, re-enables or resets administrators.
 */
@Controller
class AdminPagesController {

	/** The roles an agency administrator gives (a platform administrator is no agency's user). */
	static final List<Role> AGENCY_ROLES = EnumSet.complementOf(EnumSet.of(Role.PLATFORM_ADMIN)).stream().toList();

	private final AccountManagement accounts;

	private final LetterheadManagement letterheads;

	private final ogi.casework.calendar.CalendarManagement calendars;

	AdminPagesController(AccountManagement accounts, LetterheadManagement letterheads,
			ogi.casework.calendar.CalendarManagement calendars) {
		this.calendars = calendars;
		this.accounts = accounts;
		this.letterheads = letterheads;
	}

	/** The agency's letterhead: a blank value returns to the configured one. */
	@PostMapping("/admin/letterhead")
	@PreAuthorize("hasRole('ADMIN')")
	String changeLetterhead(@RequestParam Map<String, String> params, CurrentUser admin, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		try {
			letterheads.change(new DocumentSettings.Letterhead(in.text("agencyName"), in.text("reconsiderationBody"),
					in.text("court"), in.text("contact")), admin);
			redirect.addFlashAttribute("done", "done.letterhead");
			return "redirect:/admin";
		}
		catch (InvalidInput invalid) {
			in.errors().addAll(invalid);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(admin, model, "letterhead", in.values(), in.errors());
		}
	}

	/**
	 * The regional calendar the agency follows (《全国年节及纪念日放假办法》 Art. 4): one of the regions defined, or the
	 * national calendar when none is chosen; the open cases whose dates the change moves are recomputed.
	 */
	@PostMapping("/admin/region")
	@PreAuthorize("hasRole('ADMIN')")
	String changeRegion(@RequestParam Map<String, String> params, CurrentUser admin, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		String regionCode = in.text("regionCode");
		try {
			calendars.followRegion(regionCode, admin);
		}
		catch (ogi.casework.shared.NotFound unknown) {
			// the calendar module owns the rule that a region must be defined before an agency follows it
			in.errors().add("regionCode", "choice", unknown.getMessage());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(admin, model, "region", in.values(), in.errors());
		}
		redirect.addFlashAttribute("done", "done.region");
		return "redirect:/admin";
	}

	@GetMapping("/admin")
	@PreAuthorize("hasAnyRole('ADMIN', 'PLATFORM_ADMIN')")
	String admin(CurrentUser admin, Model model) {
		return page(admin, model, "", Map.of(), new FieldErrors());
	}

	@PostMapping("/admin/agencies")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	String addAgency(@RequestParam Map<String, String> params, CurrentUser admin, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		try {
			accounts.addAgency(in.text("code"), in.text("name"),
					new AccountManagement.NewAdministrator(in.text("administrator.username"),
							params.get("administrator.password"), in.text("administrator.displayName")),
					admin);
			redirect.addFlashAttribute("done", "done.agency");
			return "redirect:/admin";
		}
		catch (InvalidInput invalid) {
			in.errors().addAll(invalid);
			in.values().remove("administrator.password");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(admin, model, "agency", in.values(), in.errors());
		}
	}

	@PostMapping("/admin/users")
	@PreAuthorize("hasRole('ADMIN')")
	String addUser(@RequestParam MultiValueMap<String, String> params, CurrentUser admin, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params.toSingleValueMap());
		Set<Role> roles = roles(params, in);
		if (in.errors().isEmpty()) {
			try {
				accounts.addUser(in.text("username"), params.getFirst("password"), in.text("displayName"), roles, admin);
				redirect.addFlashAttribute("done", "done.user");
				return "redirect:/admin";
			}
			catch (InvalidInput invalid) {
				in.errors().addAll(invalid);
			}
		}
		in.values().remove("password");
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("chosenRoles", roles);
		return page(admin, model, "user", in.values(), in.errors());
	}

	@PostMapping("/admin/users/{username}/status")
	@PreAuthorize("hasAnyRole('ADMIN', 'PLATFORM_ADMIN')")
	String status(@PathVariable String username, @RequestParam Map<String, String> params, CurrentUser admin,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		try {
			if (Boolean.TRUE.equals(in.flag("enabled"))) {
				accounts.enable(username, admin);
				redirect.addFlashAttribute("done", "done.userEnabled");
			}
			else {
				accounts.disable(username, admin);
				redirect.addFlashAttribute("done", "done.userDisabled");
			}
			return "redirect:/admin";
		}
		catch (InvalidInput invalid) {
			return refused(username, invalid, in, admin, model, response);
		}
	}

	@PostMapping("/admin/users/{username}/password")
	@PreAuthorize("hasAnyRole('ADMIN', 'PLATFORM_ADMIN')")
	String password(@PathVariable String username, @RequestParam Map<String, String> params, CurrentUser admin,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		try {
			accounts.resetPassword(username, params.get("password"), admin);
			redirect.addFlashAttribute("done", "done.passwordReset");
			return "redirect:/admin";
		}
		catch (InvalidInput invalid) {
			in.values().remove("password");
			return refused(username, invalid, in, admin, model, response);
		}
	}

	@PostMapping("/admin/users/{username}/roles")
	@PreAuthorize("hasRole('ADMIN')")
	String roles(@PathVariable String username, @RequestParam MultiValueMap<String, String> params, CurrentUser admin,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params.toSingleValueMap());
		Set<Role> roles = roles(params, in);
		try {
			if (!in.errors().isEmpty()) {
				throw new InvalidInput(in.errors().all().stream()
						.map(v -> new InvalidInput.FieldViolation(v.field(), v.rule(), v.message())).toList());
			}
			accounts.changeRoles(username, roles, admin);
			redirect.addFlashAttribute("done", "done.rolesChanged");
			return "redirect:/admin";
		}
		catch (InvalidInput invalid) {
			return refused(username, invalid, new FormInput(Map.of()), admin, model, response);
		}
	}

	private String refused(String username, InvalidInput invalid, FormInput in, CurrentUser admin, Model model,
			HttpServletResponse response) {
		in.errors().addAll(invalid);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("errorUser", username);
		return page(admin, model, "manage", in.values(), in.errors());
	}

	private static Set<Role> roles(MultiValueMap<String, String> params, FormInput in) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : params.getOrDefault("roles", List.of())) {
			try {
				roles.add(Role.valueOf(role));
			}
			catch (IllegalArgumentException e) {
				in.errors().add("roles", "choice", "Not a role: " + role);
			}
		}
		return roles;
	}

	private String page(CurrentUser admin, Model model, String action, Map<String, String> values,
			FieldErrors errors) {
		model.addAttribute("users", accounts.usersOf(admin));
		model.addAttribute("agencies", accounts.agenciesFor(admin));
		model.addAttribute("roles", AGENCY_ROLES);
		model.addAttribute("agencyAdmin", admin.has(Role.ADMIN));
		model.addAttribute("platformAdmin", admin.has(Role.PLATFORM_ADMIN));
		model.addAttribute("self", admin.username());
		model.addAttribute("action", action);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("noErrors", new FieldErrors());
		model.addAttribute("defaults", Map.of());
		if (admin.has(Role.ADMIN)) {
			model.addAttribute("regionChoice", calendars.regionChoice(admin));
			var head = letterheads.letterhead(admin.agencyCode());
			model.addAttribute("letterheadValues", Map.of("agencyName", head.agencyName(), "reconsiderationBody",
					head.reconsiderationBody(), "court", head.court(), "contact", head.contact()));
		}
		if (!model.containsAttribute("chosenRoles")) {
			model.addAttribute("chosenRoles", Set.of());
		}
		if (!model.containsAttribute("errorUser")) {
			model.addAttribute("errorUser", "");
		}
		return "admin";
	}
}
