package ogi.casework.reply;

import java.time.Instant;
import java.time.LocalDate;

/** The delivery (送达) of a reply: method, the date that counts, and the proof. */
public record Delivery(String agencyCode, String caseNumber, DeliveryMethod method, LocalDate deliveredOn,
		String trackingNumber, String recipient, String recordedBy, Instant recordedAt) {
}
