package ogi.casework.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IdDocumentType;
import ogi.casework.intake.NewApplication;
import ogi.casework.intake.ObtainingMethod;
import ogi.casework.intake.ProvisionForm;
import ogi.casework.shared.InvalidInput;

/**
 * An application form as the applicant filled it in (Art. 29(2)), read into the same {@link NewApplication} the
 * clerk's form and the API use, on the internet channel; and the rules it broke, by field, as message keys the page
 * shows in the applicant's language.
 */
final class PortalForm {

	private final Map<String, String> values;

	private final Map<String, List<Message>> errors = new LinkedHashMap<>();

	PortalForm(Map<String, String> values) {
		this.values = new LinkedHashMap<>(values);
	}

	Map<String, String> values() {
		return values;
	}

	Map<String, List<Message>> errors() {
		return errors;
	}

	boolean hasErrors() {
		return !errors.isEmpty();
	}

	/** The application the form describes; fields that cannot be read are reported and left empty. */
	NewApplication application() {
		var applicant = new NewApplication.Applicant(choice("applicant.type", ApplicantType.class),
				text("applicant.name"), choice("applicant.idDocumentType", IdDocumentType.class),
				text("applicant.idNumber"), text("applicant.phone"), text("applicant.email"),
				text("applicant.address"));
		return new NewApplication(applicant, text("requestedInformation"), text("documentNumber"),
				choice("provisionForm", ProvisionForm.class), choice("obtainingMethod", ObtainingMethod.class),
				Channel.INTERNET, new NewApplication.ChannelDates(null, null, null, null),
				"true".equals(values.get("needsAssistance")), text("purpose"));
	}

	void reject(String field, String key, Object... arguments) {
		errors.computeIfAbsent(field == null ? "" : field, f -> new ArrayList<>()).add(new Message(key, arguments));
	}

	void reject(Refused refused) {
		reject(refused.field(), refused.messageKey(), refused.arguments());
	}

	void reject(InvalidInput invalid) {
		invalid.violations().forEach(v -> reject(v.field(), "rule." + v.rule()));
	}

	void reject(Set<? extends ConstraintViolation<?>> violations) {
		for (var violation : violations) {
			reject(violation.getPropertyPath().toString(),
					"rule." + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
		}
	}

	String text(String field) {
		String value = values.get(field);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private <E extends Enum<E>> E choice(String field, Class<E> type) {
		String value = text(field);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			reject(field, "rule.choice");
			return null;
		}
	}

	/** A message the page resolves in the reader's language. */
	record Message(String key, Object[] arguments) {
	}
}
