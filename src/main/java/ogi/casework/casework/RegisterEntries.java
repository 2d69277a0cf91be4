package ogi.casework.casework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The case register read model and its search tokens (table {@code casework_register}). */
@Mapper
interface RegisterEntries {

	/**
	 * Brings a case's row in line with the case: what a case's changes can move (its receipt date, once an online
	 * application is confirmed; its status, outcome and reply due date). The rest of the row is the application's,
	 * which does not change after intake. Returns 0 when the case has no row yet.
	 */
	int updateFromCase(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("receiptDate") LocalDate receiptDate, @Param("status") ogi.casework.shared.CaseStatus status,
			@Param("outcome") ogi.casework.reply.Outcome outcome, @Param("replyDueDate") LocalDate replyDueDate,
			@Param("updatedAt") java.time.Instant updatedAt);

	void insert(RegisterEntry entry);

	/** Inserts a case's search tokens, each with its receipt date; {@code tokens} must not be empty. */
	void insertTokens(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("receiptDate") LocalDate receiptDate, @Param("tokens") Collection<RegisterTokens.Token> tokens);

	/** Sets the receipt date on these search tokens of a case; {@code tokens} must not be empty. */
	int updateTokenReceiptDate(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("receiptDate") LocalDate receiptDate, @Param("tokens") Collection<RegisterTokens.Token> tokens);

	void updateHandler(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("handler") String handler);

	List<RegisterEntry> search(@Param("q") RegisterFilter filter);

	long count(@Param("q") RegisterFilter filter, @Param("cap") int cap);

	/** Cases of the register's agency without a register row yet, after a keyset position (to backfill). */
	List<CaseFile> unregistered(@Param("afterAgency") String afterAgency, @Param("afterCase") String afterCase,
			@Param("limit") int limit);

	/** Register rows whose subject has no WORD tokens yet, after a keyset position (to backfill). */
	List<RegisterEntry> wordsUnindexed(@Param("afterAgency") String afterAgency, @Param("afterCase") String afterCase,
			@Param("limit") int limit);

	/** Marks a row's subject indexed: 1 when this call did, 0 when it was already. */
	int claimWords(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	/** 1 while any register row's subject has no WORD tokens yet, else 0. */
	long wordsUnindexedLeft();

	List<String> casesWithToken(@Param("agencyCode") String agencyCode, @Param("kind") String kind,
			@Param("token") String token, @Param("except") String exceptCaseNumber, @Param("limit") int limit);

	List<RegisterEntry> find(@Param("agencyCode") String agencyCode,
			@Param("caseNumbers") Collection<String> caseNumbers);
}
