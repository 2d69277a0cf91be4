package ogi.casework.documents;

import java.time.Instant;

/**
 * A letter an action made due and that is not stored yet: waiting to be rendered, being rendered by one node, or
 * given up after repeated failures (then the case's audit trail says so, and a clerk may ask for it again).
 *
 * @param letterData the letter's values as JSON ({@link LetterData})
 * @param attempts how many times a node has started rendering it
 * @param nextAttemptAt when a sweep may take it: its retry time while {@link Status#DUE}, the end of the rendering
 *        node's lease while {@link Status#RENDERING}
 * @param claim the token of the rendering that holds it, or null
 * @param lastError why the last attempt failed, or null
 */
public record DueLetter(long id, String agencyCode, String caseNumber, DocumentKind kind, String letterData,
		String requestedBy, Instant requestedAt, Status status, int attempts, Instant nextAttemptAt, String claim,
		String lastError) {

	/** Where a due letter stands. */
	public enum Status {
		/** Waiting for its first or next attempt. */
		DUE,
		/** Claimed by one rendering until {@code nextAttemptAt}. */
		RENDERING,
		/** Failed {@code ogi.documents.letters.max-attempts} times; shown on the case and in its audit trail. */
		FAILED
	}

	/** Whether the letter will still come without anyone acting: due or being rendered. */
	public boolean pending() {
		return status != Status.FAILED;
	}
}
