package ogi.casework.litigation;

/** Where a matter's deadline stands today. */
public enum DeadlineState {

	/** Running; nothing done yet. */
	OPEN,

	/** Done in time (filed, attended, appealed). */
	MET,

	/** Passed without the act it requires: for T15 / T21 the serious fault of 复议法 Art. 70 / 行诉法 Art. 34. */
	MISSED,

	/** Done, but after the deadline: the same fault. */
	MET_LATE,

	/** A window that simply ran out (no appeal, no suit known): not a fault. */
	LAPSED,

	/** The court was asked in time to allow late evidence (解释 Art. 34); no fault while it decides. */
	DELAY_REQUESTED
}
