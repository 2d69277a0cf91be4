package ogi.casework.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import ogi.casework.audit.AuditManagement;
import ogi.casework.audit.AuditVerification;
import ogi.casework.casework.process.CaseProcess;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.casework.process.DeadJobs;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.deadlines.PauseKind;
import ogi.casework.fees.FeeManagement;
import ogi.casework.fees.FeeNotice;
import ogi.casework.risk.RiskManagement;
import ogi.casework.shared.CaseEvent;
import ogi.casework.shared.CaseKey;

/**
 * Compares every open case's deadline ledger with its waiting timers and moves any timer that drifted (after a
 * failed reschedule, a manual database fix, a restored backup …), logging each repair and writing it to the case's
 * audit trail, then has every remedy window that may still move recounted ({@link RemedyWindowSweep}), every watched
 * case's litigation risk reassessed and every agency's audit chain verified link by link (issue #14: a broken chain is
 * logged and told to the agency's administrators and head). Run daily by
 * {@code deadline-reconciliation.bpmn20.xml} page by page, one job per page ({@code ReconciliationTasks}): a sweep of
 * 100k open cases in one job would outlast the job's lock, be run again by another node and lose its transaction.
 * The bean name and {@code reconcile()} stay a persisted contract (the process's first version called it).
 */
@Component("deadlineReconciliation")
public class DeadlineReconciliation {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReconciliation.class);

	private final CaseFiles caseFiles;

	private final DeadlineManagement deadlines;

	private final DeadlineTimers timers;

	private final ApplicationEventPublisher events;

	/** Cases per page of the nightly sweep, each page one job of the daily process: far from a job's lock time. */
	private final int pageSize;

	private final FeeManagement fees;

	private final CalendarRecomputation recomputation;

	private final Clock clock;

	private final RemedyWindowSweep remedyWindows;

	private final RiskManagement risks;

	private final CaseProcess process;

	private final DeadJobs deadJobs;

	private final DeadJobAlerts alerts;

	private final AuditManagement audit;

	private final Notifying notifying;

	private final ogi.casework.accounts.AccountManagement accounts;

	/** The notification kind of a case whose timers the reconciliation could not move. */
	static final String TIMERS_NOT_RECONCILED = "TIMERS_NOT_RECONCILED";

	/** The notification kind of a broken audit chain. */
	static final String AUDIT_BROKEN = "AUDIT_CHAIN_BROKEN";

	DeadlineReconciliation(AuditManagement audit, Notifying notifying, CaseProcess process, DeadJobs deadJobs,
			DeadJobAlerts alerts, CaseFiles caseFiles, DeadlineManagement deadlines, DeadlineTimers timers,
			ApplicationEventPublisher events, FeeManagement fees, CalendarRecomputation recomputation, Clock clock,
			RiskManagement risks, ogi.casework.accounts.AccountManagement accounts, RemedyWindowSweep remedyWindows,
			@org.springframework.beans.factory.annotation.Value("${ogi.reconciliation.page-size:200}") int pageSize) {
		this.accounts = accounts;
		this.remedyWindows = remedyWindows;
		this.audit = audit;
		this.notifying = notifying;
		this.risks = risks;
		this.process = process;
		this.deadJobs = deadJobs;
		this.alerts = alerts;
		this.fees = fees;
		this.recomputation = recomputation;
		this.caseFiles = caseFiles;
		this.deadlines = deadlines;
		this.timers = timers;
		this.events = events;
		if (pageSize < 1) {
			throw new IllegalArgumentException("ogi.reconciliation.page-size is at least 1, not " + pageSize);
		}
		this.pageSize = pageSize;
		this.clock = clock;
	}

	/**
	 * The whole nightly sweep at once, in the caller's thread: every drifted timer of every open case repaired, every
	 * remedy window that may still move recounted, dead jobs reminded of, every watched case's risk reassessed, every
	 * agency's audit trail verified; returns how many timers and windows it moved. The daily process runs the same
	 * steps page by page, one job each ({@code ReconciliationTasks}).
	 */
	public int reconcile() {
		int repaired = 0;
		for (CaseKey after = CaseKey.FIRST; after != null;) {
			var page = reconcileTimersAfter(after);
			repaired += page.repaired();
			after = page.next();
		}
		for (CaseKey after = CaseKey.FIRST; after != null;) {
			var page = remedyWindows.recountAfter(after);
			repaired += page.repaired();
			after = page.next();
		}
		remindOfDeadJobs();
		// Risk changes with time alone (a due date comes near, a remedy window ends): reassess with the ledger fixed.
		risks.reconcile();
		verifyAuditTrail();
		return repaired;
	}

	/**
	 * Compares the ledger and the timers of the first {@code pageSize} open cases after {@code after} (in key order)
	 * and moves every timer that drifted. Each case is reconciled in a transaction of its own, even inside the nightly
	 * job's (timers are moved by the engine, whose writes a nested call would defer to the job's commit): a case that
	 * cannot be reconciled is logged and left as it was, and the others keep their repairs.
	 */
	public TimersPage reconcileTimersAfter(CaseKey after) {
		var page = caseFiles.openCases(after.agencyCode(), after.caseNumber(), pageSize);
		int repaired = 0;
		for (CaseFile file : page) {
			try {
				repaired += process.inOwnTransaction(() -> reconcile(file));
			}
			catch (RuntimeException e) {
				log.error("Case {}/{}: its timers could not be reconciled with its deadline ledger; left as they were",
						file.agencyCode(), file.caseNumber(), e);
				// told to those who can look into it, with the page (the case's own transaction rolled back)
				String cause = String.valueOf(e.getMessage());
				cause = cause.length() > 200 ? cause.substring(0, 200) + "…" : cause;
				notifying.notify(file.agencyCode(), "role:ADMIN", file.caseNumber(), TIMERS_NOT_RECONCILED,
						"The daily reconciliation could not move the timers of case " + file.caseNumber() + ": " + cause,
						ogi.casework.shared.Wording.ofValues("notification.timersNotReconciled", file.caseNumber()));
			}
		}
		if (repaired > 0) {
			log.info("Deadline reconciliation: {} timer(s) repaired among {} open case(s) after {}", repaired,
					page.size(), after);
		}
		CaseFile last = page.isEmpty() ? null : page.get(page.size() - 1);
		return new TimersPage(repaired,
				page.size() < pageSize ? null : new CaseKey(last.agencyCode(), last.caseNumber()));
	}

	/** What one page of the timer reconciliation did: timers moved, and where the next page starts (or null). */
	public record TimersPage(int repaired, CaseKey next) {
	}

	/**
	 * Tells each agency with dead jobs (process steps that failed for good) how many wait for someone, and the
	 * platform's administrators how many jobs of no agency do.
	 */
	public void remindOfDeadJobs() {
		var parked = deadJobs.parked(accounts.agencies().stream().map(ogi.casework.accounts.Agency::code).toList());
		parked.forEach((agency, count) -> {
			if (agency.equals(DeadJobs.PLATFORM)) {
				alerts.remindPlatform(count.intValue());
			}
			else {
				alerts.remind(agency, count.intValue());
			}
		});
	}

	/** One page of the nightly risk reassessment: see {@link RiskManagement#reconcileAfter}. */
	public RiskManagement.SweepPage reassessRisksAfter(RiskManagement.SweepCursor cursor) {
		return risks.reconcileAfter(cursor, pageSize);
	}

	/** The agencies whose audit trail the nightly verification checks, in code order. */
	public java.util.List<String> auditedAgencies() {
		return audit.chainedAgencies();
	}

	/**
	 * The nightly verification of the audit trail: every chain of every agency checked link by link ({@link
	 * AuditManagement#verifyAll()} logs the result, and a missing append-only guard); the first broken link of a
	 * chain is told to that agency's administrators and head.
	 */
	AuditVerification verifyAuditTrail() {
		return toldOfBreaks(audit.verifyAll());
	}

	/** The chains (stripes) of the agency's audit trail, in order: what {@link #verifyAuditTrail(String, int)} takes. */
	public java.util.List<Integer> auditChainsOf(String agencyCode) {
		return audit.chainsOf(agencyCode);
	}

	/**
	 * The nightly verification of one chain of an agency's audit trail (a sixteenth of it: one job's work however
	 * long the trail grows); see {@link #verifyAuditTrail()}.
	 */
	public AuditVerification verifyAuditTrail(String agencyCode, int stripe) {
		return toldOfBreaks(audit.verify(agencyCode, stripe));
	}

	private AuditVerification toldOfBreaks(AuditVerification result) {
		for (var chain : result.chains()) {
			if (!chain.intact()) {
				var broken = chain.firstBreak();
				String message = "The audit trail was changed outside the application: the chain breaks at entry "
						+ broken.entryId() + " (position " + broken.seq() + ", " + broken.problem() + "): expected "
						+ broken.expected() + ", found " + broken.found();
				String shown = message.length() > 900 ? message.substring(0, 900) + "…" : message;
				var wording = ogi.casework.shared.Wording.ofValues("notification.auditChainBroken", broken.entryId(),
						broken.seq());
				notifying.notify(chain.agencyCode(), "role:ADMIN", "—", AUDIT_BROKEN, shown, wording);
				notifying.notify(chain.agencyCode(), "role:HEAD", "—", AUDIT_BROKEN, shown, wording);
			}
		}
		return result;
	}

	int reconcile(CaseFile file) {
		// the case's lock first, as every action takes it: a fact recorded meanwhile (a fee paid, its timer parked) is
		// committed and read here, or waits — the ledger and the timers are compared as of one moment
		file = recomputation.lock(new CaseKey(file.agencyCode(), file.caseNumber()));
		// A calendar loaded on another node reaches this one within its refresh interval, after that node's
		// recomputation ran: catch any window and period the calendar as this node sees it now would move.
		int moved = recomputation.recomputeWindows(file, "daily reconciliation: the calendar moved this window");
		for (DeadlineKind kind : CalendarRecomputation.RUNNING_PERIODS) {
			if (recomputation.recompute(file, kind, "daily reconciliation: the calendar moved this period")) {
				moved++;
			}
		}
		if (moved > 0) {
			// its timers were set from the ledger just now (and, in this one engine command, the old ones are still
			// what a query reads): compared again the next night
			return moved;
		}
		for (var expected : expectedTimers(file).entrySet()) {
			var due = process.timerDue(file.processInstanceId(), expected.getKey());
			if (due.isPresent() && !due.get().equals(expected.getValue())) {
				timers.reschedule(file, expected.getKey(), expected.getValue());
				log.warn("Case {}/{}: timer {} was due {}, the ledger says {}; moved", file.agencyCode(),
						file.caseNumber(), expected.getKey(), due.get(), expected.getValue());
				events.publishEvent(new CaseEvent(file.agencyCode(), file.caseNumber(), "DEADLINE_TIMER_REPAIRED",
						"system", Instant.now(clock), file.status().name(), file.status().name(),
						"Timer " + expected.getKey() + " moved from " + process.iso(due.get()) + " to "
								+ process.iso(expected.getValue()) + " to match the deadline ledger"));
				moved++;
			}
		}
		return moved;
	}

	/** What each timer of the case should read, from the ledger. */
	Map<String, Date> expectedTimers(CaseFile file) {
		String agency = file.agencyCode();
		String caseNumber = file.caseNumber();
		Map<String, Date> expected = new LinkedHashMap<>();
		expected.putAll(timers.replyTimerDates(agency,
				deadlines.active(agency, caseNumber, DeadlineKind.REPLY).map(Deadline::dueDate).orElse(null)));
		deadlines.active(agency, caseNumber, DeadlineKind.SUPPLEMENT).ifPresent(period -> expected
				.put(CaseProcess.SUPPLEMENT_PERIOD_EXPIRED, timers.endOf(period.dueDate())));
		deadlines.active(agency, caseNumber, DeadlineKind.SUPPLEMENT_NOTICE).ifPresent(period -> expected
				.put(CaseProcess.SUPPLEMENT_NOTICE_PERIOD_PASSED, timers.endOf(period.dueDate())));
		expected.put(CaseProcess.FEE_WINDOW_EXPIRED, timers.endOf(fees.openNotice(agency, caseNumber)
				.map(FeeNotice::payableUntil).orElse(CaseVariables.PARKED)));
		deadlines.firstRunningPauseEnd(agency, caseNumber, PauseKind.Subject.CONSULTATION).ifPresent(end -> expected
				.put(CaseProcess.CONSULTATION_WINDOWS_EXPIRED, timers.endOf(end)));
		return expected;
	}
}
