package ogi.casework.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.calendar.CalendarChanged;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.shared.CaseEvent;

/**
 * When the official or a regional calendar changes, recomputes every running working-day period it may move — those
 * of the agencies concerned that are provisional or contain a changed date — and moves their timers, in the
 * transaction that stored the change. The ledger entry of each moved period says which change moved it.
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

	CalendarRecomputation(DeadlineManagement deadlines, DeadlineTimers timers, CaseFiles caseFiles,
			ApplicationEventPublisher events, Clock clock, Consulting consulting, Charging charging) {
		this.consulting = consulting;
		this.charging = charging;
		this.deadlines = deadlines;
		this.timers = timers;
		this.caseFiles = caseFiles;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(CalendarChanged change) {
		String reason = change.national()
				? "calendar notice for " + change.year() + " loaded by " + change.loadedBy()
						+ (change.noticeUrl() == null ? "" : " (" + change.noticeUrl() + ")")
				: "regional calendar " + change.regionCode() + " changed for " + change.year() + " by "
						+ change.loadedBy();
		int moved = 0;
		for (DeadlineKind kind : RUNNING_PERIODS) {
			for (Deadline period : deadlines.allActive(kind, null)) {
				if (!change.concerns(period.agencyCode()) || !mayMove(period, change)) {
					continue;
				}
				if (kind == DeadlineKind.REPLY) {
					// the windows whose time the reply excludes first, then the reply with them
					moved += recomputeWindows(period.agencyCode(), period.caseNumber(), reason);
				}
				if (recompute(period.agencyCode(), period.caseNumber(), kind, reason)) {
					moved++;
				}
			}
		}
		log.info("{}: {} running period(s) moved", reason, moved);
	}

	/**
	 * Recomputes one period and, if it moved, its timers; returns whether it moved. Under the case's lock, taken first
	 * as every action on the case takes it: an action recording a fact of the same period (an extension approved, a
	 * pause ended) is either committed and read here, or waits — never overwritten with a period computed without
	 * it, and never deadlocked against (case first, then its ledger, on every path).
	 */
	boolean recompute(String agencyCode, String caseNumber, DeadlineKind kind, String reason) {
		CaseFile file = caseFiles.lock(agencyCode, caseNumber).orElseThrow();
		var moved = deadlines.recomputeIfChanged(agencyCode, caseNumber, kind, reason);
		if (moved.isEmpty()) {
			return false;
		}
		timers.periodChanged(file, moved.get());
		events.publishEvent(new CaseEvent(agencyCode, caseNumber, "DEADLINE_RECOMPUTED", "system",
				Instant.now(clock), file.status().name(), file.status().name(),
				kind + " now due " + moved.get().dueDate() + (moved.get().provisional() ? " (provisional)" : "")
						+ ": " + reason));
		return true;
	}

	/**
	 * Recounts the windows inside a running reply period on the calendar as it is now — each consulted party's 15
	 * working days (Arts. 32, 34) and the fee notice's 20 (F-5) — moving their timers and the reply's excluded time;
	 * under the case's lock. Returns how many moved.
	 */
	int recomputeWindows(String agencyCode, String caseNumber, String reason) {
		CaseFile file = caseFiles.lock(agencyCode, caseNumber).orElseThrow();
		return consulting.recomputeWindows(file, reason) + charging.recomputeFeeWindow(file, reason);
	}

	private static boolean mayMove(Deadline period, CalendarChanged change) {
		return period.provisional() || change.changedDates().stream().anyMatch(date -> date.isAfter(period.startDate()));
	}
}
