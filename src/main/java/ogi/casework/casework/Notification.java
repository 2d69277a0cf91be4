package ogi.casework.casework;

import java.time.Instant;

/**
 * A message to a person ({@code recipient} = user name) or to everyone of a role ({@code role:HANDLER}): reminders of
 * an approaching reply deadline and similar.
 */
public record Notification(Long id, String agencyCode, String recipient, String caseNumber, String kind, String message,
		Instant createdAt) {
}
