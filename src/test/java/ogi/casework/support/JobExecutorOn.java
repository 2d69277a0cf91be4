package ogi.casework.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs the test's context with Flowable's async job executor on, as in production: a timer fires on its own once the
 * test's clock makes it due — at once for a date already past, as when records are keyed in late. Tests wait for the
 * executor with {@link Jobs#awaitIdle()} before each step, never by sleeping: the test's clock stands still, so a
 * timer whose move to execution lost a race with a user's action would stay locked for ever (in production its lock
 * expires with the wall clock and another node retries it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = { "ogi.test.job-executor=true",
		"flowable.process.async.executor.default-timer-job-acquire-wait-time-in-millis=50",
		"flowable.process.async.executor.default-async-job-acquire-wait-time-in-millis=50",
		"flowable.process.async.executor.retry-wait-time-in-millis=50" })
@Import(Jobs.class)
public @interface JobExecutorOn {
}
