package ogi.casework.casework.process;

import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

/**
 * Flowable's clock reading the application's {@link Clock}, so that timers and the statutory arithmetic agree on what
 * time it is (and tests move both at once).
 */
final class EngineClock implements org.flowable.common.engine.impl.runtime.Clock {

	private final Clock clock;

	EngineClock(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Date getCurrentTime() {
		return Date.from(clock.instant());
	}

	@Override
	public Calendar getCurrentCalendar() {
		return getCurrentCalendar(getCurrentTimeZone());
	}

	@Override
	public Calendar getCurrentCalendar(TimeZone timeZone) {
		var calendar = Calendar.getInstance(timeZone);
		calendar.setTime(getCurrentTime());
		return calendar;
	}

	@Override
	public TimeZone getCurrentTimeZone() {
		return TimeZone.getTimeZone(clock.getZone());
	}

	/** Time is set through the application's clock, never through the engine. */
	@Override
	public void setCurrentTime(Date time) {
		throw new UnsupportedOperationException("Move the application's java.time.Clock instead");
	}

	@Override
	public void setCurrentCalendar(Calendar calendar) {
		throw new UnsupportedOperationException("Move the application's java.time.Clock instead");
	}

	@Override
	public void reset() {
	}
}
