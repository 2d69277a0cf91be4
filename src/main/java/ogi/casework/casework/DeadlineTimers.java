package ogi.casework.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.shared.CaseworkSettings;

/**
 * Keeps the process timers on the dates of the deadline ledger. Timers only read computed dates; whenever a date
 * moves, this moves the case row, the worklist, the process variables and the timer jobs in the caller's
 * transaction, so that the ledger and the timers never disagree.
 */
@Component
class DeadlineTimers {

	private static final Logger log = LoggerFactory.getLogger(DeadlineTimers.class);

	/** The BPMN timers that follow the reply due date, with the process variable each reads. */
	static final List<String> REPLY_TIMERS = List.of("replyDeadlineReached", "firstReminderDue", "secondReminderDue");

	private static final List<Step> HANDLING_STEPS = List.of(Step.HANDLE_REQUEST, Step.AWAIT_CONSULTATION_ANSWERS,
			Step.DRAFT_REPLY, Step.REVIEW_REPLY, Step.LEGAL_REVIEW_REPLY, Step.SIGN_OFF_REPLY, Step.DELIVER_REPLY, Step.SUPERVISE_OVERDUE_REPLY,
			Step.APPROVE_EXTENSION);

	private final CaseFiles caseFiles;

	private final WorkItems workItems;

	private final DeadlineManagement deadlines;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final CaseworkSettings settings;

	DeadlineTimers(CaseFiles caseFiles, WorkItems workItems, DeadlineManagement deadlines, RuntimeService runtime,
			ManagementService management, CaseworkSettings settings) {
		this.caseFiles = caseFiles;
		this.workItems = workItems;
		this.deadlines = deadlines;
		this.runtime = runtime;
		this.management = management;
		this.settings = settings;
	}

	/** The variables the reply timers read, for a reply due on {@code dueDate}. */
	Map<String, Object> replyVariables(String agencyCode, LocalDate dueDate) {
		Map<String, Object> variables = new HashMap<>();
		replyTimerDates(agencyCode, dueDate).forEach((timer, date) -> variables.put(variableOf(timer), date));
		return variables;
	}

	/** When each reply timer should fire: the overdue escalation at the end of the due date, reminders before it. */
	Map<String, Date> replyTimerDates(String agencyCode, LocalDate dueDate) {
		Map<String, Date> dates = new LinkedHashMap<>();
		dates.put("replyDeadlineReached", CaseVariables.endOf(dueDate, zone()));
		dates.put("firstReminderDue", reminder(agencyCode, dueDate, settings.firstReminderWorkingDays()));
		dates.put("secondReminderDue", reminder(agencyCode, dueDate, settings.secondReminderWorkingDays()));
		return dates;
	}

	/** Applies a recomputed reply period to everything that shows or acts on it. */
	void replyDueChanged(CaseFile file, Deadline reply) {
		caseFiles.updateReplyDue(file.agencyCode(), file.caseNumber(), reply.dueDate(), reply.provisional());
		workItems.updateDueDate(file.agencyCode(), file.caseNumber(),
				HANDLING_STEPS.stream().map(Step::taskId).toList(), reply.dueDate(), reply.provisional());
		if (file.processInstanceId() == null || isEnded(file.processInstanceId())) {
			return;
		}
		runtime.setVariables(file.processInstanceId(), replyVariables(file.agencyCode(), reply.dueDate()));
		replyTimerDates(file.agencyCode(), reply.dueDate()).forEach((timer, date) -> reschedule(file, timer, date));
	}

	/**
	 * Applies any recomputed working-day period: the reply (with its reminders), the supplement period (T2) or the
	 * supplement-notice period (T1).
	 */
	void periodChanged(CaseFile file, Deadline period) {
		switch (period.kind()) {
			case REPLY -> replyDueChanged(file, period);
			case SUPPLEMENT -> stepDueChanged(file, Step.AWAIT_SUPPLEMENT, "supplementPeriodExpired",
					CaseVariables.SUPPLEMENT_EXPIRES_AT, period);
			case SUPPLEMENT_NOTICE -> stepDueChanged(file, Step.REGISTER_APPLICATION, "supplementNoticePeriodPassed",
					CaseVariables.SUPPLEMENT_NOTICE_DUE_AT, period);
			default -> {
			}
		}
	}

	private void stepDueChanged(CaseFile file, Step step, String timerId, String variable, Deadline period) {
		workItems.updateDueDate(file.agencyCode(), file.caseNumber(), List.of(step.taskId()), period.dueDate(),
				period.provisional());
		if (file.processInstanceId() == null || isEnded(file.processInstanceId())) {
			return;
		}
		Date end = CaseVariables.endOf(period.dueDate(), zone());
		runtime.setVariable(file.processInstanceId(), variable, end);
		reschedule(file, timerId, end);
	}

	/** Moves one timer of the case, if it is waiting, to {@code date}; a timer that already fired stays fired. */
	boolean reschedule(CaseFile file, String timerId, Date date) {
		Job job = timer(file.processInstanceId(), timerId);
		if (job == null || job.getDuedate().equals(date)) {
			return false;
		}
		management.rescheduleTimeDateJob(job.getId(), iso(date));
		log.debug("Case {}: timer {} moved from {} to {}", file.caseNumber(), timerId, job.getDuedate(), date);
		return true;
	}

	Job timer(String processInstanceId, String timerId) {
		return management.createTimerJobQuery().processInstanceId(processInstanceId).elementId(timerId)
				.singleResult();
	}

	String iso(Date date) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.toInstant().atZone(zone()));
	}

	Date reminder(String agencyCode, LocalDate dueDate, int workingDaysBefore) {
		LocalDate day = deadlines.workingDaysBefore(agencyCode, dueDate, workingDaysBefore);
		return Date.from(day.atTime(settings.reminderHour(), 0).atZone(zone()).toInstant());
	}

	private boolean isEnded(String processInstanceId) {
		return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
	}

	private ZoneId zone() {
		return settings.zone();
	}

	static String variableOf(String timerId) {
		return switch (timerId) {
			case "replyDeadlineReached" -> CaseVariables.REPLY_OVERDUE_AT;
			case "firstReminderDue" -> CaseVariables.FIRST_REMINDER_AT;
			case "secondReminderDue" -> CaseVariables.SECOND_REMINDER_AT;
			default -> throw new IllegalArgumentException(timerId);
		};
	}
}
