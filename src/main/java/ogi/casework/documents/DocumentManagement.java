package ogi.casework.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.intake.IntakeManagement;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.NotFound;

/**
 * Stores the letters of a case with their SHA-256 and hands them back, always within the caller's agency: another
 * agency's case is reported as not found, so its existence does not leak.
 */
@Service
public class DocumentManagement {

	private final Documents documents;

	private final DocumentRendering rendering;

	private final IntakeManagement intake;

	private final Clock clock;

	DocumentManagement(Documents documents, DocumentRendering rendering, IntakeManagement intake, Clock clock) {
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
		StoredDocument document = new StoredDocument(0, agencyCode, caseNumber, kind, format, fileName,
				content.length, sha256(content), user, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
		Documents.GeneratedKey key = new Documents.GeneratedKey();
		documents.insert(document, content, key);
		return new StoredDocument(key.getId(), agencyCode, caseNumber, kind, format, fileName, document.size(),
				document.sha256(), user, document.createdAt());
	}

	/** Renders a letter as DOCX and PDF and stores both, e.g. the reply letter when the reply is delivered. */
	@Transactional
	public List<StoredDocument> renderAndStore(String agencyCode, String caseNumber, DocumentKind kind,
			LetterData data, String user) {
		requireCase(agencyCode, caseNumber);
		List<RenderedDocument> renderedAll;
		try {
			renderedAll = rendering.renderAll(agencyCode, kind, data);
		}
		catch (RuntimeException e) {
			throw new LetterRenderingFailed(kind, rootMessage(e));
		}
		List<StoredDocument> stored = new ArrayList<>();
		for (RenderedDocument rendered : renderedAll) {
			stored.add(store(agencyCode, caseNumber, kind, rendered.format(), rendered.fileName(), rendered.content(),
					user));
		}
		return stored;
	}

	/** Whether a document of {@code kind} was stored for the case at or after {@code since}. */
	public boolean storedSince(String agencyCode, String caseNumber, DocumentKind kind, Instant since) {
		return documents.of(agencyCode, caseNumber).stream()
				.anyMatch(document -> document.kind() == kind && !document.createdAt().isBefore(since));
	}

	/** The case's documents, oldest first. */
	public List<StoredDocument> list(String agencyCode, String caseNumber) {
		requireCase(agencyCode, caseNumber);
		return documents.of(agencyCode, caseNumber);
	}

	/** One document with its bytes, which are checked against the hash stored with them. */
	public DocumentContent content(String agencyCode, String caseNumber, long id) {
		StoredDocument document = documents.find(agencyCode, caseNumber, id)
			.orElseThrow(() -> new NotFound("No document " + id + " in case " + caseNumber));
		byte[] content = documents.content(id).map(Documents.Content::bytes).orElse(null);
		if (content == null || !sha256(content).equals(document.sha256())) {
			throw new IllegalStateException("Document " + id + " of case " + caseNumber
					+ " no longer matches the SHA-256 stored with it");
		}
		return new DocumentContent(document, content);
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
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
