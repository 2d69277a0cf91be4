package ogi.casework.reply;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How and when a notice of the case reached its addressee, with the proof the method needs (国办公开办函〔2016〕235号:
 * the signing date in person, the posting date by post).
 *
 * @param reference the supplement's id, the extension's number or the consultation's number
 */
public record NoticeDelivery(String agencyCode, String caseNumber, NoticeKind notice, long reference,
		DeliveryMethod method, LocalDate deliveredOn, String trackingNumber, String recipient, LocalDate confirmedOn,
		String recordedBy, Instant recordedAt) {

	/** The date that counts: the addressee's confirmation for electronic delivery, else the delivery date. */
	public LocalDate effectiveOn() {
		return method == DeliveryMethod.ELECTRONIC && confirmedOn != null ? confirmedOn : deliveredOn;
	}

	/**
	 * The day the addressee received the notice, where it is recorded: the signing date in person, the confirmation
	 * of an electronic delivery, the return receipt of a posted one.
	 */
	public LocalDate receivedOn() {
		return method == DeliveryMethod.IN_PERSON ? deliveredOn : confirmedOn;
	}

	/** The proof in words, for the checklist and the bundle. */
	public String proof() {
		return switch (method) {
			case POST -> "posted " + deliveredOn + ", tracking number " + trackingNumber;
			case ELECTRONIC -> "sent " + deliveredOn + ", receipt confirmed " + confirmedOn;
			default -> method.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + deliveredOn
					+ (recipient == null ? "" : ", signed by " + recipient);
		};
	}
}
