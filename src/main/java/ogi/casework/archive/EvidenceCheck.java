package ogi.casework.archive;

import java.util.List;

/**
 * One item of the evidence checklist of spec §8.3: whether the case file proves it, why in words, and the documents
 * that prove it.
 *
 * @param number the item's number in spec §8.3 (1–12)
 * @param section the part of the case file (and the bundle's folder) it belongs to
 * @param title what the item is, in Chinese and English
 * @param status PRESENT, MISSING or NOT_APPLICABLE
 * @param reason the finding in one paragraph: what is missing first, else what was found
 * @param facts what the case file shows, one finding per line
 * @param gaps what is missing or defective, each with its rule; empty unless the status is MISSING
 * @param documents the documents of the bundle that prove it
 */
public record EvidenceCheck(int number, ArchiveSection section, String title, Status status, String reason,
		List<String> facts, List<String> gaps, List<Proof> documents) {

	public EvidenceCheck {
		facts = List.copyOf(facts);
		gaps = List.copyOf(gaps);
		documents = List.copyOf(documents);
	}

	/** Whether the case file proves an item. */
	public enum Status {
		/** The case file holds what the item needs. */
		PRESENT,
		/** Something the item needs is missing or shows a defect; {@code gaps} says what. */
		MISSING,
		/** The item does not arise in this case (e.g. no supplement was asked for). */
		NOT_APPLICABLE
	}

	/** A document of the bundle: its path in the ZIP, what it is, and its SHA-256. */
	public record Proof(String path, String title, String sha256) {
	}
}
