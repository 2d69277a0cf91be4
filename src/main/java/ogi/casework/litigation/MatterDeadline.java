package ogi.casework.litigation;

import java.time.LocalDate;

/**
 * One deadline of a matter with its legal basis and the computation that produced it.
 *
 * @param code the spec's id (T15, T17, T18, T21, T23)
 * @param key a stable key within the matter (e.g. {@code T17-2} for the second hearing)
 * @param what what must be done
 * @param basis the articles
 * @param startedOn day 0 of the period (not counted, 民事诉讼法 Art. 85)
 * @param dueOn the last day
 * @param provisional whether a not-yet-published holiday notice may still move it (spec §9.2)
 * @param computation the arithmetic in words
 * @param state where it stands today
 * @param daysLeft calendar days from today to the last day (negative when passed)
 * @param fault whether missing it is a serious fault of the agency
 * @param consequence what the law says follows if it is missed, when it is a fault
 */
public record MatterDeadline(String code, String key, String what, String basis, LocalDate startedOn, LocalDate dueOn,
		boolean provisional, String computation, DeadlineState state, long daysLeft, boolean fault,
		String consequence) {

	/** Whether it still asks for something to be done. */
	public boolean open() {
		return state == DeadlineState.OPEN || state == DeadlineState.DELAY_REQUESTED;
	}
}
