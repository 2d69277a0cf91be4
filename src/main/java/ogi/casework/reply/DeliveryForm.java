package ogi.casework.reply;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The clerk's record of a delivery. */
public record DeliveryForm(
		@NotNull DeliveryMethod method,
		@NotNull LocalDate deliveredOn,
		@Size(max = 64) String trackingNumber,
		@Size(max = 200) String recipient) {
}
