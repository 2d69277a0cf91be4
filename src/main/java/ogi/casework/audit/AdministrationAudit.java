package ogi.casework.audit;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.shared.AdministrationEvent;
import ogi.casework.shared.ReadsOnly;

/**
 * Writes every {@link AdministrationEvent} to the administration audit trail, in the transaction of the act itself
 * (or in one of its own for a sign-in failure, which has none); platform administrators read all of it, an agency's
 * administrator the lines about their agency.
 */
@Service
public class AdministrationAudit {

	/** Longest subject and detail as stored; longer texts are cut, the act itself is never refused for them. */
	static final int MAX_SUBJECT = 200;

	static final int MAX_DETAIL = 1000;

	/** Most lines one request reads. */
	public static final int MAX_LIMIT = 1000;

	private final AdministrationTrail trail;

	AdministrationAudit(AdministrationTrail trail) {
		this.trail = trail;
	}

	@EventListener
	@Transactional
	void on(AdministrationEvent event) {
		trail.append(event, cut(event.subject(), MAX_SUBJECT), cut(event.detail(), MAX_DETAIL));
	}

	/** The latest {@code limit} lines the viewer may read, newest first. */
	@ReadsOnly
	public List<AdministrationEntry> latest(CurrentUser viewer, int limit) {
		int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
		if (viewer.has(Role.PLATFORM_ADMIN)) {
			return trail.latest(null, bounded);
		}
		if (viewer.has(Role.ADMIN)) {
			return trail.latest(viewer.agencyCode(), bounded);
		}
		throw new AccessDeniedException("the administration audit trail is read by administrators");
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
