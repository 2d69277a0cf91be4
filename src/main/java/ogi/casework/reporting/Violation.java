package ogi.casework.reporting;

import ogi.casework.shared.Wording;

/**
 * An invariant of spec §6.3/§6.4 that the figures break; shown with the report, never hidden, and it blocks locking.
 *
 * @param rule {@code balance} (一+二 = 三(七)+四), {@code sumOfOutcomes} ((七) = the sum of the outcome rows),
 *        {@code totalColumn} (总计 = the six columns), {@code carryOver} (二 of the year = 四 of the year before),
 *        {@code unplaced} (a concluded case without a row), {@code tableFour} (总计 of a block of table 4)
 * @param where the column, row, case or block concerned
 * @param message what does not add up, with the numbers, for the API
 * @param wording the same as a message key and arguments ({@code report.violation.<rule>}), worded in the reader's
 *        language on the page and in Chinese in the workbook
 */
public record Violation(String rule, String where, String message, Wording wording) {
}
