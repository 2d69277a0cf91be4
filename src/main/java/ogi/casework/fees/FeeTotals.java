package ogi.casework.fees;

import java.math.BigDecimal;

/**
 * One agency's information-processing fees in one calendar year, for section 六 of the annual report (spec §6.1, F-7:
 * 「收取信息处理费共计…元」).
 *
 * @param agencyCode the agency
 * @param year the calendar year (1 January – 31 December)
 * @param notices how many fee notices were sent in the year (by notice date)
 * @param amountNoticed what those notices asked for, in yuan
 * @param amountPaid what was paid in the year (by payment date) — the amount collected
 */
public record FeeTotals(String agencyCode, int year, long notices, BigDecimal amountNoticed, BigDecimal amountPaid) {
}
