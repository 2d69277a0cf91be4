package ogi.casework.documents;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Stored letters of a case; insert-only: there is deliberately no update or delete. */
@Mapper
interface Documents {

	/** Stores a letter; its generated id is written to {@code key.id}. */
	void insert(@Param("document") StoredDocument document, @Param("content") byte[] content,
			@Param("key") GeneratedKey key);

	/** Stores one file of a case, made by {@code user} at {@code at}, and returns it with its id and SHA-256. */
	default StoredDocument save(String agencyCode, String caseNumber, DocumentKind kind, DocumentFormat format,
			String fileName, byte[] content, String user, Instant at) {
		StoredDocument document = new StoredDocument(0, agencyCode, caseNumber, kind, format, fileName, content.length,
				DocumentManagement.sha256(content), user, at.truncatedTo(ChronoUnit.MILLIS));
		GeneratedKey key = new GeneratedKey();
		insert(document, content, key);
		return new StoredDocument(key.getId(), agencyCode, caseNumber, kind, format, fileName, document.size(),
				document.sha256(), user, document.createdAt());
	}

	List<StoredDocument> of(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	Optional<StoredDocument> find(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("id") long id);

	/** The bytes alone, wrapped: a {@code byte[]} return would be read as one array element per row. */
	Optional<Content> content(@Param("id") long id);

	/** A stored file's bytes. */
	record Content(byte[] bytes) {
	}

	/** Receives the id the database generated. */
	final class GeneratedKey {

		private Long id;

		public Long getId() {
			return id;
		}

		public void setId(Long id) {
			this.id = id;
		}
	}
}
