package ogi.casework.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseEvent;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.NotFound;

/**
 * Issues and stores the letters of a case with their SHA-256 and hands them back, always within the caller's agency:
 * another agency's case is reported as not found, so its existence does not leak. A letter is issued in the action's
 * transaction and rendered after it commits ({@link LetterOutbox}).
 */
@Service
public class DocumentManagement {

	private final Documents documents;

	private final DocumentRendering rendering;

	private final IntakeManagement intake;

	private final Clock clock;

	private final DueLetters due;

	private final LetterOutbox outbox;

	private final ApplicationEventPublisher events;

	DocumentManagement(Documents documents, DocumentRendering rendering, IntakeManagement intake, Clock clock,
			DueLetters due, LetterOutbox outbox, ApplicationEventPublisher events) {
		this.events = events;
		this.due = due;
		this.outbox = outbox;
		this.documents = documents;
		this.rendering = rendering;
		this.intake = intake;
		this.clock = clock;
	}

	/** Stores one file of a case of {@code agencyCode}, made by {@code user}. */
	@Transactional
	public StoredDocument store(String agencyCode, String caseNumber, DocumentKind kind, DocumentFormat format,
			String fileName, byte[] content, String user) {
		requireCase(agencyCode, caseNumber);
		if (kind == null || format == null || fileName == null || fileName.isBlank() || content == null
				|| content.length == 0) {
			throw InvalidInput.of("content", "document.complete", "A document needs a kind, a format, a file name and content");
		}
		return documents.save(agencyCode, caseNumber, kind, format, fileName, content, user, Instant.now(clock));
	}

	/**
	 * Issues a letter, e.g. the reply letter at approval: checks in the caller's transaction that it can be produced
	 * from the case's records, and records it as due; its DOCX and PDF are rendered and stored once the transaction
	 * commits (then {@link LetterIssued} is published), so the action does not wait for them and a rollback leaves no
	 * letter.
	 *
	 * @throws LetterRenderingFailed when the records put something into the letter that no letter can hold
	 */
	@Transactional
	public void issue(String agencyCode, String caseNumber, DocumentKind kind, LetterData data, String user) {
		requireCase(agencyCode, caseNumber);
		try {
			rendering.check(agencyCode, kind, data);
		}
		catch (RuntimeException e) {
			throw new LetterRenderingFailed(kind, RenderingDueLetters.rootMessage(e));
		}
		outbox.record(agencyCode, caseNumber, kind, data, user);
	}

	/**
	 * Whether a letter of {@code kind} was issued for the case at or after {@code since}: stored, or due and still to
	 * come (a letter given up after failed attempts does not count).
	 */
	public boolean issuedSince(String agencyCode, String caseNumber, DocumentKind kind, Instant since) {
		return documents.of(agencyCode, caseNumber).stream()
				.anyMatch(document -> document.kind() == kind && !document.createdAt().isBefore(since))
				|| due.of(agencyCode, caseNumber).stream().anyMatch(letter -> letter.pending() && letter.kind() == kind
						&& !letter.requestedAt().isBefore(since));
	}

	/** The case's letters issued but not stored yet: due, being rendered, or given up; oldest first. */
	public List<DueLetter> dueLetters(String agencyCode, String caseNumber) {
		requireCase(agencyCode, caseNumber);
		return due.of(agencyCode, caseNumber);
	}

	/**
	 * Refuses to go on while a letter of the case is still to come, e.g. sealing its file: the file would lack it —
	 * also a letter given up after failed attempts, which must be asked for again (once its cause is fixed) and come
	 * before the file is sealed; a retry after the seal would write into a sealed file.
	 *
	 * @throws ActionNotAllowed when a letter is due or being rendered ({@code lettersPending}), or was given up
	 *         ({@code lettersGivenUp})
	 */
	public void requireNoLetterPending(String agencyCode, String caseNumber) {
		List<DueLetter> letters = due.of(agencyCode, caseNumber);
		List<DueLetter> pending = letters.stream().filter(DueLetter::pending).toList();
		if (!pending.isEmpty()) {
			throw new ActionNotAllowed("lettersPending", "The " + titles(pending) + " of case " + caseNumber
					+ " is still being produced; try again in a minute");
		}
		if (!letters.isEmpty()) {
			throw new ActionNotAllowed("lettersGivenUp", "The " + titles(letters) + " of case " + caseNumber
					+ " was given up after failed attempts; fix the cause and ask for it again first");
		}
	}

	private static String titles(List<DueLetter> letters) {
		return letters.stream().map(letter -> letter.kind().title()).distinct().collect(Collectors.joining("、"));
	}

	/**
	 * Asks again for a letter given up after failed attempts, once its cause is fixed: it is due at once.
	 *
	 * @throws NotFound when the case has no such given-up letter
	 */
	@Transactional
	public void retry(String agencyCode, String caseNumber, long dueLetterId, String user) {
		requireCase(agencyCode, caseNumber);
		if (due.retry(agencyCode, caseNumber, dueLetterId, clock.instant()) != 1) {
			throw new NotFound("No given-up letter " + dueLetterId + " in case " + caseNumber);
		}
		DueLetter letter = due.find(dueLetterId).orElseThrow();
		events.publishEvent(new CaseEvent(agencyCode, caseNumber, "LETTER_REQUESTED_AGAIN", user, clock.instant(), null,
				null, "The " + letter.kind().title() + " (" + letter.kind() + "), given up after failed attempts ("
						+ letter.lastError() + "), was asked for again"));
		outbox.renderAfterCommit(dueLetterId);
	}

	/** The case's documents, oldest first. */
	public List<StoredDocument> list(String agencyCode, String caseNumber) {
		requireCase(agencyCode, caseNumber);
		return documents.of(agencyCode, caseNumber);
	}

	/**
	 * The case's documents the reader may open, oldest first: the applicant's own papers only for the roles that see
	 * personal data in full (a reviewer's, head's or legal officer's view masks it; so does their list).
	 */
	public List<StoredDocument> listFor(CurrentUser reader, String caseNumber) {
		return list(reader.agencyCode(), caseNumber).stream().filter(document -> mayOpen(reader, document)).toList();
	}

	/**
	 * One document of the reader's agency with its bytes, for the reader; whoever serves it records the read of an
	 * applicant's paper ({@link DocumentContent#personalData()}).
	 *
	 * @throws AccessDeniedException for an applicant's paper to a role that sees personal data masked
	 */
	public DocumentContent read(CurrentUser reader, String caseNumber, long id) {
		StoredDocument document = documents.find(reader.agencyCode(), caseNumber, id)
			.orElseThrow(() -> new NotFound("No document " + id + " in case " + caseNumber));
		if (!mayOpen(reader, document)) {
			throw new AccessDeniedException("The applicant's " + document.kind().title()
					+ " is opened only by the roles that see personal data in full (clerk, handler)");
		}
		return content(document);
	}

	private static boolean mayOpen(CurrentUser reader, StoredDocument document) {
		return !document.kind().holdsPersonalData() || reader.seesPersonalData();
	}

	/** One document with its bytes, which are checked against the hash stored with them. */
	public DocumentContent content(String agencyCode, String caseNumber, long id) {
		return content(documents.find(agencyCode, caseNumber, id)
			.orElseThrow(() -> new NotFound("No document " + id + " in case " + caseNumber)));
	}

	private DocumentContent content(StoredDocument document) {
		byte[] content = documents.content(document.id()).map(Documents.Content::bytes).orElse(null);
		if (content == null || !sha256(content).equals(document.sha256())) {
			throw new IllegalStateException("Document " + document.id() + " of case " + document.caseNumber()
					+ " no longer matches the SHA-256 stored with it");
		}
		return new DocumentContent(document, content);
	}

	private void requireCase(String agencyCode, String caseNumber) {
		if (intake.find(agencyCode, caseNumber).isEmpty()) {
			throw new NotFound("No case " + caseNumber);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", e);
		}
	}
}
