package ogi.casework.casework.process;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import org.flowable.engine.HistoryService;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ogi.casework.casework.DeadlineReconciliation;
import ogi.casework.casework.RemedyWindowSweep;
import ogi.casework.risk.RiskManagement;
import ogi.casework.shared.CaseKey;

/**
 * The service tasks of the daily reconciliation ({@code processes/deadline-reconciliation.bpmn20.xml}): each runs one
 * page of one sweep as a job of its own and leaves in the process's variables where the next page starts, so no job
 * runs anywhere near its lock time (a job that outlives it is run again by another node) and a node that dies loses
 * one page, which the job's retry does again.
 */
@Component
public class ReconciliationTasks {

	/** Variables: the agency and case the next page starts after; absent at the start of each sweep. */
	static final String AFTER_AGENCY = "afterAgency";

	static final String AFTER_CASE = "afterCase";

	/** Variable: whether the sweep of the task just run has another page (the gateways after each task read it). */
	static final String MORE_PAGES = "morePages";

	/** Variable: whether the timer sweep walks the cases with remedy windows (after the open cases). */
	static final String REMEDY_PHASE = "remedyPhase";

	/** Variable: whether the risk sweep walks the ledger's cases (after the read model's). */
	static final String LEDGER_PHASE = "ledgerPhase";

	/**
	 * Variables: the agency whose audit chains are being verified and the last chain (stripe) verified, while more of
	 * its chains remain; absent between agencies.
	 */
	static final String AUDIT_AGENCY = "auditAgency";

	static final String AUDIT_STRIPE = "auditStripe";

	/** Variables: what the night's sweeps did, for the process's history. */
	static final String TIMERS_REPAIRED = "timersRepaired";

	static final String REMEDY_WINDOWS_MOVED = "remedyWindowsMoved";

	static final String RISKS_ASSESSED = "risksAssessed";

	/** The process, {@code processes/deadline-reconciliation.bpmn20.xml}. */
	static final String PROCESS_KEY = "deadlineReconciliation";

	/** Old sweeps forgotten per night: one ends each night, so a few more than one catch up after a pause. */
	private static final int FORGOTTEN_PER_NIGHT = 100;

	private final DeadlineReconciliation reconciliation;

	private final RemedyWindowSweep remedyWindows;

	private final HistoryService history;

	private final Clock clock;

	private final Duration keptFor;

	ReconciliationTasks(DeadlineReconciliation reconciliation, RemedyWindowSweep remedyWindows, HistoryService history,
			Clock clock,
			@Value("${ogi.reconciliation.history-kept-for:P30D}") Duration keptFor) {
		this.reconciliation = reconciliation;
		this.remedyWindows = remedyWindows;
		this.history = history;
		this.clock = clock;
		this.keptFor = keptFor;
	}

	/**
	 * One page of open cases: timers that drifted from the deadline ledger moved back; once the open cases are
	 * through, one page of the cases whose remedy windows may still move, recounted on the calendar as it is now.
	 */
	public void reconcileTimers(DelegateExecution execution) {
		boolean remedies = Boolean.TRUE.equals(execution.getVariable(REMEDY_PHASE));
		var page = remedies ? remedyWindows.recountAfter(after(execution))
				: reconciliation.reconcileTimersAfter(after(execution));
		add(execution, remedies ? REMEDY_WINDOWS_MOVED : TIMERS_REPAIRED, page.repaired());
		if (page.next() == null && !remedies) {
			execution.setVariable(REMEDY_PHASE, true);
			goOn(execution, CaseKey.FIRST);
			return;
		}
		if (page.next() == null) {
			execution.removeVariable(REMEDY_PHASE);
		}
		goOn(execution, page.next());
	}

	/** Agencies with dead jobs are reminded of them. */
	public void remindOfDeadJobs() {
		reconciliation.remindOfDeadJobs();
	}

	/** One page of watched cases: their litigation risk assessed again as of today. */
	public void reassessRisks(DelegateExecution execution) {
		boolean ledger = Boolean.TRUE.equals(execution.getVariable(LEDGER_PHASE));
		var page = reconciliation.reassessRisksAfter(new RiskManagement.SweepCursor(ledger, after(execution)));
		add(execution, RISKS_ASSESSED, page.assessed());
		var next = page.next();
		if (next == null) {
			execution.removeVariable(LEDGER_PHASE);
		}
		else {
			execution.setVariable(LEDGER_PHASE, next.ledger());
		}
		goOn(execution, next == null ? null : next.after());
	}

	/**
	 * One chain of an agency's audit trail verified link by link: the agencies taken in code order, each agency's
	 * chains in stripe order (a job checks a sixteenth of an agency's trail, so that a trail of many millions of
	 * entries still fits in a job's lock time).
	 */
	public void verifyAuditTrail(DelegateExecution execution) {
		String agency = execution.hasVariable(AUDIT_AGENCY) ? (String) execution.getVariable(AUDIT_AGENCY) : null;
		int afterStripe = execution.hasVariable(AUDIT_STRIPE) ? (Integer) execution.getVariable(AUDIT_STRIPE) : -1;
		if (agency == null) {
			String after = execution.hasVariable(AFTER_AGENCY) ? (String) execution.getVariable(AFTER_AGENCY) : "";
			agency = reconciliation.auditedAgencies().stream().filter(code -> code.compareTo(after) > 0).findFirst()
				.orElse(null);
			afterStripe = -1;
		}
		if (agency == null) {
			goOn(execution, null);
			return;
		}
		int from = afterStripe;
		var stripes = reconciliation.auditChainsOf(agency).stream().filter(stripe -> stripe > from).toList();
		if (!stripes.isEmpty()) {
			reconciliation.verifyAuditTrail(agency, stripes.get(0));
		}
		if (stripes.size() > 1) {
			execution.setVariable(AUDIT_AGENCY, agency);
			execution.setVariable(AUDIT_STRIPE, stripes.get(0));
			execution.setVariable(MORE_PAGES, true);
			return;
		}
		execution.removeVariable(AUDIT_AGENCY);
		execution.removeVariable(AUDIT_STRIPE);
		String done = agency;
		boolean more = reconciliation.auditedAgencies().stream().anyMatch(code -> code.compareTo(done) > 0);
		goOn(execution, more ? new CaseKey(agency, "") : null);
	}

	/**
	 * The engine's history of sweeps that ended more than {@code ogi.reconciliation.history-kept-for} (30 days) ago is
	 * deleted: a sweep of 100k open cases leaves a thousand activity rows a night, which nothing reads after the next
	 * few nights (what a sweep repaired is in the cases' audit trails, what it found in the log and the notifications).
	 */
	public void forgetOldSweeps() {
		Date before = Date.from(clock.instant().minus(keptFor));
		history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).finished().finishedBefore(before)
			.listPage(0, FORGOTTEN_PER_NIGHT)
			.forEach(sweep -> history.deleteHistoricProcessInstance(sweep.getId()));
	}

	private static CaseKey after(DelegateExecution execution) {
		return execution.hasVariable(AFTER_AGENCY) ? new CaseKey((String) execution.getVariable(AFTER_AGENCY),
				(String) execution.getVariable(AFTER_CASE)) : CaseKey.FIRST;
	}

	private static void goOn(DelegateExecution execution, CaseKey next) {
		if (next == null) {
			execution.removeVariable(AFTER_AGENCY);
			execution.removeVariable(AFTER_CASE);
		}
		else {
			execution.setVariable(AFTER_AGENCY, next.agencyCode());
			execution.setVariable(AFTER_CASE, next.caseNumber());
		}
		execution.setVariable(MORE_PAGES, next != null);
	}

	private static void add(DelegateExecution execution, String variable, int count) {
		Object before = execution.getVariable(variable);
		execution.setVariable(variable, (before instanceof Integer n ? n : 0) + count);
	}
}
