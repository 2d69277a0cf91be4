package ogi.casework.reply;

import java.time.Instant;
import java.time.LocalDate;

/** The delivery (送达) of a reply: method, the date that counts, and the proof. */
public record Delivery(String agencyCode, String caseNumber, DeliveryMethod method, LocalDate deliveredOn,
		String trackingNumber, String recipient, LocalDate confirmedOn, String recordedBy, Instant recordedAt) {

	/**
	 * The day the applicant is taken to know the reply, from which the remedy windows run [I]: the signing or
	 * posting date, or for electronic delivery the confirmation.
	 */
	public LocalDate knownOn() {
		return method == DeliveryMethod.ELECTRONIC && confirmedOn != null ? confirmedOn : deliveredOn;
	}
}
