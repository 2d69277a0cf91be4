package ogi.casework.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every path variable (a case number, a region code, a user name …) is one short line of plain text: no control
 * character (CR/LF would split a header or a log line), no brace (a URI template in a redirect), at most
 * {@link InputSettings#maxPathVariableLength()} characters. Checked after the role check and before any argument is
 * read; a breach is 400 naming the variable in the API, and "not found" on a page.
 */
@Configuration(proxyBeanMethods = false)
class PathVariables implements HandlerInterceptor, WebMvcConfigurer {

	/** After the role check ({@code accounts}), before anything else. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	private final InputSettings settings;

	PathVariables(InputSettings settings) {
		this.settings = settings;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).order(ORDER);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)
				|| !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)) {
			return true;
		}
		List<InvalidInput.FieldViolation> violations = new ArrayList<>();
		variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value), violations));
		if (!violations.isEmpty()) {
			if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				// a page: no case, region or user can have such a name, so the page is "not found"
				throw new NotFound("No " + violations.get(0).field() + " of that name");
			}
			throw new InvalidInput(violations);
		}
		return true;
	}

	private void check(String name, String value, List<InvalidInput.FieldViolation> violations) {
		if (value.length() > settings.maxPathVariableLength()) {
			violations.add(new InvalidInput.FieldViolation(name, "length",
					name + ": at most " + settings.maxPathVariableLength() + " characters"));
		}
		else if (value.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '{' || c == '}'
				|| Character.isSurrogate((char) c) || c == '\u2028' || c == '\u2029')) {
			violations.add(new InvalidInput.FieldViolation(name, "plainText",
					name + ": must not contain control characters, line breaks or braces"));
		}
	}
}
