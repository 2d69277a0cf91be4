package ogi.casework.litigation;

import java.time.Instant;
import java.util.Set;

import ogi.casework.accounts.Role;

/**
 * A reminder or escalation that the legalMatter process raises at {@code at}: the key includes the date it is about,
 * so a moved deadline raises a new one and a raised one is never raised twice.
 *
 * @param key stable within the matter
 * @param at when it is due
 * @param escalation true for a missed reply / defence deadline (notify head and legal staff), false for a reminder
 * @param recipients the roles to notify
 * @param message what to tell them
 */
public record Alarm(String key, Instant at, boolean escalation, Set<Role> recipients, String message) {
}
