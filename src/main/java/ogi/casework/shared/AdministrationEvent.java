package ogi.casework.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * An administrative act or a sign-in failure, for the administration audit trail: who, when, what, on which agency.
 * Published synchronously in the transaction of the change, so that the change and its audit line commit together.
 *
 * @param action what happened
 * @param actor the username who did it ({@code anonymous} for a failed sign-in: nobody is signed in)
 * @param actorAgencyCode the actor's agency, null when unknown
 * @param agencyCode the agency the act concerns, null for the national calendar (every agency)
 * @param subject what it was done to: a username, an agency code, a notice year, a region code
 * @param detail a short description for people (never read by code)
 * @param at when
 */
public record AdministrationEvent(Action action, String actor, String actorAgencyCode, String agencyCode,
		String subject, String detail, Instant at) {

	public AdministrationEvent {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(at, "at");
	}

	/** The acts that are audited. */
	public enum Action {
		AGENCY_CREATED, USER_CREATED, USER_DISABLED, USER_ENABLED, PASSWORD_RESET, ROLES_CHANGED,
		NATIONAL_NOTICE_LOADED, REGIONAL_NOTICE_LOADED, REGION_JOINED, REGION_LEFT, SIGN_IN_FAILED, SIGN_IN_LOCKED,
		LETTERHEAD_CHANGED
	}
}
