package ogi.casework.documents;

import java.time.Instant;

/** A stored letter without its bytes: what the list shows and what the download is checked against. */
public record StoredDocument(long id, String agencyCode, String caseNumber, DocumentKind kind, DocumentFormat format,
		String fileName, long size, String sha256, String createdBy, Instant createdAt) {

	public String mediaType() {
		return format.mediaType();
	}
}
