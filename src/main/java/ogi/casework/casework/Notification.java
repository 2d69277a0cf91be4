package ogi.casework.casework;

import java.time.Instant;

import ogi.casework.shared.Wording;

/**
 * A message to a person ({@code recipient} = user name) or to everyone of a role ({@code role:HANDLER}): reminders of
 * an approaching reply deadline and similar.
 *
 * @param message the engine's sentence in English, for the log and the API
 * @param wording the same facts as a message key and arguments, which a page words in the reader's language; null
 *        for a notification written before notifications carried their wording
 */
public record Notification(Long id, String agencyCode, String recipient, String caseNumber, String kind, String message,
		Wording wording, Instant createdAt) {
}
