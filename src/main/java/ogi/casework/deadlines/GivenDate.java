package ogi.casework.deadlines;

import java.time.LocalDate;

/**
 * The end of a period as a letter gave it to the person who must act within it: the supplement notice's date
 * (Art. 30), the fee notice's (F-5), the consultation letter's (Arts. 32, 34). Counted again — on the calendar as it is
 * now, or from a receipt recorded later — the period may end later than the letter said, never before: they may rely
 * on the date the agency gave (a 调休 working day loaded after the letter went out would otherwise end the period, and
 * draw its consequence, a day before the date on the letter).
 *
 * @param date the last day the letter gave
 * @param what the letter, in words for the ledger (e.g. "supplement notice of 2026-06-02")
 */
public record GivenDate(LocalDate date, String what) {

	/** Whether the letter's date, not {@code counted}, ends the period: the count ends before it. */
	public boolean holds(LocalDate counted) {
		return counted.isBefore(date);
	}

	/**
	 * The end of a period counted as {@code counted} whose letter gave {@code given}: the later of the two ({@code given}
	 * null, for letters from before their date was kept: {@code counted}).
	 */
	public static LocalDate notBefore(LocalDate counted, LocalDate given) {
		return given != null && counted.isBefore(given) ? given : counted;
	}
}
