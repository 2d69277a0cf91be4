package ogi.casework.audit;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import ogi.casework.shared.PersonalDataView;

/**
 * Records every read of an applicant's personal data in full: whatever an API response or a page shows, an unmasked
 * {@link PersonalDataView} in it (the case view of a clerk or handler, a frequent applicant in the statistics …) is
 * written to the audit trail with who, which case, which data, through which request and when — before the response
 * is written, so a read that cannot be recorded is not served. Where masking is decided (the module that chooses
 * {@code applicant()} over {@code maskedApplicant()}) needs no change for it.
 */
@ControllerAdvice
class PersonalDataReads implements ResponseBodyAdvice<Object>, HandlerInterceptor, WebMvcConfigurer {

	/** How deep into a response's records and collections to look. */
	private static final int DEPTH = 6;

	private final AuditManagement audit;

	PersonalDataReads(AuditManagement audit) {
		this.audit = audit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		String via = request instanceof ServletServerHttpRequest servlet ? describe(servlet.getServletRequest())
				: request.getMethod() + " " + request.getURI().getPath();
		record(body, via);
		return body;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page != null) {
			record(page.getModel().values(), describe(request));
		}
	}

	private void record(Object shown, String via) {
		Map<String, PersonalDataView> unmasked = new LinkedHashMap<>();
		collect(shown, unmasked, java.util.Collections.newSetFromMap(new IdentityHashMap<>()), 0);
		if (unmasked.isEmpty()) {
			return;
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		String reader = authentication == null ? "anonymous" : authentication.getName();
		unmasked.values().forEach(view -> audit.recordPersonalDataRead(view.agencyCode(), view.caseNumber(), reader,
				"Shown in full: " + String.join(", ", view.shownInFull()) + " — " + via));
	}

	/** Finds the unmasked views in records of this application, collections, maps and optionals; one per case. */
	static void collect(Object value, Map<String, PersonalDataView> found, Set<Object> seen, int depth) {
		if (value == null || depth > DEPTH || value instanceof CharSequence || value instanceof Number
				|| value instanceof Enum<?> || value.getClass().isPrimitive() || !seen.add(value)) {
			return;
		}
		if (value instanceof PersonalDataView view) {
			if (!view.masked() && !view.shownInFull().isEmpty()) {
				found.putIfAbsent(view.agencyCode() + "/" + view.caseNumber(), view);
			}
			return;
		}
		if (value instanceof Optional<?> optional) {
			collect(optional.orElse(null), found, seen, depth + 1);
		}
		else if (value instanceof Collection<?> collection) {
			collection.forEach(element -> collect(element, found, seen, depth + 1));
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach(element -> collect(element, found, seen, depth + 1));
		}
		else if (value.getClass().isRecord() && value.getClass().getName().startsWith("ogi.casework.")) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				try {
					var accessor = component.getAccessor();
					accessor.setAccessible(true);
					collect(accessor.invoke(value), found, seen, depth + 1);
				}
				catch (ReflectiveOperationException e) {
					throw new IllegalStateException("Cannot read " + component + " to look for personal data", e);
				}
			}
		}
	}

	private static String describe(HttpServletRequest request) {
		return request.getMethod() + " " + request.getRequestURI();
	}
}
