package ogi.casework.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ogi.casework.shared.CaseEvent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One attempt at one due letter, outside the action that made it due: claim the row (a conditional update, so that of
 * several nodes or threads one wins), render DOCX and PDF with no transaction open, then store both files and delete
 * the row in one transaction that holds only while the claim is still this attempt's. A failed attempt is retried
 * later with a growing wait; the last one is written to the case's audit trail. A node that stops mid-way leaves the
 * row claimed until its lease ends, and the next sweep anywhere takes it over.
 */
@Component
class RenderingDueLetters {

	static final String GIVEN_UP = "LETTER_NOT_RENDERED";

	private static final Logger log = LoggerFactory.getLogger(RenderingDueLetters.class);

	/** LetterData as stored in the row: fields a later version no longer has are ignored, not fatal. */
	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final DueLetters due;

	private final Documents documents;

	private final DocumentRendering rendering;

	private final LetterSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate newTransaction;

	RenderingDueLetters(DueLetters due, Documents documents, DocumentRendering rendering, LetterSettings settings,
			Clock clock, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.due = due;
		this.documents = documents;
		this.rendering = rendering;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
		// Called after another transaction's commit, whose resources may still be bound to the thread: always a new one.
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Renders and stores the letter of row {@code id} if this call can claim it; never throws.
	 *
	 * @return whether this call stored it
	 */
	boolean attempt(long id) {
		String claim = UUID.randomUUID().toString();
		DueLetter letter;
		try {
			Instant now = clock.instant();
			letter = newTransaction.execute(status -> due.claim(id, claim, now, now.plus(settings.lease())) == 1
					? due.find(id).orElse(null) : null);
		}
		catch (RuntimeException e) {
			log.warn("Could not claim due letter {}; a later sweep tries again", id, e);
			return false;
		}
		if (letter == null) {
			return false;
		}
		if (letter.attempts() > settings.maxAttempts()) {
			// its earlier attempts ended without a word: the node rendering it stopped each time
			fail(letter, claim, "no attempt finished (the rendering node stopped)");
			return false;
		}
		try {
			LetterData data = JSON.readValue(letter.letterData(), LetterData.class);
			List<RenderedDocument> rendered = rendering.renderAll(letter.agencyCode(), letter.kind(), data);
			Boolean stored = newTransaction.execute(status -> store(letter, claim, rendered));
			return Boolean.TRUE.equals(stored);
		}
		catch (RuntimeException | LinkageError e) {
			fail(letter, claim, rootMessage(e));
			log.warn("Letter {} ({}) of case {} failed on attempt {}", id, letter.kind(), letter.caseNumber(),
					letter.attempts(), e);
			return false;
		}
	}

	private boolean store(DueLetter letter, String claim, List<RenderedDocument> rendered) {
		if (due.remove(letter.id(), claim) != 1) {
			// our lease ran out and another attempt holds the row now: it stores the letter, not us
			return false;
		}
		Instant now = clock.instant();
		StoredDocument pdf = null;
		for (RenderedDocument file : rendered) {
			StoredDocument stored = documents.save(letter.agencyCode(), letter.caseNumber(), letter.kind(),
					file.format(), file.fileName(), file.content(), letter.requestedBy(), now);
			if (file.format() == DocumentFormat.PDF) {
				pdf = stored;
			}
		}
		if (pdf != null) {
			events.publishEvent(new LetterIssued(letter.agencyCode(), letter.caseNumber(), letter.kind(), pdf.id(),
					pdf.createdAt()));
		}
		return true;
	}

	private void fail(DueLetter letter, String claim, String why) {
		Instant now = clock.instant();
		boolean giveUp = letter.attempts() >= settings.maxAttempts();
		String error = why.length() > 1000 ? why.substring(0, 1000) : why;
		try {
			newTransaction.executeWithoutResult(status -> {
				if (due.release(letter.id(), claim, giveUp ? DueLetter.Status.FAILED : DueLetter.Status.DUE,
						giveUp ? now : now.plus(settings.backoff(letter.attempts())), error) == 1 && giveUp) {
					events.publishEvent(new CaseEvent(letter.agencyCode(), letter.caseNumber(), GIVEN_UP,
							"system", now, null, null, "The " + letter.kind().title() + " ("
									+ letter.kind() + ") could not be produced after " + letter.attempts()
									+ " attempts: " + why + ". A clerk may ask for it again once the cause is fixed."));
				}
			});
		}
		catch (RuntimeException e) {
			log.warn("Could not record the failure of due letter {}; its lease runs out and it is tried again",
					letter.id(), e);
			return;
		}
		if (giveUp) {
			log.error("Letter {} ({}) of case {} given up after {} attempts: {}", letter.id(), letter.kind(),
					letter.caseNumber(), letter.attempts(), why);
		}
	}

	static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}
