package ogi.casework.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ogi.casework.casework.process.CaseProcess;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.Today;

/**
 * Keeps the process timers on the dates of the deadline ledger. Timers only wake the engine at a computed date;
 * whenever a date moves, this moves the case row, the worklist, the process variables and the timer jobs in the
 * caller's transaction, so that the ledger and the timers never disagree.
 */
@Component
class DeadlineTimers {

	private static final List<Step> REPLY_STEPS = List.of(Step.HANDLE_REQUEST, Step.AWAIT_CONSULTATION_ANSWERS,
			Step.DRAFT_REPLY, Step.REVIEW_REPLY, Step.LEGAL_REVIEW_REPLY, Step.SIGN_OFF_REPLY, Step.DELIVER_REPLY,
			Step.SUPERVISE_OVERDUE_REPLY, Step.APPROVE_EXTENSION);

	private final CaseFiles caseFiles;

	private final WorkItems workItems;

	private final DeadlineManagement deadlines;

	private final CaseProcess process;

	private final CaseworkSettings settings;

	private final Today today;

	DeadlineTimers(CaseFiles caseFiles, WorkItems workItems, DeadlineManagement deadlines, CaseProcess process,
			CaseworkSettings settings, Today today) {
		this.caseFiles = caseFiles;
		this.workItems = workItems;
		this.deadlines = deadlines;
		this.process = process;
		this.settings = settings;
		this.today = today;
	}

	/** The variables the reply timers read, for a reply due on {@code dueDate} (parked when none is due). */
	Map<String, Object> replyVariables(String agencyCode, LocalDate dueDate) {
		Map<String, Object> variables = new HashMap<>();
		replyTimerDates(agencyCode, dueDate).forEach((timer, date) -> variables.put(variableOf(timer), date));
		return variables;
	}

	/**
	 * When each reply timer should fire: the reply clock at the end of the due date, reminders before it; all parked
	 * while no reply period runs.
	 */
	Map<String, Date> replyTimerDates(String agencyCode, LocalDate dueDate) {
		Map<String, Date> dates = new LinkedHashMap<>();
		if (dueDate == null) {
			Date parked = endOf(CaseVariables.PARKED);
			dates.put(CaseProcess.REPLY_DEADLINE_REACHED, parked);
			dates.put(CaseProcess.FIRST_REMINDER_DUE, parked);
			dates.put(CaseProcess.SECOND_REMINDER_DUE, parked);
			return dates;
		}
		dates.put(CaseProcess.REPLY_DEADLINE_REACHED, endOf(dueDate));
		dates.put(CaseProcess.FIRST_REMINDER_DUE, reminder(agencyCode, dueDate, settings.firstReminderWorkingDays()));
		dates.put(CaseProcess.SECOND_REMINDER_DUE,
				reminder(agencyCode, dueDate, settings.secondReminderWorkingDays()));
		return dates;
	}

	/**
	 * Applies a recomputed reply period (or none, {@code reply == null}) to everything that shows or acts on it, and
	 * wakes the reply clock to ask again.
	 */
	void replyDueChanged(CaseFile file, Deadline reply) {
		LocalDate dueDate = reply == null ? null : reply.dueDate();
		caseFiles.updateReplyDue(file.agencyCode(), file.caseNumber(), dueDate, reply != null && reply.provisional());
		workItems.updateDueDate(file.agencyCode(), file.caseNumber(), REPLY_STEPS.stream().map(Step::taskId).toList(),
				dueDate, reply != null && reply.provisional());
		if (!process.isRunning(file.processInstanceId())) {
			return;
		}
		process.setVariables(file.processInstanceId(), replyVariables(file.agencyCode(), dueDate));
		// the reminders move; the clock's own timer is armed again from the variable when the clock wakes (asked to,
		// just below): moving it as well would, within one engine command, write a timer for an execution the wake-up
		// removes
		replyTimerDates(file.agencyCode(), dueDate).forEach((timer, date) -> {
			if (!timer.equals(CaseProcess.REPLY_DEADLINE_REACHED)) {
				reschedule(file, timer, date);
			}
		});
		wakeReplyClock(file, dueDate == null || !today.date().isAfter(dueDate));
	}

	/**
	 * Wakes the reply clock after a fact moved or ended the reply period: it asks on the legal dates again at once;
	 * {@code resolved} (no reply is overdue any more: delivered, concluded, or due later) also closes the head's
	 * supervision of an overdue reply.
	 */
	void wakeReplyClock(CaseFile file, boolean resolved) {
		if (resolved) {
			process.message(file.processInstanceId(), CaseProcess.OVERDUE_RESOLVED);
		}
		process.message(file.processInstanceId(), CaseProcess.REPLY_PERIOD_CHANGED);
	}

	/**
	 * Applies any recomputed working-day period: the reply (with its reminders), the supplement period (T2) or the
	 * supplement-notice period (T1).
	 */
	void periodChanged(CaseFile file, Deadline period) {
		switch (period.kind()) {
			case REPLY -> replyDueChanged(file, period);
			case SUPPLEMENT -> stepDueChanged(file, Step.AWAIT_SUPPLEMENT, CaseProcess.SUPPLEMENT_PERIOD_EXPIRED,
					CaseVariables.SUPPLEMENT_EXPIRES_AT, period);
			case SUPPLEMENT_NOTICE -> stepDueChanged(file, Step.REGISTER_APPLICATION,
					CaseProcess.SUPPLEMENT_NOTICE_PERIOD_PASSED, CaseVariables.SUPPLEMENT_NOTICE_DUE_AT, period);
			default -> {
			}
		}
	}

	private void stepDueChanged(CaseFile file, Step step, String timerId, String variable, Deadline period) {
		workItems.updateDueDate(file.agencyCode(), file.caseNumber(), List.of(step.taskId()), period.dueDate(),
				period.provisional());
		if (!process.isRunning(file.processInstanceId())) {
			return;
		}
		Date end = endOf(period.dueDate());
		process.setVariables(file.processInstanceId(), Map.of(variable, end));
		reschedule(file, timerId, end);
	}

	/** Moves one timer of the case, if it is waiting, to {@code date}; a timer that already fired stays fired. */
	boolean reschedule(CaseFile file, String timerId, Date date) {
		return process.reschedule(file.processInstanceId(), timerId, date);
	}

	/** Sets a timer's variable and moves the timer if it waits. */
	void moveTimer(CaseFile file, String timerId, String variable, Date date) {
		process.setVariables(file.processInstanceId(), Map.of(variable, date));
		reschedule(file, timerId, date);
	}

	Date endOf(LocalDate lastDay) {
		return CaseVariables.endOf(lastDay, zone());
	}

	Date reminder(String agencyCode, LocalDate dueDate, int workingDaysBefore) {
		LocalDate day = deadlines.workingDaysBefore(agencyCode, dueDate, workingDaysBefore);
		return Date.from(day.atTime(settings.reminderHour(), 0).atZone(zone()).toInstant());
	}

	private ZoneId zone() {
		return settings.zone();
	}

	static String variableOf(String timerId) {
		return switch (timerId) {
			case CaseProcess.REPLY_DEADLINE_REACHED -> CaseVariables.REPLY_OVERDUE_AT;
			case CaseProcess.FIRST_REMINDER_DUE -> CaseVariables.FIRST_REMINDER_AT;
			case CaseProcess.SECOND_REMINDER_DUE -> CaseVariables.SECOND_REMINDER_AT;
			default -> throw new IllegalArgumentException(timerId);
		};
	}
}
