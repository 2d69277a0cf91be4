package ogi.casework.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks the posted name and password, and the home page is the worklist. */
@Controller
class LoginController {

	@GetMapping("/login")
	@PreAuthorize("permitAll()")
	String login() {
		return "login";
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String home() {
		return "redirect:/tasks";
	}
}
