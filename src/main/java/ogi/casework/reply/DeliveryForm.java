package ogi.casework.reply;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The clerk's record of a delivery.
 *
 * @param deliveredOn in person: the signing date; post: the posting date (交邮之日); electronic: the date sent
 * @param trackingNumber post: the postal tracking number
 * @param recipient in person: who signed (the applicant or their agent)
 * @param confirmedOn electronic: the date the applicant confirmed receipt; post: the date on the return receipt
 *        (回执), if it came back
 */
public record DeliveryForm(
		@NotNull DeliveryMethod method,
		@NotNull LocalDate deliveredOn,
		@Size(max = 64) String trackingNumber,
		@Size(max = 200) String recipient,
		LocalDate confirmedOn) {

	/** A delivery in person or by post, which has no separate confirmation. */
	public DeliveryForm(DeliveryMethod method, LocalDate deliveredOn, String trackingNumber, String recipient) {
		this(method, deliveredOn, trackingNumber, recipient, null);
	}
}
