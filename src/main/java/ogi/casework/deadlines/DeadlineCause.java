package ogi.casework.deadlines;

/**
 * Why a ledger entry was computed, as a typed value other modules may rely on; the entry's {@code reason} says the same
 * in words for people. {@code causeNumber} names the extension, consultation or fee notice where one is concerned.
 */
public enum DeadlineCause {

	/** The application was received (Art. 31): the periods start. */
	RECEIPT,

	/** A period started: the supplement period on its notice, the reply period on the supplement's receipt … */
	STARTED,

	/** The date a period runs from moved: a notice's receipt recorded later (Arts. 30, 32, 34). */
	START_MOVED,

	/** Excluded time started (Art. 33(3)): a consultation letter sent, a fee notice. */
	PAUSE_STARTED,

	/** Excluded time ended or was re-planned: an answer, a window passed, a payment, a receipt recorded later. */
	PAUSE_CHANGED,

	/** The office head approved an extension (Art. 33(2)) or a reasonable delay (Art. 35). */
	EXTENSION_APPROVED,

	/** The official or a regional calendar changed. */
	CALENDAR_CHANGED,

	/** A reopened case started a new reply cycle (复议法 Arts. 64, 66; 行诉法 Arts. 70, 72). */
	CYCLE_STARTED,

	/** The reply was delivered: the remedy windows open. */
	DELIVERED
}
