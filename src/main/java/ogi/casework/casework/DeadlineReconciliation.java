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
import org.springframework.transaction.support.TransactionTemplate;

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
import ogi.casework.shared.CaseworkSettings;

/**
 * Compares every open case's deadline ledger with its waiting timers and moves any timer that drifted (after a
 * failed reschedule, a manual database fix, a restored backup …), logging each repair and writing it to the case's
 * audit trail, then has every watched case's litigation risk reassessed and every agency's audit chain verified link
 * by link (issue #14: a broken chain is logged and told to the agency's administrators and head). Called daily by
 * {@code deadline-reconciliation.bpmn20.xml}; the bean name and {@code reconcile()} are a persisted contract.
 */
@Component("deadlineReconciliation")
public class DeadlineReconciliation {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReconciliation.class);

	private static final int PAGE = 200;

	private final CaseFiles caseFiles;

	private final DeadlineManagement deadlines;

	private final DeadlineTimers timers;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final FeeManagement fees;

	private final CalendarRecomputation recomputation;

	private final CaseworkSettings settings;

	private final Clock clock;

	private final RiskManagement risks;

	private final CaseProcess process;

	private final DeadJobs deadJobs;

	private final DeadJobAlerts alerts;

	private final AuditManagement audit;

	private final Notifying notifying;

	/** The notification kind of a broken audit chain. */
	static final String AUDIT_BROKEN = "AUDIT_CHAIN_BROKEN";

	DeadlineReconciliation(AuditManagement audit, Notifying notifying, CaseProcess process, DeadJobs deadJobs, DeadJobAlerts alerts, CaseFiles caseFiles, DeadlineManagement deadlines, DeadlineTimers timers,
			ApplicationEventPublisher events, TransactionTemplate transactions, FeeManagement fees,
			CalendarRecomputation recomputation, CaseworkSettings settings, Clock clock, RiskManagement risks) {
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
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	/** Repairs every drifted timer of every open case, one case per transaction; returns how many it moved. */
	public int reconcile() {
		int repaired = 0;
		String afterAgency = "";
		String afterCase = "";
		while (true) {
			var page = caseFiles.openCases(afterAgency, afterCase, PAGE);
			for (CaseFile file : page) {
				Integer moved = transactions.execute(status -> reconcile(file));
				repaired += moved == null ? 0 : moved;
			}
			if (page.size() < PAGE) {
				break;
			}
			CaseFile last = page.get(page.size() - 1);
			afterAgency = last.agencyCode();
			afterCase = last.caseNumber();
		}
		log.info("Deadline reconciliation: {} timer(s) repaired", repaired);
		deadJobs.list(null).stream().filter(job -> job.agencyCode() != null && !job.agencyCode().isBlank())
				.collect(java.util.stream.Collectors.groupingBy(DeadJobs.DeadJob::agencyCode,
						java.util.stream.Collectors.counting()))
				.forEach((agency, count) -> alerts.remind(agency, count.intValue()));
		// Risk changes with time alone (a due date comes near, a remedy window ends): reassess with the ledger fixed.
		risks.reconcile();
		verifyAuditTrail();
		return repaired;
	}

	/**
	 * The nightly verification of the audit trail: every chain of every agency checked link by link ({@link
	 * AuditManagement#verifyAll()} logs the result, and a missing append-only guard); the first broken link of a
	 * chain is told to that agency's administrators and head.
	 */
	AuditVerification verifyAuditTrail() {
		var result = audit.verifyAll();
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
		int moved = 0;
		// A calendar loaded on another node reaches this one within its refresh interval, after that node's
		// recomputation ran: catch any period the calendar as this node sees it now would move.
		for (DeadlineKind kind : CalendarRecomputation.RUNNING_PERIODS) {
			if (recomputation.recompute(file.agencyCode(), file.caseNumber(), kind,
					"daily reconciliation: the calendar moved this period")) {
				moved++;
			}
		}
		file = caseFiles.find(file.agencyCode(), file.caseNumber()).orElseThrow();
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
