package ogi.casework.litigation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import ogi.casework.accounts.Role;
import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.calendar.WorkingDayResult;
import ogi.casework.deadlines.RemedyPeriod;
import ogi.casework.shared.Wording;

/**
 * The statutory deadlines of a matter on the agency's official calendar (spec §5, §7 G-3/G-4), computed from the
 * matter's dates every time they are read — nothing is stored, so a changed calendar or a new hearing is reflected at
 * once — and the reminders and escalations they call for.
 */
@Component
class MatterDeadlines {

	static final String ART_70 = "视为该行政行为没有证据、依据 (行政复议法 Art. 70): the reconsideration body will revoke the act, "
			+ "confirm it illegal or order the agency to act";

	static final String ART_34 = "视为没有相应证据 (行政诉讼法 Art. 34): the court decides without the agency's evidence";

	private final OfficialCalendar calendar;

	MatterDeadlines(OfficialCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * Every deadline of {@code matter} as it stands on {@code today}, in order of due date.
	 *
	 * @param suedAfter whether a suit after this reconsideration is registered (ends the T18 watch)
	 */
	List<MatterDeadline> of(Matter matter, LocalDate today, boolean suedAfter) {
		var deadlines = new ArrayList<MatterDeadline>();
		if (matter.kind() == MatterKind.RECONSIDERATION) {
			deadlines.add(replyDeadline(matter, today));
		}
		else {
			deadlines.add(defenceDeadline(matter, today));
		}
		for (var hearing : matter.hearings()) {
			deadlines.add(hearing(matter, hearing, today));
		}
		if (matter.kind() == MatterKind.RECONSIDERATION && matter.decision() != null
				&& matter.decision().receivedOn() != null) {
			deadlines.add(suitWatch(matter, today, suedAfter));
		}
		if (matter.kind().lawsuit() && matter.service() != null) {
			deadlines.add(appealWindow(matter, today));
		}
		deadlines.sort(Comparator.comparing(MatterDeadline::dueOn));
		return deadlines;
	}

	/** T15, 复议法 Arts. 48, 54, 88: the written reply with all evidence, basis and materials. */
	private MatterDeadline replyDeadline(Matter matter, LocalDate today) {
		boolean simplified = matter.procedure() == Procedure.SIMPLIFIED;
		int days = simplified ? 5 : 10;
		WorkingDayResult due = calendar.addWorkingDays(matter.agencyCode(), matter.copyReceivedOn(), days);
		String computation = "application copy received %s (day 0, not counted: 民事诉讼法 Art. 85 via 行政复议法 Art. 88)"
				+ " + %d working days (%s procedure, 行政复议法 Art. %s) on the official calendar → %s";
		computation = computation.formatted(matter.copyReceivedOn(), days, simplified ? "simplified" : "ordinary",
				simplified ? "54" : "48", due.date());
		var filing = matter.replyFiling();
		DeadlineState state;
		if (filing.isPresent()) {
			state = filing.get().filedOn().isAfter(due.date()) ? DeadlineState.MET_LATE : DeadlineState.MET;
		}
		else {
			state = today.isAfter(due.date()) ? DeadlineState.MISSED : DeadlineState.OPEN;
		}
		return deadline("T15", "T15", "file the written reply with all evidence, basis and materials",
				"行政复议法 Arts. 48, 54, 70, 88", matter.copyReceivedOn(), due, computation, state, today, ART_70);
	}

	/**
	 * T21, 行诉法 Arts. 34, 67: evidence, normative basis and defence within 15 days of receiving the complaint, rolled
	 * past rest days; a written request to delay evidence must be made within the same days (解释 Art. 34).
	 */
	private MatterDeadline defenceDeadline(Matter matter, LocalDate today) {
		var due = calendarDays(matter.agencyCode(), matter.copyReceivedOn(), RemedyPeriod.T21.length());
		String computation = "complaint copy received %s (day 0, not counted) + %d calendar days → %s%s; a request to "
				+ "delay evidence must be filed in writing by the same day (解释 Art. 34)";
		computation = computation.formatted(matter.copyReceivedOn(), RemedyPeriod.T21.length(), due.plain(),
				due.rollText());
		var filing = matter.replyFiling();
		var delay = matter.evidenceDelayRequest();
		DeadlineState state;
		if (filing.isPresent()) {
			state = filing.get().filedOn().isAfter(due.date()) && !delay.isPresent() ? DeadlineState.MET_LATE
					: DeadlineState.MET;
		}
		else if (delay.isPresent() && !delay.get().filedOn().isAfter(due.date())) {
			state = DeadlineState.DELAY_REQUESTED;
		}
		else {
			state = today.isAfter(due.date()) ? DeadlineState.MISSED : DeadlineState.OPEN;
		}
		return deadline("T21", "T21", "file the evidence, the normative basis and the defence",
				RemedyPeriod.T21.basis() + "; 解释 Art. 34", matter.copyReceivedOn(), due.result(), computation,
				state, today, ART_34);
	}

	/** T17: a hearing, which the agency's head attends (复议法 Art. 51; for courts 行诉法 Art. 3(3)). */
	private MatterDeadline hearing(Matter matter, Matter.Hearing hearing, LocalDate today) {
		boolean court = matter.kind().lawsuit();
		String computation = "hearing on %s%s; the agency's head attends".formatted(hearing.heldOn(),
				hearing.place() == null ? "" : " at " + hearing.place());
		var state = today.isAfter(hearing.heldOn()) ? DeadlineState.MET : DeadlineState.OPEN;
		return deadline("T17", "T17-" + hearing.number(), court ? "attend the court hearing (负责人出庭应诉)"
				: "attend the reconsideration hearing (负责人参加听证)", court ? "行政诉讼法 Art. 3(3)" : "行政复议法 Art. 51",
				hearing.heldOn(), new WorkingDayResult(hearing.heldOn(), false), computation, state, today, null);
	}

	/**
	 * T18, 行诉法 Art. 45: the applicant may sue within 15 days of receiving the reconsideration decision; [I] counted
	 * from the agency's own receipt, the only date it knows.
	 */
	private MatterDeadline suitWatch(Matter matter, LocalDate today, boolean suedAfter) {
		var start = matter.decision().receivedOn();
		var due = calendarDays(matter.agencyCode(), start, RemedyPeriod.T18.length());
		String computation = "decision received %s (day 0) + %d calendar days → %s%s".formatted(start,
				RemedyPeriod.T18.length(), due.plain(), due.rollText());
		var state = suedAfter ? DeadlineState.MET
				: today.isAfter(due.date()) ? DeadlineState.LAPSED : DeadlineState.OPEN;
		return deadline("T18", "T18", "watch for a suit against the reconsideration decision", RemedyPeriod.T18.basis(),
				start, due.result(), computation, state, today, null);
	}

	/** T23, 行诉法 Art. 85: appeal within 15 days of a judgment's service, 10 days of a ruling's. */
	private MatterDeadline appealWindow(Matter matter, LocalDate today) {
		var service = matter.service();
		int days = service.document().appealDays();
		var due = calendarDays(matter.agencyCode(), service.servedOn(), days);
		String computation = "%s served %s (day 0) + %d calendar days → %s%s".formatted(
				service.document() == ServedDocument.JUDGMENT ? "judgment" : "ruling", service.servedOn(), days,
				due.plain(), due.rollText());
		DeadlineState state;
		if (matter.appeal() != null) {
			state = matter.appeal().lodgedOn().isAfter(due.date()) ? DeadlineState.LAPSED : DeadlineState.MET;
		}
		else {
			state = today.isAfter(due.date()) ? DeadlineState.LAPSED : DeadlineState.OPEN;
		}
		return deadline("T23", "T23", "decide whether to appeal (the first-instance "
				+ (service.document() == ServedDocument.JUDGMENT ? "judgment" : "ruling") + " becomes final after)",
				RemedyPeriod.T23.basis(), service.servedOn(), due.result(), computation, state, today, null);
	}

	/** The reminders and escalations the deadlines call for, at {@code hour} local time in {@code zone}. */
	List<Alarm> alarms(Matter matter, List<MatterDeadline> deadlines, LitigationSettings settings, ZoneId zone) {
		var alarms = new ArrayList<Alarm>();
		String ref = "%s %s (%s)".formatted(matter.body(), matter.referenceNumber(), kindText(matter.kind()));
		for (var d : deadlines) {
			switch (d.code()) {
				case "T15", "T21" -> {
					if (d.state() == DeadlineState.OPEN) {
						var on = workingDaysBefore(matter.agencyCode(), d.dueOn(), settings.filingReminderWorkingDays());
						alarms.add(alarm(d.key() + "-reminder-" + d.dueOn(), on, settings, zone, false,
								Set.of(Role.LEGAL), "%s: %s by %s (%s)".formatted(ref, d.what(), d.dueOn(), d.basis()),
								Wording.of("notification.alarm.due", Wording.value(ref), label(matter, d, "what"),
										Wording.value(d.dueOn()), label(matter, d, "basis"))));
					}
					if (d.state() == DeadlineState.OPEN || d.state() == DeadlineState.MISSED) {
						alarms.add(alarm(d.key() + "-missed-" + d.dueOn(), d.dueOn().plusDays(1), settings, zone, true,
								Set.of(Role.HEAD, Role.LEGAL), "%s: nothing was filed by %s — %s".formatted(ref,
										d.dueOn(), d.consequence()),
								Wording.of("notification.alarm.missed", Wording.value(ref), label(matter, d, "what"),
										Wording.value(d.dueOn()), label(matter, d, "consequence"))));
					}
				}
				case "T17" -> {
					if (d.state() == DeadlineState.OPEN) {
						var on = workingDaysBefore(matter.agencyCode(), d.dueOn(), settings.hearingReminderWorkingDays());
						alarms.add(alarm(d.key() + "-reminder-" + d.dueOn(), on, settings, zone, false,
								Set.of(Role.HEAD, Role.LEGAL), "%s: hearing on %s — %s (%s)".formatted(ref, d.dueOn(),
										d.what(), d.basis()),
								Wording.of("notification.alarm.due", Wording.value(ref), label(matter, d, "what"),
										Wording.value(d.dueOn()), label(matter, d, "basis"))));
					}
				}
				case "T23" -> {
					if (d.state() == DeadlineState.OPEN) {
						var on = d.dueOn().minusDays(settings.appealReminderDays());
						alarms.add(alarm(d.key() + "-reminder-" + d.dueOn(), on, settings, zone, false,
								Set.of(Role.LEGAL), "%s: the appeal window ends %s (%s)".formatted(ref, d.dueOn(),
										d.basis()),
								Wording.of("notification.alarm.due", Wording.value(ref), label(matter, d, "what"),
										Wording.value(d.dueOn()), label(matter, d, "basis"))));
					}
				}
				case "T18" -> {
					// Raised the morning after the window, when the state is already LAPSED (raised once, by key).
					if (d.state() == DeadlineState.OPEN || d.state() == DeadlineState.LAPSED) {
						alarms.add(alarm(d.key() + "-ended-" + d.dueOn(), d.dueOn().plusDays(1), settings, zone, false,
								Set.of(Role.LEGAL), ("%s: the 15 days for a suit after the decision ended %s — ask the "
										+ "court whether a suit was filed (%s)").formatted(ref, d.dueOn(), d.basis()),
								Wording.of("notification.alarm.suitWindowEnded", Wording.value(ref),
										Wording.value(d.dueOn()), label(matter, d, "basis"))));
					}
				}
				default -> {
				}
			}
		}
		alarms.sort(Comparator.comparing(Alarm::at));
		return alarms;
	}

	static String kindText(MatterKind kind) {
		return switch (kind) {
			case RECONSIDERATION -> "行政复议";
			case LAWSUIT_DIRECT -> "行政诉讼";
			case LAWSUIT_AFTER_RECONSIDERATION -> "复议后行政诉讼";
		};
	}

	private static Alarm alarm(String key, LocalDate on, LitigationSettings settings, ZoneId zone, boolean escalation,
			Set<Role> roles, String message, Wording wording) {
		return new Alarm(key, on.atTime(settings.reminderHour(), 0).atZone(zone).toInstant(), escalation, roles,
				message, wording);
	}

	/** The label of one part of a deadline in the pages' messages: {@code matterDeadline.<code>[.variant].<part>}. */
	private static String label(Matter matter, MatterDeadline deadline, String part) {
		String variant = deadline.code().equals("T17") && !part.equals("consequence")
				? (matter.kind().lawsuit() ? ".court" : ".reconsideration") : "";
		return Wording.label("matterDeadline." + deadline.code() + variant + "." + part);
	}

	/** The working day {@code workingDays} working days before {@code date} (or {@code date} itself for 0). */
	LocalDate workingDaysBefore(String agencyCode, LocalDate date, int workingDays) {
		var day = date;
		int counted = 0;
		while (counted < workingDays) {
			day = day.minusDays(1);
			if (calendar.isWorkingDay(agencyCode, day)) {
				counted++;
			}
		}
		return day;
	}

	private CalendarDayEnd calendarDays(String agencyCode, LocalDate start, int days) {
		return new CalendarDayEnd(start.plusDays(days), calendar.calendarDayPeriodEnd(agencyCode, start, days));
	}

	private static MatterDeadline deadline(String code, String key, String what, String basis, LocalDate start,
			WorkingDayResult due, String computation, DeadlineState state, LocalDate today, String consequence) {
		boolean fault = consequence != null && (state == DeadlineState.MISSED || state == DeadlineState.MET_LATE);
		return new MatterDeadline(code, key, what, basis, start, due.date(), due.provisional(),
				computation + (due.provisional() ? " (provisional: the holiday notice of that year is not loaded)" : ""),
				state, ChronoUnit.DAYS.between(today, due.date()), fault, consequence);
	}

	/** A calendar-day period's plain last day and its end rolled past rest days (民事诉讼法 Art. 85). */
	private record CalendarDayEnd(LocalDate plain, WorkingDayResult result) {

		LocalDate date() {
			return result.date();
		}

		String rollText() {
			return plain.equals(result.date()) ? ""
					: ", a rest day, so the period ends on the next working day " + result.date() + " (民事诉讼法 Art. 85)";
		}
	}
}
