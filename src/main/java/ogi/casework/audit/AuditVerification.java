package ogi.casework.audit;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking audit chains link by link: for each chain (each stripe of each agency's trail) the entries
 * checked, the chain head, and the first broken link if there is one.
 *
 * @param checkedAt when the check ran
 * @param chains one per chain checked, by agency and stripe
 * @param appendOnlyGuard whether the database refuses UPDATE and DELETE on both audit tables, the case trail and the
 *        administration trail (triggers in place)
 */
public record AuditVerification(Instant checkedAt, List<Chain> chains, boolean appendOnlyGuard) {

	/** Whether every chain checked is intact. */
	public boolean intact() {
		return chains.stream().allMatch(Chain::intact);
	}

	/**
	 * One chain of an agency's trail.
	 *
	 * @param agencyCode the agency
	 * @param stripe which of the agency's chains (a case's entries are all in one; see V65)
	 * @param entries how many entries were checked (up to the head read when the check began)
	 * @param headSeq the position of the last entry the chain head records
	 * @param headHash the hash the chain head records: note it, and a later rewrite of the chain shows
	 * @param firstBreak the first broken link, or null when the chain is intact
	 */
	public record Chain(String agencyCode, int stripe, long entries, long headSeq, String headHash,
			BrokenLink firstBreak) {

		public boolean intact() {
			return firstBreak == null;
		}
	}

	/**
	 * Where a chain breaks.
	 *
	 * @param entryId the audit entry at which the chain breaks (null when entries at its end are missing)
	 * @param seq the entry's position in its chain
	 * @param problem {@code CHANGED} (content no longer hashes to its stored hash), {@code MISSING} (an earlier entry
	 *        was removed), {@code RELINKED} (the stored link does not name the previous entry's hash),
	 *        {@code TRUNCATED} (entries at the end were removed), {@code UNCHAINED} (a row outside the chain),
	 *        {@code HEAD_MISSING} (the chain head row was removed)
	 * @param expected what the chain says should be there
	 * @param found what is there
	 */
	public record BrokenLink(Long entryId, Long seq, Problem problem, String expected, String found) {
	}

	/** The kinds of broken link. */
	public enum Problem {
		CHANGED, MISSING, RELINKED, TRUNCATED, UNCHAINED, HEAD_MISSING
	}
}
