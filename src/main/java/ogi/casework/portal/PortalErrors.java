package ogi.casework.portal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import ogi.casework.shared.NotFound;

/**
 * The portal's refusals that no form can show: an unknown agency or letter (404), a refusal outside a form (429 for a
 * rate limit) — each a page in the applicant's language.
 */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound e, HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND, "portal.refused.notFound", response);
	}

	@ExceptionHandler(Refused.class)
	ModelAndView refused(Refused refused, HttpServletResponse response) {
		return page(HttpStatus.TOO_MANY_REQUESTS, refused.messageKey(), response);
	}

	static ModelAndView page(HttpStatus status, String messageKey, HttpServletResponse response) {
		response.setStatus(status.value());
		var page = new ModelAndView("portal/refused");
		page.setStatus(status);
		page.addObject("messageKey", messageKey);
		return page;
	}
}
