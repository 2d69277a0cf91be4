package ogi.casework.deadlines;

import java.time.LocalDate;

/**
 * Art. 33(2): whether a reply came, or is still coming, within its period — the one rule by which the case view, the
 * worklist, risk, statistics, evidence and the annual report call a reply late. It is derived from legal dates, never
 * stored: an open case is overdue when today is past the due date in force; a replied case was late when its delivery
 * date is past the due date in force at delivery. The same facts give the same answer everywhere and at any time.
 *
 * @param dueDate the reply due date in force (null when no reply period ran: awaiting a supplement, abandoned)
 * @param deliveredOn the delivery date of the reply, null while none was delivered
 */
public record ReplyTimeliness(LocalDate dueDate, LocalDate deliveredOn, State state) {

	/** Where the reply stands against its period. */
	public enum State {
		/** No reply period runs or ran. */
		NO_PERIOD,
		/** Not delivered yet, and the due date has not passed. */
		RUNNING,
		/** Not delivered, and today is past the due date (逾期未答复). */
		OVERDUE,
		/** Delivered on or before the due date. */
		DELIVERED_IN_TIME,
		/** Delivered after the due date. */
		DELIVERED_LATE
	}

	/** The rule: {@code today} matters only while no reply was delivered. */
	public static ReplyTimeliness of(LocalDate dueDate, LocalDate deliveredOn, LocalDate today) {
		State state;
		if (dueDate == null) {
			state = State.NO_PERIOD;
		}
		else if (deliveredOn != null) {
			state = deliveredOn.isAfter(dueDate) ? State.DELIVERED_LATE : State.DELIVERED_IN_TIME;
		}
		else {
			state = today.isAfter(dueDate) ? State.OVERDUE : State.RUNNING;
		}
		return new ReplyTimeliness(dueDate, deliveredOn, state);
	}

	/** Whether a step due on {@code dueDate} is overdue {@code today}: today is past its last day. */
	public static boolean overdue(LocalDate dueDate, LocalDate today) {
		return dueDate != null && today.isAfter(dueDate);
	}

	/** Open and past its due date. */
	public boolean overdue() {
		return state == State.OVERDUE;
	}

	/** Delivered after its due date. */
	public boolean late() {
		return state == State.DELIVERED_LATE;
	}

	/** Overdue now, or delivered late: the reply was not given in time (Art. 33(2)). */
	public boolean notInTime() {
		return overdue() || late();
	}
}
