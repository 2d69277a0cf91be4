package ogi.casework.documents;

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
