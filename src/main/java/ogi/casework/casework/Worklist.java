package ogi.casework.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.casework.process.CaseProcess;
import ogi.casework.deadlines.ReplyTimeliness;
import ogi.casework.intake.Channel;
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

	private final CaseRegister register;

	Worklist(WorkItems workItems, OfficialCalendar calendar, CaseworkSettings settings, Clock clock,
			CaseProcess process, CaseRegister register) {
		this.register = register;
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
		return page(user, new WorklistQuery(step == null ? null : step.taskId(), WorklistQuery.Filter.ALL,
				WorklistQuery.Sort.DUE, page, size));
	}

	/**
	 * One page of the user's tasks, filtered and ordered in the query over all of them; each task with its case's
	 * applicant, subject, receipt date and channel from the register.
	 */
	@Transactional(readOnly = true)
	public Page page(CurrentUser user, WorklistQuery query) {
		LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
		// due soon: at most firstReminderWorkingDays working days left, i.e. before the next working day after those
		LocalDate dueBefore = calendar.addWorkingDays(user.agencyCode(), today, settings.firstReminderWorkingDays() + 1)
				.date();
		var items = workItems.search(user.agencyCode(), user.username(), user.roles(), query, today, dueBefore,
				query.page() * query.size(), query.size());
		Map<String, CaseRegister.Row> rows = new HashMap<>();
		register.rows(items.stream().map(WorkItem::caseNumber).distinct().toList(), user)
				.forEach(row -> rows.put(row.caseNumber(), row));
		var entries = items.stream().map(item -> entry(item, today, rows.get(item.caseNumber()))).toList();
		long total = workItems.countSearch(user.agencyCode(), user.username(), user.roles(), query, today, dueBefore);
		return new Page(entries, query.page(), query.size(), total);
	}

	private Entry entry(WorkItem item, LocalDate today, CaseRegister.Row row) {
		Integer daysLeft = null;
		if (item.dueDate() != null) {
			daysLeft = item.dueDate().isBefore(today)
					? -calendar.workingDaysBetween(item.agencyCode(), item.dueDate(), today)
					: calendar.workingDaysBetween(item.agencyCode(), today, item.dueDate());
		}
		boolean overdue = ReplyTimeliness.overdue(item.dueDate(), today);
		boolean dueSoon = !overdue && daysLeft != null && daysLeft <= settings.firstReminderWorkingDays();
		return new Entry(item.taskId(), item.caseNumber(), item.step(), item.candidateRole().name(), item.assignee(),
				item.dueDate(), item.dueProvisional(), daysLeft, dueSoon, overdue,
				row == null ? null : row.applicantName(), row == null ? null : row.subject(),
				row == null ? null : row.receiptDate(), row == null ? null : row.channel());
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
			boolean dueProvisional, Integer workingDaysLeft, boolean dueSoon, boolean overdue, String applicantName,
			String subject, LocalDate receiptDate, Channel channel) {
	}
}
