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

	CalendarRecomputation(DeadlineManagement deadlines, DeadlineTimers timers, CaseFiles caseFiles,
			ApplicationEventPublisher events, Clock clock) {
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
				if (change.concerns(period.agencyCode()) && mayMove(period, change)
						&& recompute(period.agencyCode(), period.caseNumber(), kind, reason)) {
					moved++;
				}
			}
		}
		log.info("{}: {} running period(s) moved", reason, moved);
	}

	/** Recomputes one period and, if it moved, its timers; returns whether it moved. */
	boolean recompute(String agencyCode, String caseNumber, DeadlineKind kind, String reason) {
		var moved = deadlines.recomputeIfChanged(agencyCode, caseNumber, kind, reason);
		if (moved.isEmpty()) {
			return false;
		}
		CaseFile file = caseFiles.find(agencyCode, caseNumber).orElseThrow();
		timers.periodChanged(file, moved.get());
		events.publishEvent(new CaseEvent(agencyCode, caseNumber, "DEADLINE_RECOMPUTED", "system",
				Instant.now(clock), file.status().name(), file.status().name(),
				kind + " now due " + moved.get().dueDate() + (moved.get().provisional() ? " (provisional)" : "")
						+ ": " + reason));
		return true;
	}

	private static boolean mayMove(Deadline period, CalendarChanged change) {
		return period.provisional() || change.changedDates().stream().anyMatch(date -> date.isAfter(period.startDate()));
	}
}
