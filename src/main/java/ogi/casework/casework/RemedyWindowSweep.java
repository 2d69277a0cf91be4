package ogi.casework.casework;

import java.time.LocalDate;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ogi.casework.casework.process.CaseProcess;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.shared.CaseKey;
import ogi.casework.shared.Today;
import ogi.casework.shared.Wording;

/**
 * The nightly recount of the applicant's reconsideration and lawsuit windows (T12, T19) on the calendar as it is now,
 * page by page after the open cases ({@code ReconciliationTasks}). A calendar change recounts these windows when it is
 * loaded ({@link CalendarRecomputation}); this catches the one whose recount failed there (a lock timeout, a node gone)
 * or that another node counted on its old calendar within its refresh interval, which would otherwise keep its old
 * last day until the next change. It takes the cases, archived or not, with a window ending on or after the day a
 * month before today ({@link DeadlineManagement#remedyWindowMovableFrom}).
 */
@Component
public class RemedyWindowSweep {

	private static final Logger log = LoggerFactory.getLogger(RemedyWindowSweep.class);

	/** The notification kind of a case whose remedy windows the sweep could not recount. */
	static final String NOT_RECOUNTED = "REMEDY_WINDOWS_NOT_RECOUNTED";

	private static final String REASON = "daily reconciliation: the calendar moved this window";

	private final DeadlineManagement deadlines;

	private final CalendarRecomputation recomputation;

	private final CaseProcess process;

	private final Notifying notifying;

	private final Today today;

	/** Cases per page, as the other nightly sweeps take them. */
	private final int pageSize;

	RemedyWindowSweep(DeadlineManagement deadlines, CalendarRecomputation recomputation, CaseProcess process,
			Notifying notifying, Today today, @Value("${ogi.reconciliation.page-size:200}") int pageSize) {
		this.deadlines = deadlines;
		this.recomputation = recomputation;
		this.process = process;
		this.notifying = notifying;
		this.today = today;
		this.pageSize = Math.max(1, pageSize);
	}

	/**
	 * Recounts the windows of the first {@code pageSize} cases after {@code after} (in key order), each case in a
	 * transaction of its own under its lock; a case that cannot be recounted is logged, told to its agency's
	 * administrators and left for the next night. Returns how many windows moved and where the next page starts.
	 */
	public DeadlineReconciliation.TimersPage recountAfter(CaseKey after) {
		// a window that ended more than a month ago moves only with a change to a day that far back, and such a
		// change is recounted when it is loaded: the sweep leaves it as it stands
		LocalDate from = DeadlineManagement.remedyWindowMovableFrom(today.date());
		var page = deadlines.casesWithRunningPeriodAfter(after, Set.of(), DeadlineManagement.REMEDY_WINDOWS, from,
				pageSize);
		int moved = 0;
		for (CaseKey key : page) {
			try {
				moved += process.inOwnTransaction(() -> recomputation.recomputeRemedyWindows(key, from, REASON));
			}
			catch (RuntimeException e) {
				log.error("Case {}/{}: its remedy windows could not be recounted; left for the next night",
						key.agencyCode(), key.caseNumber(), e);
				notifying.notify(key.agencyCode(), "role:ADMIN", key.caseNumber(), NOT_RECOUNTED,
						"The daily reconciliation could not recount the reconsideration and lawsuit windows of case "
								+ key.caseNumber(),
						Wording.ofValues("notification.remedyWindowsNotRecounted", key.caseNumber()));
			}
		}
		if (moved > 0) {
			log.info("Remedy window sweep: {} window(s) moved among {} case(s) after {}", moved, page.size(), after);
		}
		return new DeadlineReconciliation.TimersPage(moved,
				page.size() < pageSize ? null : page.get(page.size() - 1));
	}
}
