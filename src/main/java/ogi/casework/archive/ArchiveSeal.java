package ogi.casework.archive;

import java.time.Instant;

/**
 * A sealed case file as it stands: who sealed it and when, its current manifest version, and the two fingerprints to
 * keep or compare — the SHA-256 of the {@code manifest.json} and the manifest's item-list hash.
 *
 * @param agencyCode the agency (tenant)
 * @param caseNumber the case
 * @param manifestVersion 1 when sealed, one more per correction
 * @param sealedAt when it was sealed
 * @param sealedBy who sealed it
 * @param itemCount how many documents the current manifest lists
 * @param itemsSha256 the current manifest's item-list hash ({@link Manifest#itemsSha256(java.util.List)})
 * @param manifestSha256 the SHA-256 of the current {@code manifest.json}
 */
public record ArchiveSeal(String agencyCode, String caseNumber, int manifestVersion, Instant sealedAt, String sealedBy,
		int itemCount, String itemsSha256, String manifestSha256) {

	static ArchiveSeal of(Manifest manifest, String manifestSha256) {
		return new ArchiveSeal(manifest.agencyCode(), manifest.caseNumber(), manifest.version(), manifest.sealedAt(),
				manifest.sealedBy(), manifest.items().size(), manifest.itemsSha256(), manifestSha256);
	}
}
