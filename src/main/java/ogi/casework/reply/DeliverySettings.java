package ogi.casework.reply;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the agency treats deliveries whose receipt it cannot prove.
 *
 * @param presumedPostalDays a letter sent by post without a recorded return receipt (回执) is taken to reach its
 *        addressee this many calendar days after posting. No statute fixes this for administrative letters; it is the
 *        agency's choice [I], used only until the receipt is recorded, for periods that run from the addressee's
 *        receipt (the applicant's remedy windows, spec G-5; the supplement period, T2; a consultee's window, T5/T6).
 */
@ConfigurationProperties("ogi.delivery")
public record DeliverySettings(@DefaultValue("7") int presumedPostalDays) {
}
