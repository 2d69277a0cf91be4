package ogi.casework.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request over the server's size limit ({@code spring.servlet.multipart.*}) is refused before any controller sees
 * it: on the portal with a page in the applicant's language, elsewhere with a problem detail (413).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestTooLarge {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
		if (!request.getRequestURI().startsWith("/portal/")) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ProblemDetail
					.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "The request is larger than the server accepts"));
		}
		return PortalErrors.page(HttpStatus.CONTENT_TOO_LARGE, "portal.refused.requestTooLarge", response);
	}
}
