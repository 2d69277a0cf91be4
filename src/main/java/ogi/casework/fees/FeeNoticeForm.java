package ogi.casework.fees;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A fee notice as sent: method, how many items or pages, the date sent and the date the applicant received it (from
 * which the payment window runs). The amount is the tariff's (国办函〔2020〕109号 Arts. 4–5): leave it out, or give
 * it as a check — a different amount is refused ({@code amountMismatch}).
 *
 * @param method per item or per page (Art. 3: one method per application)
 * @param quantity the items (after splitting by "一事一申请", Art. 4) or pages charged
 * @param amount optional; when given it must equal the tariff's amount
 * @param basis optional note added to the computed basis (e.g. how the items were split)
 * @param noticedOn the day the notice was sent
 * @param receivedOn the day the applicant received it
 */
public record FeeNoticeForm(@NotNull FeeMethod method, @NotNull @Min(1) @Max(FeeManagement.MAX_QUANTITY) Integer quantity,
		@DecimalMin("0.01") BigDecimal amount, @Size(max = 2000) String basis,
		@NotNull LocalDate noticedOn, @NotNull LocalDate receivedOn) {
}
