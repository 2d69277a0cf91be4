package ogi.casework.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * The one "today" of the application: the local date in the agency's zone by the application's clock. Legal dates
 * are compared with it; recording times come from {@link #now()}.
 */
@Component
public class Today {

	private final Clock clock;

	private final CaseworkSettings settings;

	Today(Clock clock, CaseworkSettings settings) {
		this.clock = clock;
		this.settings = settings;
	}

	/** The date today in the agency's zone. */
	public LocalDate date() {
		return LocalDate.now(clock.withZone(settings.zone()));
	}

	/** The instant now: when a fact is recorded. */
	public Instant now() {
		return clock.instant();
	}
}
