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
import ogi.casework.shared.ReadsOnly;

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
	@ReadsOnly
	public Page page(CurrentUser user, int page, int size) {
		return page(user, page, size, null);
	}

	/** One page of the user's tasks at {@code step} (every step when null), most urgent first. */
	@ReadsOnly
	public Page page(CurrentUser user, int page, int size, Step step) {
		return page(user, new WorklistQuery(step == null ? null : step.taskId(), WorklistQuery.Filter.ALL,
				WorklistQuery.Sort.DUE, page, size));
	}

	/**
	 * One page of the user's tasks, filtered and ordered in the query over all of them; each task with its case's
	 * applicant, subject, receipt date and channel from the register.
	 */
	@ReadsOnly
	public Page page(CurrentUser user, WorklistQuery query) {
		return page(user, query, null, null);
	}

	/**
	 * The page after the cursor {@code after} or before the cursor {@code before} (keyset pagination: the query seeks
	 * to the cursor's sort key through an index instead of skipping rows), else page {@code query.page()}; going back
	 * past the first page gives the first page.
	 *
	 * @throws ogi.casework.shared.InvalidInput naming {@code after} or {@code before} when it is no cursor of this
	 *         order, or when both are given
	 */
	@ReadsOnly
	public Page page(CurrentUser user, WorklistQuery query, String after, String before) {
		boolean backward = before != null && !before.isBlank();
		if (backward && after != null && !after.isBlank()) {
			throw ogi.casework.shared.InvalidInput.of("before", "exclusive", "give after or before, not both");
		}
		var cursor = backward ? WorklistCursor.decode("before", before, query.sort())
				: WorklistCursor.decode("after", after, query.sort());
		LocalDate today = today();
		LocalDate dueBefore = dueSoonBefore(user, today);
		int offset = cursor == null ? query.page() * query.size() : 0;
		List<WorkItem> items = user.roles().isEmpty() ? List.of()
				: workItems.search(user.agencyCode(), user.username(), user.roles(), query, today, dueBefore, cursor,
						backward, offset, query.size() + 1);
		boolean more = items.size() > query.size();
		items = more ? items.subList(0, query.size()) : items;
		if (backward) {
			if (!more) {
				return page(user, new WorklistQuery(query.step(), query.filter(), query.sort(), 0, query.size()));
			}
			items = new java.util.ArrayList<>(items);
			java.util.Collections.reverse(items);
		}
		Map<String, CaseRegister.Row> rows = new HashMap<>();
		register.rows(items.stream().map(WorkItem::caseNumber).distinct().toList(), user)
				.forEach(row -> rows.put(row.caseNumber(), row));
		var entries = items.stream().map(item -> entry(item, today, rows.get(item.caseNumber()))).toList();
		long total = user.roles().isEmpty() ? 0
				: workItems.countSearch(user.agencyCode(), user.username(), user.roles(), query, today, dueBefore);
		String next = items.isEmpty() || !(more || backward) ? null : cursor(items.get(items.size() - 1), rows, query);
		String previous = items.isEmpty() || !(backward || cursor != null || offset > 0) ? null
				: cursor(items.get(0), rows, query);
		return new Page(entries, query.page(), query.size(), total, next, previous);
	}

	/**
	 * How many of the user's tasks (their own and their roles' unclaimed) are overdue, due soon, and at the steps
	 * the message centre counts — the totals the worklist shows for the same filters, in one read.
	 */
	@ReadsOnly
	public Counts counts(CurrentUser user) {
		if (user.roles().isEmpty()) {
			return new Counts(0, 0, 0, 0, 0, 0, 0, 0);
		}
		LocalDate today = today();
		return workItems.counts(user.agencyCode(), user.username(), user.roles(), today, dueSoonBefore(user, today),
				Step.SIGN_OFF_REPLY.taskId(), Step.APPROVE_EXTENSION.taskId(), Step.REVIEW_REPLY.taskId(),
				Step.LEGAL_REVIEW_REPLY.taskId(), Step.DRAFT_REPLY.taskId());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(settings.zone()));
	}

	/** Due soon: at most firstReminderWorkingDays working days left, i.e. before the next working day after those. */
	private LocalDate dueSoonBefore(CurrentUser user, LocalDate today) {
		return calendar.addWorkingDays(user.agencyCode(), today, settings.firstReminderWorkingDays() + 1).date();
	}

	/** The message centre's counts: see {@link #counts(CurrentUser)}. */
	public record Counts(long overdue, long dueSoon, long signOff, long approveExtension, long review,
			long legalReview, long draft, long returnedDrafts) {
	}

	private static String cursor(WorkItem item, Map<String, CaseRegister.Row> rows, WorklistQuery query) {
		var row = rows.get(item.caseNumber());
		return WorklistCursor.of(item, row == null ? null : row.receiptDate()).encode(query.sort());
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

	/**
	 * A page of the worklist: {@code next} is the cursor to send as {@code after=} for the following page (null on the
	 * last), {@code previous} the one to send as {@code before=} for the page before (null on the first).
	 */
	public record Page(List<Entry> items, int page, int size, long total, String next, String previous) {
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
