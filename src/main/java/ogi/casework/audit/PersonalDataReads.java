package ogi.casework.audit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
		if (request instanceof ServletServerHttpRequest servlet
				&& servlet.getServletRequest().getAttribute(PersonalDataView.SERVED) instanceof PersonalDataView served) {
			record(served, via);
		}
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
			for (var accessor : WALKED.get(value.getClass())) {
				try {
					collect(accessor.invoke(value), found, seen, depth + 1);
				}
				catch (ReflectiveOperationException e) {
					throw new IllegalStateException("Cannot read " + accessor + " to look for personal data", e);
				}
			}
		}
	}

	/**
	 * Per record class, the accessors of the components that may hold a {@link PersonalDataView}, found once: a
	 * worklist page of twenty entries of strings and dates is then not taken apart by reflection on every response.
	 */
	private static final ClassValue<List<Method>> WALKED = new ClassValue<>() {
		@Override
		protected List<Method> computeValue(Class<?> type) {
			List<Method> accessors = new ArrayList<>();
			for (RecordComponent component : type.getRecordComponents()) {
				if (mayHold(component.getType(), new HashSet<>(Set.of(type)))) {
					var accessor = component.getAccessor();
					accessor.setAccessible(true);
					accessors.add(accessor);
				}
			}
			return List.copyOf(accessors);
		}
	};

	/**
	 * Whether a value declared as {@code type} may be, or contain where {@link #collect} looks, a
	 * {@link PersonalDataView}: not when it is a string, number, date, enum, primitive or array, nor a record of this
	 * application whose components are all such; otherwise (an interface, a collection, {@code Object} …) it may.
	 */
	static boolean mayHold(Class<?> type, Set<Class<?>> visiting) {
		if (PersonalDataView.class.isAssignableFrom(type)) {
			return true;
		}
		if (type.isPrimitive() || type.isArray() || type.isEnum() || CharSequence.class.isAssignableFrom(type)
				|| Number.class.isAssignableFrom(type) || type == Boolean.class || type == Character.class
				|| type.getName().startsWith("java.time.") || type == java.util.UUID.class) {
			return false;
		}
		if (type.isRecord()) {
			if (!type.getName().startsWith("ogi.casework.") || !visiting.add(type)) {
				return false;
			}
			for (RecordComponent component : type.getRecordComponents()) {
				if (mayHold(component.getType(), visiting)) {
					return true;
				}
			}
			return false;
		}
		// interfaces, abstract and open classes, collections, maps, optionals: the runtime value decides
		return type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())
				|| Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
				|| type == Optional.class || type == Object.class;
	}

	private static String describe(HttpServletRequest request) {
		return request.getMethod() + " " + request.getRequestURI();
	}
}
