package ogi.casework.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that names no page: outside {@code /api} the reader gets the Chinese-first "not found" page, not the
 * API's problem detail; the API keeps its RFC 9457 answer.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPages {

	private final PageModel pageModel;

	UnknownPages(PageModel pageModel) {
		this.pageModel = pageModel;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object unknown(NoResourceFoundException e, HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"No endpoint " + request.getMethod() + " " + request.getRequestURI());
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.body(problem);
		}
		var page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("requestPath", request.getRequestURI());
		pageModel.signedIn().ifPresent(user -> pageModel.describe(user, page.getModelMap()));
		return page;
	}
}
