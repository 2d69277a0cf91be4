package ogi.casework.reply;

import java.time.LocalDate;

/**
 * When a letter reached its addressee: the date a period running from the addressee's receipt counts from.
 *
 * @param presumed true when no proof of receipt is recorded yet and the date is the agency's presumption
 *        ({@link DeliverySettings#presumedPostalDays()})
 * @param explanation how the date was fixed, in words for the ledger
 */
public record Receipt(LocalDate date, boolean presumed, String explanation) {
}
