package ogi.casework.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import ogi.casework.calendar.CalendarChanged;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.fees.FeeManagement;
import ogi.casework.shared.CaseEvent;
import ogi.casework.shared.CaseKey;

/**
 * When the official or a regional calendar changes, recomputes every running working-day period it may move — those
 * of the agencies concerned that are provisional or contain a changed date — with the windows inside a running reply
 * (consultations, fee notices) and the applicant's remedy windows after it, and moves their timers. Once the change is
 * committed, one case at a time, each in a transaction of its own under the case's lock: a load does not hold every
 * open case locked while it walks them, and a case that cannot be recomputed now is left to the nightly
 * reconciliation, which recomputes every open case and every remedy window that may still move. The ledger entry of
 * each moved period says which change moved it.
 */
@Component
class CalendarRecomputation {

	private static final Logger log = LoggerFactory.getLogger(CalendarRecomputation.class);

	static final List<DeadlineKind> RUNNING_PERIODS = List.of(DeadlineKind.REPLY, DeadlineKind.SUPPLEMENT,
			DeadlineKind.SUPPLEMENT_NOTICE);

	private final DeadlineManagement deadlines;

	private final DeadlineTimers timers;

	private final CaseFiles caseFiles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Consulting consulting;

	private final Charging charging;

	private final FeeManagement fees;

	private final Registering registering;

	/** One case's recomputation: a transaction of its own, each engine call in it a command of its own. */
	private final TransactionTemplate perCase;

	CalendarRecomputation(DeadlineManagement deadlines, DeadlineTimers timers, CaseFiles caseFiles,
			ApplicationEventPublisher events, Clock clock, Consulting consulting, Charging charging,
			FeeManagement fees, Registering registering, PlatformTransactionManager transactions) {
		this.fees = fees;
		this.registering = registering;
		this.perCase = new TransactionTemplate(transactions);
		this.perCase.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.consulting = consulting;
		this.charging = charging;
		this.deadlines = deadlines;
		this.timers = timers;
		this.caseFiles = caseFiles;
		this.events = events;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CalendarChanged change) {
		String reason = change.national()
				? "calendar notice for " + change.year() + " loaded by " + change.loadedBy()
						+ (change.noticeUrl() == null ? "" : " (" + change.noticeUrl() + ")")
				: "regional calendar " + change.regionCode() + " changed for " + change.year() + " by "
						+ change.loadedBy();
		var feeNoticed = fees.casesWithOpenNotice();
		var windowed = deadlines.casesWithOpenPause();
		windowed.addAll(feeNoticed);
		var replying = new java.util.HashSet<CaseKey>();
		int moved = 0;
		int failed = 0;
		for (DeadlineKind kind : RUNNING_PERIODS) {
			for (Deadline period : deadlines.allActive(kind, null)) {
				var key = new CaseKey(period.agencyCode(), period.caseNumber());
				if (kind == DeadlineKind.REPLY) {
					replying.add(key);
				}
				if (!change.concerns(period.agencyCode()) || !mayMove(period, change)) {
					continue;
				}
				// the windows whose time the reply excludes first, then the reply with them
				boolean windows = kind == DeadlineKind.REPLY && windowed.contains(key);
				try {
					moved += perCase.execute(tx -> {
						CaseFile file = lock(key);
						return (windows ? recomputeWindows(file, reason) : 0) + (recompute(file, kind, reason) ? 1 : 0);
					});
				}
				catch (RuntimeException e) {
					failed++;
					log.error("Case {}/{}: {} not recomputed after the {}; the nightly reconciliation will",
							period.agencyCode(), period.caseNumber(), kind, reason, e);
				}
			}
		}
		// fee windows that ended in an abandonment: no reply period runs any more, the window may still have moved
		for (CaseKey key : feeNoticed) {
			if (replying.contains(key) || !change.concerns(key.agencyCode())) {
				continue;
			}
			try {
				moved += perCase.execute(tx -> recomputeWindows(lock(key), reason));
			}
			catch (RuntimeException e) {
				failed++;
				log.error("Case {}/{}: fee window not recomputed after the {}; the nightly reconciliation will",
						key.agencyCode(), key.caseNumber(), reason, e);
			}
		}
		// the applicant's reconsideration and lawsuit windows, running after the reply (archived cases too): calendar
		// days whose last day rolls past rest days, so only a change around that day moves one
		LocalDate firstChanged = change.changedDates().stream().min(java.util.Comparator.naturalOrder()).orElse(null);
		for (Deadline window : deadlines.remedyWindowsEndingFrom(firstChanged,
				change.national() ? null : change.agencyCodes())) {
			var key = new CaseKey(window.agencyCode(), window.caseNumber());
			if (!change.concerns(window.agencyCode()) || !mayMoveRemedyWindow(window, change)) {
				continue;
			}
			try {
				moved += perCase.execute(tx -> recompute(lock(key), window.kind(), reason) ? 1 : 0);
			}
			catch (RuntimeException e) {
				failed++;
				log.error("Case {}/{}: {} not recomputed after the {}; the nightly reconciliation will",
						window.agencyCode(), window.caseNumber(), window.kind(), reason, e);
			}
		}
		log.info("{}: {} running period(s) and window(s) moved{}", reason, moved,
				failed == 0 ? "" : ", " + failed + " case(s) not recomputed (logged above)");
	}

	/**
	 * The case, locked for its recomputation: taken first, as every action on the case takes it, so that an action
	 * recording a fact of the same period (an extension approved, a pause ended) is either committed and read here, or
	 * waits — never overwritten with a period computed without it, and never deadlocked against (case first, then its
	 * ledger, on every path).
	 */
	CaseFile lock(CaseKey key) {
		return caseFiles.lock(key.agencyCode(), key.caseNumber()).orElseThrow();
	}

	/**
	 * Recounts the case's reconsideration and lawsuit windows that end on or after {@code from} (or, among them, are
	 * provisional) on the calendar as it is now, under the case's lock ({@link RemedyWindowSweep}); returns how many
	 * moved.
	 */
	int recomputeRemedyWindows(CaseKey key, LocalDate from, String reason) {
		CaseFile file = lock(key);
		int moved = 0;
		for (DeadlineKind kind : DeadlineManagement.REMEDY_WINDOWS) {
			boolean mayMove = deadlines.active(key.agencyCode(), key.caseNumber(), kind)
				.filter(window -> window.provisional() || !window.dueDate().isBefore(from)).isPresent();
			if (mayMove && recompute(file, kind, reason)) {
				moved++;
			}
		}
		return moved;
	}

	/** Recomputes one period of the {@link #lock locked} case and, if it moved, its timers; returns whether it moved. */
	boolean recompute(CaseFile file, DeadlineKind kind, String reason) {
		String agencyCode = file.agencyCode();
		String caseNumber = file.caseNumber();
		var moved = deadlines.recomputeIfChanged(agencyCode, caseNumber, kind, reason,
				() -> kind == DeadlineKind.SUPPLEMENT ? registering.supplementNoticeDate(file) : null);
		if (moved.isEmpty()) {
			return false;
		}
		timers.periodChanged(file, moved.get());
		recorded(file, kind + " now due " + moved.get().dueDate() + (moved.get().provisional() ? " (provisional)" : "")
				+ ": " + reason);
		return true;
	}

	/**
	 * A recount moved a date of the case: its audit trail says what and why, and its read models (the register's
	 * reply due date, the risk list's remedy window) follow, as after any change of the case.
	 */
	private void recorded(CaseFile file, String detail) {
		Instant now = Instant.now(clock);
		events.publishEvent(new CaseEvent(file.agencyCode(), file.caseNumber(), "DEADLINE_RECOMPUTED", "system", now,
				file.status().name(), file.status().name(), detail));
		events.publishEvent(new ogi.casework.shared.CaseChanged(file.agencyCode(), file.caseNumber(), file.status(),
				file.status(), now));
	}

	/**
	 * Recounts the windows inside a running reply period on the calendar as it is now — each consulted party's 15
	 * working days (Arts. 32, 34) and the fee notice's 20 (F-5) — of the {@link #lock locked} case, moving their
	 * timers and the reply's excluded time. Returns how many moved.
	 */
	int recomputeWindows(CaseFile file, String reason) {
		// once replied, what the consulted parties did is history; a fee window still counts while the abandonment
		// it ended in stands (the abandonment may have come early)
		boolean replying = deadlines.active(file.agencyCode(), file.caseNumber(), DeadlineKind.REPLY).isPresent();
		int consultations = replying ? consulting.recomputeWindows(file, reason) : 0;
		if (consultations > 0) {
			// (a moved fee window is recorded by the fee's own step)
			recorded(file, consultations + " consultation window(s) (Arts. 32, 34) and the reply's excluded time moved: "
					+ reason);
		}
		return consultations + charging.recomputeFeeWindow(file, reason);
	}

	/** Whether the change may move the remedy window: see {@link DeadlineManagement#remedyWindowMovableFrom}. */
	private static boolean mayMoveRemedyWindow(Deadline window, CalendarChanged change) {
		LocalDate from = DeadlineManagement.remedyWindowMovableFrom(window.dueDate());
		return window.provisional() || change.changedDates().stream()
			.anyMatch(date -> !date.isAfter(window.dueDate()) && date.isAfter(from));
	}

	private static boolean mayMove(Deadline period, CalendarChanged change) {
		return period.provisional() || change.changedDates().stream().anyMatch(date -> date.isAfter(period.startDate()));
	}
}
