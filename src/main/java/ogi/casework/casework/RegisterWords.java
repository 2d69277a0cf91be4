package ogi.casework.casework;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register's index of words of the request (WORD tokens, V66): a new register row gets its tokens with its
 * insert ({@link CaseRegisterProjection}); rows from before are indexed once after start, in batches on a background
 * thread, each row by the one transaction that claims it, so nodes starting together never write a token twice. Until
 * no row is left unindexed the register finds words by reading every row, so a search never depends on how far the
 * backfill has come.
 */
@Component
class RegisterWords {

	private static final Logger log = LoggerFactory.getLogger(RegisterWords.class);

	private static final int BATCH = 200;

	/** How long a "not yet" answer is kept before the database is asked again. */
	private static final long RECHECK_NANOS = 30_000_000_000L;

	private final RegisterEntries entries;

	private final RegisterTokens tokens;

	private final TransactionTemplate transactions;

	private final boolean backfillAtStart;

	private volatile boolean indexed;

	private volatile long checkedAt = Long.MIN_VALUE;

	private volatile boolean closing;

	RegisterWords(RegisterEntries entries, RegisterTokens tokens, TransactionTemplate transactions,
			@Value("${ogi.register.words-backfill:true}") boolean backfillAtStart) {
		this.entries = entries;
		this.tokens = tokens;
		this.transactions = transactions;
		this.backfillAtStart = backfillAtStart;
	}

	/** Whether every register row's subject is in the index (once true, it stays true: new rows come indexed). */
	boolean complete() {
		if (indexed) {
			return true;
		}
		long now = System.nanoTime();
		if (checkedAt != Long.MIN_VALUE && now - checkedAt < RECHECK_NANOS) {
			return false;
		}
		boolean none = entries.wordsUnindexedLeft() == 0;
		checkedAt = now;
		indexed = none;
		return none;
	}

	@EventListener(ApplicationReadyEvent.class)
	void backfillInBackground() {
		if (!backfillAtStart) {
			log.info("Register rows without a words index are searched by reading them (ogi.register.words-backfill=false)");
			return;
		}
		var thread = new Thread(this::backfill, "register-words-backfill");
		thread.setDaemon(true);
		thread.start();
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		closing = true;
	}

	/** Indexes the subject of every register row not yet indexed, in batches of their own transactions. */
	void backfill() {
		String afterAgency = "";
		String afterCase = "";
		int written = 0;
		try {
			while (!closing) {
				var batch = entries.wordsUnindexed(afterAgency, afterCase, BATCH);
				if (batch.isEmpty()) {
					break;
				}
				written += transactions.execute(status -> {
					int claimed = 0;
					for (RegisterEntry entry : batch) {
						if (entries.claimWords(entry.agencyCode(), entry.caseNumber()) == 1) {
							var words = tokens.words(entry.agencyCode(), entry.subject());
							if (!words.isEmpty()) {
								// read again under the claim's lock: a confirmation may have given it its receipt date
								var row = entries.find(entry.agencyCode(), List.of(entry.caseNumber()));
								entries.insertTokens(entry.agencyCode(), entry.caseNumber(),
										row.isEmpty() ? entry.receiptDate() : row.get(0).receiptDate(), words);
							}
							claimed++;
						}
					}
					return claimed;
				});
				var last = batch.get(batch.size() - 1);
				afterAgency = last.agencyCode();
				afterCase = last.caseNumber();
			}
		}
		catch (RuntimeException e) {
			if (!closing) {
				log.warn("Indexing the register's words stopped after {} rows; the rest are read for a words search"
						+ " until the next start", written, e);
			}
			return;
		}
		if (written > 0) {
			log.info("Indexed the words of {} register rows", written);
		}
		checkedAt = Long.MIN_VALUE; // ask again now, not after the wait
	}
}
