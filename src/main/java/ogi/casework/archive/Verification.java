package ogi.casework.archive;

import java.util.List;

/**
 * The result of checking a case file against its manifest: each document ok, changed, missing or not listed, any
 * problem with the manifest itself, and whether everything holds.
 *
 * @param caseNumber the case the manifest names ({@code null} when there is no readable manifest)
 * @param manifestVersion the manifest version checked
 * @param manifestSha256 the SHA-256 of the {@code manifest.json} checked: compare it with the value recorded at
 *        sealing (the audit trail's {@code ARCHIVE_SEALED} or {@code ARCHIVE_CORRECTED} line), since a manifest
 *        rewritten together with its documents is consistent with itself
 * @param itemsSha256 the item-list hash the manifest declares
 * @param ok whether every listed document is present and unchanged and nothing else is wrong
 * @param items one check per listed document in manifest order, then any document the manifest does not list
 * @param problems what is wrong beyond single documents, in words
 */
public record Verification(String caseNumber, Integer manifestVersion, String manifestSha256, String itemsSha256,
		boolean ok, List<ItemCheck> items, List<String> problems) {

	public Verification {
		items = List.copyOf(items);
		problems = List.copyOf(problems);
	}

	/** The checks that did not pass. */
	public List<ItemCheck> failures() {
		return items.stream().filter(item -> item.status() != Status.OK).toList();
	}

	/**
	 * One document's check.
	 *
	 * @param path its path in the package
	 * @param section its part of the case file ({@code null} for an unlisted file)
	 * @param status the result
	 * @param expectedSha256 the hash the manifest lists
	 * @param actualSha256 the hash of the bytes found
	 * @param detail why a file could not be read, if so
	 */
	public record ItemCheck(String path, ArchiveSection section, Status status, String expectedSha256,
			String actualSha256, String detail) {
	}

	/** What a document's check found. */
	public enum Status {

		/** Present, and its SHA-256 is the one listed. */
		OK,

		/** Present, but its bytes are not the ones sealed (or cannot be read). */
		MISMATCH,

		/** Listed in the manifest but not in the package. */
		MISSING,

		/** In the package but not listed in the manifest. */
		UNLISTED
	}
}
