package ogi.casework.portal;

/**
 * The portal refuses a request, and nothing has changed: {@code reason} names the message (portal.refused.*) the
 * applicant reads in Chinese, {@code field} the form field it concerns, if any.
 */
class Refused extends RuntimeException {

	private final String field;

	private final String reason;

	private final transient Object[] arguments;

	Refused(String field, String reason, Object... arguments) {
		super(reason + (field == null ? "" : " (" + field + ")"));
		this.field = field;
		this.reason = reason;
		this.arguments = arguments;
	}

	String field() {
		return field;
	}

	/** The message key. */
	String messageKey() {
		return "portal.refused." + reason;
	}

	Object[] arguments() {
		return arguments;
	}
}
