package ogi.casework.documents;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How letters made due by an action are rendered after its transaction commits (issue #13); choices of operation, not
 * law.
 *
 * @param afterCommit who renders a letter once the action that made it due has committed: {@code ASYNC} a small pool
 *        of this node's threads (the request returns at once), {@code SAME_THREAD} the thread that committed (tests:
 *        the letter exists when the action returns), {@code NONE} only the sweep
 * @param threads the {@code ASYNC} pool's size
 * @param sweep when each node looks for letters still due — failed attempts whose retry time has come, letters left
 *        by a node that stopped (a cron expression; {@code -} for never)
 * @param batch how many rows one sweep claims at most
 * @param lease how long a claim holds a row; a node that stops while rendering leaves it to another after this
 * @param firstRetry the wait after the first failed attempt; it doubles after each further one, up to
 *        {@code maxRetry}
 * @param maxRetry the longest wait between two attempts
 * @param maxAttempts attempts after which the letter is given up: the case's audit trail records it and a clerk may
 *        ask for it again
 */
@ConfigurationProperties("ogi.documents.letters")
public record LetterSettings(
		@DefaultValue("ASYNC") AfterCommit afterCommit,
		@DefaultValue("2") int threads,
		@DefaultValue("*/30 * * * * *") String sweep,
		@DefaultValue("50") int batch,
		@DefaultValue("5m") Duration lease,
		@DefaultValue("1m") Duration firstRetry,
		@DefaultValue("1h") Duration maxRetry,
		@DefaultValue("8") int maxAttempts) {

	/** Who renders a letter right after the action's commit. */
	public enum AfterCommit {
		ASYNC, SAME_THREAD, NONE
	}

	/** The wait after the {@code attempts}-th failed attempt: first-retry, doubled each time, at most max-retry. */
	Duration backoff(int attempts) {
		Duration wait = firstRetry;
		for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
	}
}
