package ogi.casework.shared;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.DatabindException;

/**
 * Turns every error of the REST API into an RFC 9457 problem detail that names the field and the rule, never a
 * stack trace.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

	static final URI INVALID_INPUT = URI.create("/problems/invalid-input");

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalidInput(InvalidInput e) {
		return invalid(e.violations());
	}

	@ExceptionHandler(ActionNotAllowed.class)
	ProblemDetail actionNotAllowed(ActionNotAllowed e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setType(URI.create("/problems/action-not-allowed"));
		problem.setTitle("Action not allowed");
		problem.setProperty("rule", e.rule());
		return problem;
	}

	@ExceptionHandler(PossibleDuplicate.class)
	ProblemDetail possibleDuplicate(PossibleDuplicate e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setType(URI.create("/problems/possible-duplicate"));
		problem.setTitle("Possible duplicate");
		problem.setProperty("rule", "possibleDuplicate");
		problem.setProperty("possibleDuplicate", e.existingCaseNumbers().get(0));
		problem.setProperty("existingCases", e.existingCaseNumbers());
		problem.setProperty("errors", List.of(Map.of("field", "confirmDuplicate", "rule", "possibleDuplicate",
				"message", e.getMessage())));
		return problem;
	}

	/**
	 * A database error the request could not avoid. Its message may quote the values of the statement (a duplicate
	 * key, a value too long), personal data among them: neither the answer nor the log line repeats it; the log keeps
	 * the error's kind, SQL state and vendor code under a reference the answer names.
	 */
	@ExceptionHandler(DataAccessException.class)
	ProblemDetail databaseError(DataAccessException e) {
		String reference = java.util.UUID.randomUUID().toString();
		SQLException sql = sqlCause(e);
		log.error("Database error {} in a request: {}{} ({})", reference, e.getClass().getSimpleName(),
				sql == null ? "" : " SQLState " + sql.getSQLState() + ", vendor code " + sql.getErrorCode(),
				LogRedaction.redact(e.getMostSpecificCause().getMessage()));
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The database could not complete this request; nothing was changed. Quote reference " + reference
						+ " to the administrator.");
		problem.setType(URI.create("/problems/database-error"));
		problem.setTitle("Database error");
		problem.setProperty("reference", reference);
		return problem;
	}

	private static SQLException sqlCause(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql) {
				return sql;
			}
		}
		return null;
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setType(URI.create("/problems/not-found"));
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Your role may not do this: " + e.getMessage());
		problem.setType(URI.create("/problems/forbidden"));
		problem.setTitle("Forbidden");
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		return invalid(List.of(new InvalidInput.FieldViolation(e.getName(), "format",
				"'" + e.getValue() + "' is not a valid value for " + e.getName())));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidInput.FieldViolation> violations = new ArrayList<>();
		e.getBindingResult().getFieldErrors().forEach(error -> violations.add(new InvalidInput.FieldViolation(
				error.getField(), error.getCode(), error.getField() + ": " + error.getDefaultMessage())));
		e.getBindingResult().getGlobalErrors().forEach(error -> violations.add(new InvalidInput.FieldViolation(
				error.getObjectName(), error.getCode(), error.getDefaultMessage())));
		return ResponseEntity.badRequest().body(invalid(violations));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = "body";
		String message = "The request body is not valid JSON for this endpoint";
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				field = path(databind);
				message = field + ": value is missing or has the wrong type or an unknown code";
				break;
			}
		}
		return ResponseEntity.badRequest()
				.body(invalid(List.of(new InvalidInput.FieldViolation(field, "format", message))));
	}

	private static String path(DatabindException e) {
		var path = new StringBuilder();
		for (var reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static ProblemDetail invalid(List<InvalidInput.FieldViolation> violations) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				violations.stream().map(InvalidInput.FieldViolation::message).reduce((a, b) -> a + "; " + b)
						.orElse("Invalid input"));
		problem.setType(INVALID_INPUT);
		problem.setTitle("Invalid input");
		problem.setProperty("errors", violations.stream()
				.map(v -> Map.of("field", v.field(), "rule", v.rule() == null ? "invalid" : v.rule(), "message",
						v.message()))
				.toList());
		return problem;
	}
}
