package ogi.casework.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.flowable.engine.ManagementService;
import org.springframework.boot.test.context.TestComponent;

/** Waits for the running job executor to have fired every timer the clock made due, and fails on a dead job. */
@TestComponent
public class Jobs {

	private final ManagementService management;

	Jobs(ManagementService management) {
		this.management = management;
	}

	/** Returns once no timer is due, no job waits and none is being executed; a job that failed for good fails. */
	public void awaitIdle() {
		Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
			assertThat(management.createDeadLetterJobQuery().list()).as("jobs that failed for good")
					.extracting(job -> job.getElementId() + ": " + job.getExceptionMessage()).isEmpty();
			return management.createTimerJobQuery().executable().count() == 0
					&& management.createJobQuery().count() == 0;
		});
	}
}
