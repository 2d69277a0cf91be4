package ogi.casework.reply;

import java.time.LocalDate;

/**
 * The reply of a case was delivered (送达), by {@code method} on {@code deliveredOn}: for those who tell the applicant,
 * such as the applicant portal's e-mail that an electronic reply is ready to download.
 */
public record ReplyDelivered(String agencyCode, String caseNumber, DeliveryMethod method, LocalDate deliveredOn) {
}
