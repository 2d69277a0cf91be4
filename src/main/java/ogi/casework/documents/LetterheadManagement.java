package ogi.casework.documents;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.shared.AdministrationEvent;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.ReadsOnly;

/**
 * An agency's letterhead — its name as sender, the reconsideration organ (复议法 Art. 24) and the court (行诉法
 * Art. 18) its letters name, and the contact line — as its administrators set it, over the configured defaults
 * ({@code ogi.documents.*}). Every change goes to the administration trail.
 */
@Service
public class LetterheadManagement {

	/** Longest sender, organ and court name. */
	static final int NAME_LENGTH = 200;

	/** Longest contact line. */
	static final int CONTACT_LENGTH = 500;

	private final Letterheads letterheads;

	private final DocumentSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LetterheadManagement(Letterheads letterheads, DocumentSettings settings, ApplicationEventPublisher events,
			Clock clock) {
		this.letterheads = letterheads;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** The letterhead the agency's letters carry: its own values where set, the configured ones otherwise. */
	@ReadsOnly
	public DocumentSettings.Letterhead letterhead(String agencyCode) {
		var configured = settings.letterhead(agencyCode);
		return letterheads.find(agencyCode).map(Letterheads.Row::letterhead)
				.map(own -> new DocumentSettings.Letterhead(or(own.agencyName(), configured.agencyName()),
						or(own.reconsiderationBody(), configured.reconsiderationBody()),
						or(own.court(), configured.court()), or(own.contact(), configured.contact())))
				.orElse(configured);
	}

	/**
	 * Sets the administrator's agency's letterhead; a blank value returns to the configured one.
	 *
	 * @throws AccessDeniedException unless the user is an administrator of an agency
	 * @throws InvalidInput naming each value that is too long
	 */
	@Transactional
	public DocumentSettings.Letterhead change(DocumentSettings.Letterhead form, CurrentUser admin) {
		if (!admin.has(Role.ADMIN)) {
			throw new AccessDeniedException("only the agency's administrators change its letterhead");
		}
		var values = new DocumentSettings.Letterhead(clean(form.agencyName()), clean(form.reconsiderationBody()),
				clean(form.court()), clean(form.contact()));
		List<InvalidInput.FieldViolation> violations = new ArrayList<>();
		limit(violations, "agencyName", values.agencyName(), NAME_LENGTH);
		limit(violations, "reconsiderationBody", values.reconsiderationBody(), NAME_LENGTH);
		limit(violations, "court", values.court(), NAME_LENGTH);
		limit(violations, "contact", values.contact(), CONTACT_LENGTH);
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		var now = clock.instant();
		if (letterheads.update(admin.agencyCode(), values, admin.username(), now) == 0) {
			letterheads.insert(admin.agencyCode(), values, admin.username(), now);
		}
		events.publishEvent(new AdministrationEvent(AdministrationEvent.Action.LETTERHEAD_CHANGED, admin.username(),
				admin.agencyCode(), admin.agencyCode(), admin.agencyCode(),
				"Letterhead: " + values.agencyName() + " | " + values.reconsiderationBody() + " | " + values.court()
						+ " | " + values.contact(), now));
		return letterhead(admin.agencyCode());
	}

	private static void limit(List<InvalidInput.FieldViolation> violations, String field, String value, int max) {
		if (value != null && value.length() > max) {
			violations.add(new InvalidInput.FieldViolation(field, "tooLong", "At most " + max + " characters"));
		}
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String or(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
