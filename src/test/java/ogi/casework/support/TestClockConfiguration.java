package ogi.casework.support;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the system clock with a {@link MutableClock} starting on Friday 2026-11-20, 09:00 Beijing time. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(LocalDate.of(2026, 11, 20).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
	}
}
