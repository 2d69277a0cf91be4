package ogi.casework.reply;

import java.time.Instant;
import java.time.LocalDate;

/** The delivery (送达) of a reply: method, the date that counts, and the proof. */
public record Delivery(String agencyCode, String caseNumber, DeliveryMethod method, LocalDate deliveredOn,
		String trackingNumber, String recipient, LocalDate confirmedOn, String recordedBy, Instant recordedAt) {

	/**
	 * The day the applicant received the reply, where it is recorded: the signing date in person, the confirmation of
	 * an electronic delivery, the return receipt (回执) of a posted one; null while a posted or electronic reply's
	 * receipt is not recorded.
	 */
	public LocalDate receivedOn() {
		return method == DeliveryMethod.IN_PERSON ? deliveredOn : confirmedOn;
	}
}
