package ogi.casework.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A fee notice as sent: method, how many items or pages, the amount and its basis, the date sent and the date the
 * applicant received it (from which the payment window runs).
 */
public record FeeNoticeForm(@NotNull FeeMethod method, @NotNull @Min(1) Integer quantity,
		@NotNull @DecimalMin("0.01") BigDecimal amount, @NotBlank @Size(max = 2000) String basis,
		@NotNull LocalDate noticedOn, @NotNull LocalDate receivedOn) {
}
