package ogi.casework.reply;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The record of a notice's delivery; the proof rules are those of the reply's delivery ({@link DeliveryForm}).
 *
 * @param reference the supplement's id, the extension's number or the consultation's number
 */
public record NoticeDeliveryForm(
		@NotNull NoticeKind notice,
		@NotNull @Positive Long reference,
		@NotNull DeliveryMethod method,
		@NotNull LocalDate deliveredOn,
		@Size(max = 64) String trackingNumber,
		@Size(max = 200) String recipient,
		LocalDate confirmedOn) {

	DeliveryForm asDelivery() {
		return new DeliveryForm(method, deliveredOn, trackingNumber, recipient, confirmedOn);
	}
}
