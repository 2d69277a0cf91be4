package ogi.casework.intake;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ogi.casework.shared.StartupBackfill;

/**
 * Keeps the request index ({@link RequestGrams}, table {@code intake_request_gram}) in step with the applications: on
 * logging, on confirmation (the receipt date the look-back window reads), and once after start for applications not
 * indexed under the current filler words, in batches on a background thread. Until an application is indexed, repeat
 * detection compares it by reading it (see {@link RepeatDetection#similarTo}), so the suggestions never depend on
 * whether the backfill has finished.
 */
@Component
class RequestIndex {

	private static final Logger log = LoggerFactory.getLogger(RequestIndex.class);

	private static final int BATCH = 200;

	private final Applications applications;

	private final RepeatSettings settings;

	private final TransactionTemplate transactions;

	private final StartupBackfill backfill = new StartupBackfill(log, "Indexing requests for repeat detection",
			"repeat detection compares the rest by reading them");

	private final boolean backfillAtStart;

	RequestIndex(Applications applications, RepeatSettings settings, TransactionTemplate transactions,
			@org.springframework.beans.factory.annotation.Value("${ogi.repeats.index-backfill:true}") boolean backfillAtStart) {
		this.backfillAtStart = backfillAtStart;
		this.applications = applications;
		this.settings = settings;
		this.transactions = transactions;
	}

	String version() {
		return RequestGrams.version(settings.fillerWords());
	}

	/** Indexes one application's request, replacing what was indexed of it before; in the caller's transaction. */
	void index(String agencyCode, String caseNumber, String requestedInformation, String documentNumber) {
		var fingerprint = RequestFingerprint.of(requestedInformation, documentNumber, settings.fillerWords());
		// the update locks the application's row first, so a confirmation (which locks it too) comes wholly before or
		// after: the receipt date read next is the one the grams must carry
		applications.markIndexed(agencyCode, caseNumber, version());
		LocalDate receiptDate = applications.receiptDateOf(agencyCode, caseNumber);
		applications.deleteGrams(agencyCode, caseNumber);
		insertGrams(agencyCode, caseNumber, receiptDate, RequestGrams.all(fingerprint));
	}

	/**
	 * Indexes an application inserted in the caller's transaction, already marked indexed by its insert: it has no
	 * grams to replace, and no confirmation can come between — its row is nobody else's before the commit.
	 */
	void indexNew(Application application) {
		insertGrams(application.agencyCode(), application.caseNumber(), application.receiptDate(), RequestGrams.all(
				RequestFingerprint.of(application.requestedInformation(), application.documentNumber(),
						settings.fillerWords())));
	}

	private void insertGrams(String agencyCode, String caseNumber, LocalDate receiptDate, List<Long> grams) {
		for (int from = 0; from < grams.size(); from += 500) {
			applications.insertGrams(agencyCode, caseNumber, receiptDate,
					grams.subList(from, Math.min(grams.size(), from + 500)));
		}
	}

	/** Art. 31(3): an application confirmed online enters the look-back window with its receipt date. */
	void received(String agencyCode, String caseNumber, LocalDate receiptDate) {
		applications.updateGramReceiptDate(agencyCode, caseNumber, receiptDate);
	}

	@EventListener(ApplicationReadyEvent.class)
	void backfillInBackground() {
		backfill.startInBackground(backfillAtStart, "ogi.repeats.index-backfill", "request-index-backfill",
				this::backfill);
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		backfill.close();
	}

	/** Indexes every application not indexed under the current version, in batches of their own transactions. */
	void backfill() {
		String version = version();
		backfill.walk((agency, caseNumber) -> applications.unindexedRequests(agency, caseNumber, version, BATCH),
				Unindexed::agencyCode, Unindexed::caseNumber, batch -> {
					transactions.executeWithoutResult(status -> batch.forEach(request -> index(request.agencyCode(),
							request.caseNumber(), request.requestedInformation(), request.documentNumber())));
					return batch.size();
				});
	}

	/** An application's request as the backfill reads it. */
	record Unindexed(String agencyCode, String caseNumber, String requestedInformation, String documentNumber) {
	}
}
