package ogi.casework.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ogi.casework.calendar.OfficialCalendar;

/**
 * The reply due date, Art. 33: {@code periodDays} working days after the start (the start day not counted, spec
 * §9.1), where working days inside excluded time do not count (Art. 33(3)). Overlapping or adjacent pauses count
 * once: what is excluded is the union of their working days (spec R-33 [I]). Counted on the agency's calendar,
 * regional rest days included.
 */
final class ReplyClock {

	private ReplyClock() {
	}

	/** A computed due date with the number of excluded working days it skipped. */
	record Result(LocalDate dueDate, int pausedWorkingDays, boolean provisional) {
	}

	/** An excluded interval: the working days after {@code from}, up to and including {@code to}. */
	record Interval(LocalDate from, LocalDate to) {
	}

	static Result dueDate(OfficialCalendar calendar, String agencyCode, LocalDate start, int periodDays,
			List<Interval> pauses) {
		List<Interval> merged = merge(pauses);
		int paused = 0;
		var result = calendar.addWorkingDays(agencyCode, start, periodDays);
		// Each excluded working day pushes the due date one working day further, which may bring more excluded days
		// into the period; the count only grows and is bounded by the pauses, so this settles.
		while (true) {
			int excluded = excludedWorkingDays(calendar, agencyCode, start, result.date(), merged);
			if (excluded == paused) {
				return new Result(result.date(), paused, result.provisional());
			}
			paused = excluded;
			result = calendar.addWorkingDays(agencyCode, start, periodDays + paused);
		}
	}

	/** Working days of the pauses that fall in (start, end]. */
	static int excludedWorkingDays(OfficialCalendar calendar, String agencyCode, LocalDate start, LocalDate end,
			List<Interval> merged) {
		int excluded = 0;
		for (Interval pause : merged) {
			LocalDate from = pause.from().isBefore(start) ? start : pause.from();
			LocalDate to = pause.to().isAfter(end) ? end : pause.to();
			excluded += calendar.workingDaysBetween(agencyCode, from, to);
		}
		return excluded;
	}

	static List<Interval> merge(List<Interval> pauses) {
		var sorted = new ArrayList<>(pauses.stream().filter(p -> p.to().isAfter(p.from())).toList());
		sorted.sort(Comparator.comparing(Interval::from));
		List<Interval> merged = new ArrayList<>();
		for (Interval pause : sorted) {
			if (!merged.isEmpty() && !pause.from().isAfter(merged.get(merged.size() - 1).to())) {
				var last = merged.remove(merged.size() - 1);
				merged.add(new Interval(last.from(), pause.to().isAfter(last.to()) ? pause.to() : last.to()));
			}
			else {
				merged.add(pause);
			}
		}
		return merged;
	}
}
