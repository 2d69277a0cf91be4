package ogi.casework.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Sealed packages, their documents and their manifest versions; insert-only: there is deliberately no update or delete. */
@Mapper
interface Archives {

	void insertPackage(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("sealedAt") Instant sealedAt, @Param("sealedBy") String sealedBy);

	Optional<SealedPackage> findPackage(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	/** The package row locked until the transaction ends, so corrections of one case go one at a time. */
	Optional<SealedPackage> lockPackage(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	void insertItem(StoredItem item);

	List<StoredItem> items(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	int nextPosition(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	void insertManifest(StoredManifest manifest);

	List<StoredManifest> manifests(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	/** A sealed package's header row. */
	record SealedPackage(String agencyCode, String caseNumber, Instant sealedAt, String sealedBy) {
	}

	/** A document as stored, with the hash computed when it was stored. */
	record StoredItem(String agencyCode, String caseNumber, int position, String path, String title,
			ArchiveSection section, String mediaType, long size, String sha256, byte[] content, int addedInVersion,
			String addedBy, Instant addedAt) {
	}

	/** One manifest version as stored: its exact bytes and their hash. */
	record StoredManifest(String agencyCode, String caseNumber, int version, byte[] content, String sha256,
			String itemsSha256, String issuedBy, Instant issuedAt) {
	}
}
