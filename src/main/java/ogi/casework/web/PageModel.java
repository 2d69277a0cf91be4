package ogi.casework.web;

import java.util.Comparator;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.Agency;
import ogi.casework.accounts.Role;
import ogi.casework.shared.NotFound;

/**
 * What every page shows in its header (the signed-in user, their agency and roles) and how pages answer what they
 * cannot show: a case of another agency is "not found", a step of another role "forbidden" — pages, not JSON.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageModel {

	private final AccountManagement accounts;

	PageModel(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute
	void header(Model model, HttpServletRequest request) {
		model.addAttribute("requestPath", request.getRequestURI());
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return;
		}
		accounts.findUser(authentication.getName()).ifPresent(user -> describe(user, model.asMap()));
	}

	/** The signed-in user's account, if any. */
	java.util.Optional<ogi.casework.accounts.CurrentUser> signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return java.util.Optional.empty();
		}
		return accounts.findUser(authentication.getName());
	}

	/** What the header shows of the user: name, agency, roles, and the menu items their roles open. */
	void describe(ogi.casework.accounts.CurrentUser user, java.util.Map<String, Object> model) {
		model.put("me", user);
		model.put("isClerk", user.has(Role.CLERK));
		model.put("isAdmin", user.has(Role.ADMIN) || user.has(Role.PLATFORM_ADMIN));
		model.put("isPlatformAdmin", user.has(Role.PLATFORM_ADMIN));
		// the head, whose header is full, reaches failed jobs from the message centre's alert
		model.put("seesFailedJobs", user.has(Role.ADMIN) || user.has(Role.PLATFORM_ADMIN));
		model.put("readsRegister", Role.CASEWORK.stream().anyMatch(user::has));
		model.put("readsMatters", user.has(Role.LEGAL) || user.has(Role.HEAD));
		model.put("readsReports", user.has(Role.LEGAL) || user.has(Role.HEAD) || user.has(Role.ADMIN));
		model.put("myRoles", user.roles().stream().sorted(Comparator.naturalOrder()).toList());
		model.put("myAgency", accounts.findAgency(user.agencyCode()).map(Agency::name).orElse(user.agencyCode()));
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFound e, Model model, HttpServletRequest request) {
		header(model, request);
		model.addAttribute("detail", e.getMessage());
		return "error/404";
	}

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(AccessDeniedException e, Model model, HttpServletRequest request) {
		header(model, request);
		model.addAttribute("detail", e.getMessage());
		return "error/403";
	}

}
