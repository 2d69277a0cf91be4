package ogi.casework.shared;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

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
		return invalid(List.of(mismatch(e.getName(), e)));
	}

	/** A query parameter, alone or bound into a query record, that does not convert to its type. */
	private static InvalidInput.FieldViolation mismatch(String field, TypeMismatchException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DateParameters.ImplausibleDate implausible) {
				return new InvalidInput.FieldViolation(field, "dateRange", field + ": " + implausible.getMessage());
			}
		}
		return new InvalidInput.FieldViolation(field, "format", "'" + e.getValue() + "' is not a valid value for "
				+ field);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidInput.FieldViolation> violations = new ArrayList<>();
		e.getBindingResult().getFieldErrors().forEach(error -> violations.add(error.contains(TypeMismatchException.class)
				? mismatch(error.getField(), error.unwrap(TypeMismatchException.class))
				: new InvalidInput.FieldViolation(error.getField(), error.getCode(),
						error.getField() + ": " + error.getDefaultMessage())));
		e.getBindingResult().getGlobalErrors().forEach(error -> violations.add(new InvalidInput.FieldViolation(
				error.getObjectName(), error.getCode(), error.getDefaultMessage())));
		return ResponseEntity.badRequest().body(invalid(violations));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = "body";
		String rule = "format";
		String message = "The request body is not valid JSON for this endpoint";
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof RequestLimits.BodyTooLarge tooLarge) {
				var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
				problem.setType(URI.create("/problems/payload-too-large"));
				problem.setTitle("Content too large");
				problem.setProperty("errors", List.of(Map.of("field", "body", "rule", "maxSize", "message",
						"body: at most " + tooLarge.maxBytes + " bytes")));
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
			}
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				field = path(databind);
				if (databind instanceof UnrecognizedPropertyException) {
					rule = "unknown";
					message = field + ": not a field of this request";
				}
				else if (databind instanceof StrictJson.ImplausibleDate) {
					rule = "dateRange";
					message = field + ": " + databind.getOriginalMessage();
				}
				else if (databind instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
					rule = "type";
					message = field + ": value is missing or has the wrong type or an unknown code (expected "
							+ describe(mismatch.getTargetType()) + ")";
				}
				else {
					message = field + ": value is missing or has the wrong type or an unknown code";
				}
				break;
			}
			if (cause instanceof StreamReadException read) {
				String name = read.getPath().isEmpty() ? currentName(read) : path(read);
				String original = read.getOriginalMessage() == null ? "" : read.getOriginalMessage();
				if (original.startsWith("Duplicate")) {
					var duplicate = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(original);
					if (duplicate.find()) {
						String key = duplicate.group(1);
						String parent = read.getPath().isEmpty() ? "" : path(read);
						name = parent.isEmpty() || parent.equals(key) || parent.endsWith("." + key) ? key
								: parent + "." + key;
					}
					field = name == null ? "body" : name;
					rule = "duplicate";
					message = field + ": given more than once";
				}
				else if (cause instanceof InputCoercionException) {
					field = name == null ? "body" : name;
					rule = "range";
					message = field + ": the number is out of range";
				}
				else {
					message = "The request body is not well-formed JSON (line "
							+ (read.getLocation() == null ? "?" : read.getLocation().getLineNr()) + ")";
				}
				break;
			}
		}
		return ResponseEntity.badRequest()
				.body(invalid(List.of(new InvalidInput.FieldViolation(field, rule, message))));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidInput.FieldViolation> violations = new ArrayList<>();
		e.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors().forEach(error -> {
				String code = error.getCodes() == null || error.getCodes().length == 0 ? "invalid"
						: error.getCodes()[error.getCodes().length - 1];
				violations.add(new InvalidInput.FieldViolation(name, code, name + ": " + error.getDefaultMessage()));
			});
		});
		return ResponseEntity.badRequest().body(invalid(violations));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(invalid(List.of(new InvalidInput.FieldViolation(e.getParameterName(),
				"required", e.getParameterName() + ": required"))));
	}

	/**
	 * The database's last word on input that passed every check: a text longer than its column is 400 naming the
	 * column's field, a unique key taken by a concurrent request is 409; the transaction has rolled back either way.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLException sql && "22001".equals(sql.getSQLState())) {
				String field = columnOf(sql.getMessage());
				return invalid(List.of(new InvalidInput.FieldViolation(field, "length", field + ": too long")));
			}
		}
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else changed the same record at the same moment; load it again and repeat the action");
		problem.setType(URI.create("/problems/concurrent-change"));
		problem.setTitle("Concurrent change");
		problem.setProperty("rule", "concurrentChange");
		return problem;
	}

	/** The field of a too-long column, from the database's message ({@code phone} for MySQL's 'phone', H2's "PHONE …"). */
	static String columnOf(String message) {
		var matcher = java.util.regex.Pattern.compile("column ['\"`]?([A-Za-z_0-9]+)").matcher(message == null ? "" : message);
		if (!matcher.find()) {
			return "body";
		}
		String[] parts = matcher.group(1).toLowerCase(java.util.Locale.ROOT).split("_");
		var field = new StringBuilder(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			if (!parts[i].isEmpty()) {
				field.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
			}
		}
		return field.toString();
	}

	private static String currentName(StreamReadException e) {
		try {
			JsonParser parser = e.processor();
			return parser == null ? null : parser.currentName();
		}
		catch (RuntimeException unavailable) {
			return null;
		}
	}

	private static String describe(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		if (type == java.time.LocalDate.class) {
			return "a date yyyy-mm-dd";
		}
		return type.getSimpleName();
	}

	private static String path(tools.jackson.core.JacksonException e) {
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
