package ogi.casework.casework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ogi.casework.shared.StartupBackfill;

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

	private final StartupBackfill backfill = new StartupBackfill(log, "Indexing the register's words",
			"a words search reads every row");

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
		backfill.startInBackground(backfillAtStart, "ogi.register.words-backfill", "register-words-backfill",
				this::backfill);
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		backfill.close();
	}

	/** Indexes the subject of every register row not yet indexed, in batches of their own transactions. */
	void backfill() {
		int written = backfill.walk((agency, caseNumber) -> entries.wordsUnindexed(agency, caseNumber, BATCH),
				RegisterEntry::agencyCode, RegisterEntry::caseNumber,
				batch -> transactions.execute(status -> indexClaimed(batch)));
		if (written >= 0) {
			checkedAt = Long.MIN_VALUE; // ask again now, not after the wait
		}
	}

	/**
	 * Writes the WORD tokens of each row of the batch this transaction claims, with the receipt date read again under
	 * the claims' locks (a confirmation may have given a row its date since the batch was read); returns how many.
	 */
	private int indexClaimed(List<RegisterEntry> batch) {
		var claimed = batch.stream().filter(entry -> entries.claimWords(entry.agencyCode(), entry.caseNumber()) == 1)
			.toList();
		Map<List<String>, LocalDate> received = new HashMap<>();
		claimed.stream().collect(Collectors.groupingBy(RegisterEntry::agencyCode,
				Collectors.mapping(RegisterEntry::caseNumber, Collectors.toList())))
			.forEach((agency, numbers) -> entries.find(agency, numbers)
				.forEach(row -> received.put(List.of(agency, row.caseNumber()), row.receiptDate())));
		for (RegisterEntry entry : claimed) {
			var words = tokens.words(entry.agencyCode(), entry.subject());
			if (!words.isEmpty()) {
				entries.insertTokens(entry.agencyCode(), entry.caseNumber(), received.getOrDefault(
						List.of(entry.agencyCode(), entry.caseNumber()), entry.receiptDate()), words);
			}
		}
		return claimed.size();
	}
}
