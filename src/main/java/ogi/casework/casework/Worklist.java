package ogi.casework.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.casework.process.CaseProcess;
import ogi.casework.deadlines.ReplyTimeliness;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.NotFound;

/** Reads worklists from the work-item read model, never from process-variable queries. */
@Service
public class Worklist {

	private final WorkItems workItems;

	private final OfficialCalendar calendar;

	private final CaseworkSettings settings;

	private final Clock clock;

	private final CaseProcess process;

	Worklist(WorkItems workItems, OfficialCalendar calendar, CaseworkSettings settings, Clock clock,
			CaseProcess process) {
		this.process = process;
		this.workItems = workItems;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	/** One page of the user's tasks, most urgent first. */
	@Transactional(readOnly = true)
	public Page page(CurrentUser user, int page, int size) {
		return page(user, page, size, null);
	}

	/** One page of the user's tasks at {@code step} (every step when null), most urgent first. */
	@Transactional(readOnly = true)
	public Page page(CurrentUser user, int page, int size, Step step) {
		LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
		String stepId = step == null ? null : step.taskId();
		var items = workItems.page(user.agencyCode(), user.username(), user.roles(), stepId, page * size, size)
				.stream().map(item -> entry(item, today)).toList();
		return new Page(items, page, size, workItems.count(user.agencyCode(), user.username(), user.roles(), stepId));
	}

	private Entry entry(WorkItem item, LocalDate today) {
		Integer daysLeft = null;
		if (item.dueDate() != null) {
			daysLeft = item.dueDate().isBefore(today)
					? -calendar.workingDaysBetween(item.agencyCode(), item.dueDate(), today)
					: calendar.workingDaysBetween(item.agencyCode(), today, item.dueDate());
		}
		boolean overdue = ReplyTimeliness.overdue(item.dueDate(), today);
		boolean dueSoon = !overdue && daysLeft != null && daysLeft <= settings.firstReminderWorkingDays();
		return new Entry(item.taskId(), item.caseNumber(), item.step(), item.candidateRole().name(), item.assignee(),
				item.dueDate(), item.dueProvisional(), daysLeft, dueSoon, overdue);
	}

	/** Claims a task for the user, so colleagues see it is taken. */
	@Transactional
	public void claim(String taskId, CurrentUser user) {
		var task = process.task(user.agencyCode(), taskId).orElseThrow(() -> new NotFound("No open task " + taskId));
		CaseAction.requireRole(user, task.step().role());
		if (task.assignee() != null && !task.assignee().equals(user.username())) {
			throw new ActionNotAllowed("claimedByOther", "The task is claimed by " + task.assignee());
		}
		if (task.assignee() == null) {
			process.claim(taskId, user.username());
		}
	}

	/** A page of the worklist. */
	public record Page(List<Entry> items, int page, int size, long total) {
	}

	/**
	 * One task: {@code workingDaysLeft} counts working days after today up to the due date (0 on the due date itself),
	 * negative once overdue; {@code dueSoon} within the first reminder's working days; {@code dueProvisional} when the
	 * date rests on a year whose holiday notice is not loaded.
	 */
	public record Entry(String taskId, String caseNumber, String step, String role, String assignee, LocalDate dueDate,
			boolean dueProvisional, Integer workingDaysLeft, boolean dueSoon, boolean overdue) {
	}
}
