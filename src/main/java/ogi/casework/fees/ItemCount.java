package ogi.casework.fees;

import java.time.Instant;
import java.time.YearMonth;

/**
 * The number of items (件) of one application, after splitting it by 「一事一申请」 into reasonable minimal units
 * (国办函〔2020〕109号 Art. 4, spec F-3), as the handler counted it — also for an application that is not charged,
 * since every item counts towards the applicant's month.
 *
 * @param applicantKey the applicant key (a keyed hash of the identity number, never the number)
 * @param receiptMonth the calendar month the application was received in (Art. 31), the month its items count in
 */
public record ItemCount(String agencyCode, String caseNumber, String applicantKey, YearMonth receiptMonth,
		int items, String countedBy, Instant countedAt) {
}
