package ogi.casework.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The append-only audit table and its per-agency chain heads: there is deliberately no update or delete of an entry
 * (and the database refuses them where the append-only triggers are in place).
 */
@Mapper
interface AuditTrail {

	/** Inserts a chained entry; its generated id is set on {@code entry}. */
	void append(NewEntry entry);

	/** A chain head, locked until the transaction ends: appends to one chain go one at a time. */
	Optional<ChainHead> lockHead(@Param("agencyCode") String agencyCode, @Param("stripe") int stripe);

	void insertHead(@Param("agencyCode") String agencyCode, @Param("stripe") int stripe,
			@Param("genesis") String genesis);

	void advanceHead(ChainHead head);

	List<ChainHead> heads();

	/** Agencies with an audit entry (to find a chain whose head row is gone). */
	List<String> agencies();

	/** The stripes of an agency that hold an entry (to find a chain whose head row is gone). */
	List<Integer> stripes(@Param("agencyCode") String agencyCode);

	/** The state changes of a case, in order (reads of personal data are listed apart). */
	List<AuditEntry> history(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	/** The entries of a case with one action, in order. */
	List<AuditEntry> withAction(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("action") String action);

	/** A page of one chain: entries with position above {@code afterSeq} up to {@code upToSeq}, in order. */
	List<ChainedEntry> chain(@Param("agencyCode") String agencyCode, @Param("stripe") int stripe,
			@Param("afterSeq") long afterSeq, @Param("upToSeq") long upToSeq, @Param("limit") int limit);

	/** The first entry of the stripe that is outside its chain (no position), if any. */
	Optional<ChainedEntry> firstUnchained(@Param("agencyCode") String agencyCode, @Param("stripe") int stripe);

	/** How many triggers guard the audit table (0, or 2 when UPDATE and DELETE are refused). */
	int appendOnlyTriggers();

	/** An entry to insert, with its chain position and hashes; {@code id} is set by the insert. */
	final class NewEntry {

		Long id;

		final String agencyCode;

		final String caseNumber;

		final String action;

		final String actor;

		final Instant at;

		final String fromStatus;

		final String toStatus;

		final String detail;

		final int chainStripe;

		long chainSeq;

		String previousHash;

		String entryHash;

		NewEntry(String agencyCode, String caseNumber, String action, String actor, Instant at, String fromStatus,
				String toStatus, String detail) {
			this.agencyCode = agencyCode;
			this.caseNumber = caseNumber;
			this.action = action;
			this.actor = actor;
			this.at = at;
			this.fromStatus = fromStatus;
			this.toStatus = toStatus;
			this.detail = detail;
			this.chainStripe = AuditChain.stripe(caseNumber);
		}

		public Long getId() {
			return id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getAgencyCode() {
			return agencyCode;
		}

		public String getCaseNumber() {
			return caseNumber;
		}

		public String getAction() {
			return action;
		}

		public String getActor() {
			return actor;
		}

		public Instant getAt() {
			return at;
		}

		public String getFromStatus() {
			return fromStatus;
		}

		public String getToStatus() {
			return toStatus;
		}

		public String getDetail() {
			return detail;
		}

		public int getChainStripe() {
			return chainStripe;
		}

		public long getChainSeq() {
			return chainSeq;
		}

		public String getPreviousHash() {
			return previousHash;
		}

		public String getEntryHash() {
			return entryHash;
		}
	}

	/** A chain head (one stripe of an agency's trail): the position and hash of its last entry. */
	record ChainHead(String agencyCode, int stripe, long lastSeq, String lastHash, Long lastEntryId) {
	}

	/** An entry as stored, with its chain fields, for verification. */
	record ChainedEntry(long id, String agencyCode, String caseNumber, String action, String actor, Instant at,
			String fromStatus, String toStatus, String detail, Long chainSeq, String previousHash, String entryHash) {
	}
}
