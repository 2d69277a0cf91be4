package ogi.casework.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import ogi.casework.shared.InvalidInput;

/**
 * The broken rules of one submitted form, by field name (the same dotted names the REST API reports), shown next to
 * each field; a template resolves {@code rule.<rule>} and falls back to the module's own sentence.
 */
public final class FieldErrors {

	private final Map<String, List<Violation>> byField = new LinkedHashMap<>();

	void add(String field, String rule, String message) {
		byField.computeIfAbsent(field, f -> new ArrayList<>()).add(new Violation(field, rule, message));
	}

	void addAll(InvalidInput invalid) {
		invalid.violations().forEach(v -> add(v.field(), v.rule(), v.message()));
	}

	void addAll(Set<? extends ConstraintViolation<?>> violations) {
		for (ConstraintViolation<?> violation : violations) {
			add(violation.getPropertyPath().toString(),
					violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
					violation.getMessage());
		}
	}

	public boolean isEmpty() {
		return byField.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public List<Violation> of(String field) {
		return byField.getOrDefault(field, List.of());
	}

	public List<Violation> all() {
		return byField.values().stream().flatMap(List::stream).toList();
	}

	/** One broken rule of one field. */
	public record Violation(String field, String rule, String message) {
	}
}
