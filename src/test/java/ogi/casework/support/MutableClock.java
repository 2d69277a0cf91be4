package ogi.casework.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the tests move by hand; the engine reads it too, so timers fall due when the test says so. */
public final class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile Instant now;

	public MutableClock(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	/** Sets the clock to 09:00 of {@code date} in the clock's zone. */
	public void setTo(LocalDate date) {
		setTo(date.atTime(9, 0));
	}

	public void setTo(LocalDateTime localDateTime) {
		this.now = localDateTime.atZone(zone).toInstant();
	}

	public void advance(Duration duration) {
		this.now = now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new Clock() {
			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return MutableClock.this.withZone(other);
			}

			@Override
			public Instant instant() {
				return MutableClock.this.instant();
			}
		};
	}

	@Override
	public Instant instant() {
		return now;
	}
}
