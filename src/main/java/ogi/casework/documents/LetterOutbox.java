package ogi.casework.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The durable record that an action made a letter due (issue #13): a row written in the action's own transaction, so
 * the letter comes exactly when the action commits and never when it rolls back, rendered once that commit is done —
 * right away on this node ({@link LetterSettings#afterCommit()}) and otherwise by the sweep every node runs, which also
 * retries failed attempts and takes over rows a stopped node left behind.
 */
@Component
class LetterOutbox implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LetterOutbox.class);

	private final DueLetters due;

	private final RenderingDueLetters rendering;

	private final LetterSettings settings;

	private final Clock clock;

	/** Our own pool, not a bean: an Executor bean would replace Boot's application task executor. */
	private final ThreadPoolTaskExecutor async;

	LetterOutbox(DueLetters due, RenderingDueLetters rendering, LetterSettings settings, Clock clock) {
		this.due = due;
		this.rendering = rendering;
		this.settings = settings;
		this.clock = clock;
		if (settings.afterCommit() == LetterSettings.AfterCommit.ASYNC) {
			this.async = new ThreadPoolTaskExecutor();
			async.setCorePoolSize(Math.max(1, settings.threads()));
			async.setMaxPoolSize(Math.max(1, settings.threads()));
			// a burst beyond this waits in the table for the sweep, not in memory
			async.setQueueCapacity(1000);
			async.setThreadNamePrefix("letters-");
			async.initialize();
		}
		else {
			this.async = null;
		}
	}

	/**
	 * Records in the caller's transaction that the letter is due, and has it rendered once that transaction commits.
	 *
	 * @return the row's id
	 */
	long record(String agencyCode, String caseNumber, DocumentKind kind, LetterData data, String user) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Documents.GeneratedKey key = new Documents.GeneratedKey();
		due.insert(new DueLetter(0, agencyCode, caseNumber, kind, RenderingDueLetters.JSON.writeValueAsString(data),
				user, now, DueLetter.Status.DUE, 0, now, null, null), key);
		long id = key.getId();
		renderAfterCommit(id);
		return id;
	}

	/** Has row {@code id} rendered once the current transaction commits (at once where none is active). */
	void renderAfterCommit(long id) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					dispatch(id);
				}
			});
		}
		else {
			dispatch(id);
		}
	}

	private void dispatch(long id) {
		switch (settings.afterCommit()) {
			case ASYNC -> {
				try {
					async.execute(() -> rendering.attempt(id));
				}
				catch (TaskRejectedException e) {
					log.debug("Letter {} left to the sweep: the rendering queue is full", id);
				}
			}
			case SAME_THREAD -> rendering.attempt(id);
			case NONE -> {
			}
		}
	}

	/**
	 * Renders the letters that are due: failed attempts whose retry time has come, rows no one rendered after their
	 * commit (the node stopped, its queue was full) and rows whose claim ran out. Every node sweeps; the claim makes
	 * sure each letter is stored once.
	 *
	 * @return how many letters this sweep stored
	 */
	@Scheduled(cron = "${ogi.documents.letters.sweep:*/30 * * * * *}")
	int sweep() {
		int stored = 0;
		List<Long> ids = due.claimable(clock.instant(), settings.batch());
		for (long id : ids) {
			if (rendering.attempt(id)) {
				stored++;
			}
		}
		return stored;
	}

	@Override
	public void destroy() {
		if (async != null) {
			// rows taken but not stored stay claimed until their lease ends; another node's sweep renders them
			async.shutdown();
		}
	}
}
