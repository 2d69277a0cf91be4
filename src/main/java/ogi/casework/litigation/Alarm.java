package ogi.casework.litigation;

import java.time.Instant;
import java.util.Set;

import ogi.casework.accounts.Role;
import ogi.casework.shared.Wording;

/**
 * A reminder or escalation that the legalMatter process raises at {@code at}: the key includes the date it is about,
 * so a moved deadline raises a new one and a raised one is never raised twice.
 *
 * @param key stable within the matter
 * @param at when it is due
 * @param escalation true for a missed reply / defence deadline (notify head and legal staff), false for a reminder
 * @param recipients the roles to notify
 * @param message what to tell them, in English for the log and the API
 * @param wording the same as a message key and arguments, worded in the reader's language where it is read
 */
public record Alarm(String key, Instant at, boolean escalation, Set<Role> recipients, String message,
		Wording wording) {
}
