package ogi.casework.deadlines;

import java.time.LocalDate;

/**
 * The end of a period as a letter gave it to the person who must act within it.
 *
 * @param date the last day the letter gave
 * @param what the letter, in words for the ledger (e.g. "supplement notice of 2026-06-02")
 */
public record GivenDate(LocalDate date, String what) {
}
