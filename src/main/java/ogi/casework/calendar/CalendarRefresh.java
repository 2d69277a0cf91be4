package ogi.casework.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's calendar in step with changes made on other nodes sharing the database: every
 * {@code ogi.calendar.refresh-interval} (30 s by default) it reads the version counter, one row, and reloads the stored
 * data only when the counter moved past the version held. A scheduled check was chosen over a check on read so that
 * no calendar computation waits for the database; the cost is that another node answers with the old data for up to
 * one interval after a change.
 */
@Component
class CalendarRefresh {

	private static final Logger log = LoggerFactory.getLogger(CalendarRefresh.class);

	private final CalendarStore store;

	private final OfficialCalendar calendar;

	CalendarRefresh(CalendarStore store, OfficialCalendar calendar) {
		this.store = store;
		this.calendar = calendar;
	}

	/** Reloads the stored calendar data if another node changed it; returns whether it did. */
	@Scheduled(fixedDelayString = "${ogi.calendar.refresh-interval:30s}",
			initialDelayString = "${ogi.calendar.refresh-interval:30s}")
	boolean refreshIfChanged() {
		try {
			if (this.store.version() <= this.calendar.version()) {
				return false;
			}
			boolean refreshed = this.calendar.refresh(this.store.read());
			if (refreshed) {
				log.info("Reloaded the official calendar at version {}", this.calendar.version());
			}
			return refreshed;
		}
		catch (DataAccessException e) {
			log.warn("Cannot check the official calendar's version; keeping version {}: {}", this.calendar.version(),
					e.getMessage());
			return false;
		}
	}
}
