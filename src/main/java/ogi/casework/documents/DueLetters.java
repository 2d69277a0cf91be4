package ogi.casework.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The letters actions made due, until they are stored. Every change after the insert is conditional on the row's
 * state (and, once claimed, on the claim token), so two nodes sweeping the same table render a letter once.
 */
@Mapper
interface DueLetters {

	void insert(@Param("letter") DueLetter letter, @Param("key") Documents.GeneratedKey key);

	/** Ids of rows a sweep may claim at {@code now}: due ones, and claimed ones whose lease ran out, oldest first. */
	List<Long> claimable(@Param("now") Instant now, @Param("limit") int limit);

	/**
	 * Takes a row for one rendering until {@code leaseUntil}, counting the attempt; 0 when it is no longer claimable
	 * (another node took it, or it was stored).
	 */
	int claim(@Param("id") long id, @Param("claim") String claim, @Param("now") Instant now,
			@Param("leaseUntil") Instant leaseUntil);

	Optional<DueLetter> find(@Param("id") long id);

	/** Deletes a row its claimant has stored; 0 when the claim is no longer the row's. */
	int remove(@Param("id") long id, @Param("claim") String claim);

	/** Hands a failed attempt back: to {@code status} with the retry time and why. 0 when the claim was lost. */
	int release(@Param("id") long id, @Param("claim") String claim, @Param("status") DueLetter.Status status,
			@Param("nextAttemptAt") Instant nextAttemptAt, @Param("error") String error);

	/** The case's letters not stored yet, oldest first. */
	List<DueLetter> of(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	/** Makes a failed row of the case due again at {@code now}, with its attempts counted anew. */
	int retry(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber, @Param("id") long id,
			@Param("now") Instant now);
}
