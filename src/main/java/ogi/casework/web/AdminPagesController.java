package ogi.casework.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.shared.InvalidInput;

/** The administrator's page: the agencies (tenants), and the users of their own agency with their roles. */
@Controller
class AdminPagesController {

	private final AccountManagement accounts;

	AdminPagesController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin")
	String admin(CurrentUser admin, Model model) {
		return page(admin, model, "", Map.of(), new FieldErrors());
	}

	@PostMapping("/admin/agencies")
	String addAgency(@RequestParam Map<String, String> params, CurrentUser admin, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params);
		try {
			accounts.addAgency(in.text("code"), in.text("name"), admin);
			redirect.addFlashAttribute("done", "done.agency");
			return "redirect:/admin";
		}
		catch (InvalidInput invalid) {
			in.errors().addAll(invalid);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(admin, model, "agency", in.values(), in.errors());
		}
	}

	@PostMapping("/admin/users")
	String addUser(@RequestParam MultiValueMap<String, String> params, CurrentUser admin, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		FormInput in = new FormInput(params.toSingleValueMap());
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : params.getOrDefault("roles", List.of())) {
			try {
				roles.add(Role.valueOf(role));
			}
			catch (IllegalArgumentException e) {
				in.errors().add("roles", "choice", "Not a role: " + role);
			}
		}
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

	private String page(CurrentUser admin, Model model, String action, Map<String, String> values,
			FieldErrors errors) {
		model.addAttribute("users", accounts.usersOf(admin));
		model.addAttribute("agencies", accounts.agencies());
		model.addAttribute("roles", Role.values());
		model.addAttribute("action", action);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("noErrors", new FieldErrors());
		model.addAttribute("defaults", Map.of());
		if (!model.containsAttribute("chosenRoles")) {
			model.addAttribute("chosenRoles", Set.of());
		}
		return "admin";
	}
}
