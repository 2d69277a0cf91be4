package ogi.casework.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import ogi.casework.audit.AuditTrail.ChainHead;
import ogi.casework.audit.AuditTrail.ChainedEntry;
import ogi.casework.audit.AuditVerification.BrokenLink;
import ogi.casework.audit.AuditVerification.Problem;
import ogi.casework.shared.CaseEvent;
import ogi.casework.shared.ReadsOnly;

/**
 * Writes every {@link CaseEvent} to the audit trail in the transaction of the change itself, so that a change and
 * its audit line commit or roll back together; records who saw an applicant's personal data in full; and verifies
 * the trail.
 * <p>
 * Each agency's entries form {@link AuditChain#STRIPES} hash chains ({@link AuditChain}), a case's entries all in
 * one. Appends to one chain are serialised on its chain-head row, locked with {@code SELECT … FOR UPDATE}, so that
 * several nodes never fork a chain, while appends for cases of other stripes go on at once. To hold that lock as
 * briefly as possible, a transaction's entries are chained just before it commits (or earlier, when the same
 * transaction reads the trail back); the heads are then the last locks the transaction takes.
 */
@Service
public class AuditManagement {

	/** The action of an entry that records a read of personal data in full, not a state change. */
	public static final String PERSONAL_DATA_READ = "PERSONAL_DATA_READ";

	private static final Logger log = LoggerFactory.getLogger(AuditManagement.class);

	private static final int PAGE = 1000;

	private final AuditTrail trail;

	private final TransactionTemplate newTransaction;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	AuditManagement(AuditTrail trail, PlatformTransactionManager transactions, Clock clock) {
		this.trail = trail;
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@EventListener
	void on(CaseEvent event) {
		append(new AuditTrail.NewEntry(event.agencyCode(), event.caseNumber(), event.action(), event.actor(),
				millis(event.at()), event.fromStatus(), event.toStatus(), event.detail()));
	}

	/**
	 * Records that {@code reader} saw the applicant's personal data of a case in full ({@code what}: which data,
	 * through which page, download or endpoint). Written with the reader's transaction when it can write, else in a
	 * transaction of its own, so a read-only request is still recorded.
	 */
	public void recordPersonalDataRead(String agencyCode, String caseNumber, String reader, String what) {
		append(new AuditTrail.NewEntry(agencyCode, caseNumber, PERSONAL_DATA_READ, reader, millis(Instant.now(clock)),
				null, null, what));
	}

	/** The state changes of a case, in order; reads of personal data are listed by {@link #personalDataReads}. */
	@ReadsOnly
	public List<AuditEntry> history(String agencyCode, String caseNumber) {
		Batch.flushPending(this);
		return trail.history(agencyCode, caseNumber);
	}

	/** Who saw the applicant's personal data of a case in full, and when, in order. */
	@ReadsOnly
	public List<AuditEntry> personalDataReads(String agencyCode, String caseNumber) {
		Batch.flushPending(this);
		return trail.withAction(agencyCode, caseNumber, PERSONAL_DATA_READ);
	}

	/**
	 * Checks every chain of every agency link by link and logs the result: one INFO line with each chain head when all
	 * are intact, an ERROR line per broken chain naming the agency, the entry and what was expected and found. For the
	 * nightly reconciliation.
	 */
	public AuditVerification verifyAll() {
		return verify(chainedAgencies());
	}

	/** The agencies with an audit trail (entries or a chain head), in code order: those {@link #verifyAll} checks. */
	public List<String> chainedAgencies() {
		return readOnly.execute(status -> {
			var all = new java.util.TreeSet<String>(trail.agencies());
			trail.heads().forEach(head -> all.add(head.agencyCode()));
			return List.copyOf(all);
		});
	}

	/** Checks the chains of one agency; see {@link #verifyAll()}. */
	public AuditVerification verify(String agencyCode) {
		return verify(List.of(agencyCode));
	}

	/**
	 * The agency's chains (their stripes, in order): those with a head and those with entries — the unit the nightly
	 * verification checks one at a time, each a sixteenth of the agency's trail.
	 */
	public List<Integer> chainsOf(String agencyCode) {
		return readOnly.execute(status -> stripes(agencyCode, heads().keySet()));
	}

	/** Checks one chain of one agency; see {@link #verifyAll()}. */
	public AuditVerification verify(String agencyCode, int stripe) {
		return verify(List.of(agencyCode), stripe);
	}

	private AuditVerification verify(List<String> agencies) {
		return verify(agencies, null);
	}

	/** Checks every chain of {@code agencies}, or only chain {@code onlyStripe} when it is given. */
	private AuditVerification verify(List<String> agencies, Integer onlyStripe) {
		Instant checkedAt = Instant.now(clock);
		// the heads as the check begins: each chain is checked up to its head, and a missing head shows as such
		Map<ChainKey, ChainHead> heads = readOnly.execute(status -> heads());
		List<AuditVerification.Chain> chains = new ArrayList<>();
		for (String agency : agencies) {
			List<Integer> stripes = onlyStripe != null ? List.of(onlyStripe)
					: readOnly.execute(status -> stripes(agency, heads.keySet()));
			for (int stripe : stripes) {
				var head = Optional.ofNullable(heads.get(new ChainKey(agency, stripe)));
				chains.add(readOnly.execute(status -> verifyChain(agency, stripe, head)));
			}
		}
		boolean guarded = readOnly.execute(status -> trail.appendOnlyTriggers()) >= 4;
		var result = new AuditVerification(checkedAt, List.copyOf(chains), guarded);
		for (var chain : chains) {
			if (!chain.intact()) {
				var broken = chain.firstBreak();
				log.error("AUDIT TRAIL BROKEN: agency {} chain breaks at entry id {} (position {} of stripe {}): {} —"
						+ " expected {}, found {}", chain.agencyCode(), broken.entryId(), broken.seq(), chain.stripe(),
						broken.problem(), broken.expected(), broken.found());
			}
		}
		if (result.intact()) {
			log.info("Audit trail intact: {} chain(s), {} entries; heads {}{}", chains.size(),
					chains.stream().mapToLong(AuditVerification.Chain::entries).sum(),
					chains.stream().map(c -> c.agencyCode() + "/" + c.stripe() + "@" + c.headSeq() + ":" + c.headHash())
						.toList(),
					guarded ? "" : "; WARNING: the database does not refuse UPDATE/DELETE on the audit tables");
		}
		return result;
	}

	/** Every chain head, by chain. */
	private Map<ChainKey, ChainHead> heads() {
		Map<ChainKey, ChainHead> heads = new TreeMap<>();
		trail.heads().forEach(head -> heads.put(new ChainKey(head.agencyCode(), head.stripe()), head));
		return heads;
	}

	/** The agency's chains: those with a head, and those with entries (whose head may have been removed). */
	private List<Integer> stripes(String agency, Set<ChainKey> withHead) {
		var all = new java.util.TreeSet<Integer>(trail.stripes(agency));
		withHead.stream().filter(chain -> chain.agencyCode().equals(agency)).forEach(chain -> all.add(chain.stripe()));
		return all.isEmpty() ? List.of(0) : List.copyOf(all);
	}

	private AuditVerification.Chain verifyChain(String agency, int stripe, Optional<ChainHead> stored) {
		if (stored.isEmpty()) {
			// every append writes the head in the same transaction: chained entries without one mean it was removed
			var first = trail.chain(agency, stripe, 0, Long.MAX_VALUE, 1);
			if (!first.isEmpty()) {
				return new AuditVerification.Chain(agency, stripe, 0, 0, null, new BrokenLink(first.get(0).id(),
						first.get(0).chainSeq(), Problem.HEAD_MISSING,
						"the chain head of agency " + agency + ", stripe " + stripe,
						"no chain head, but chained entries from position " + first.get(0).chainSeq()));
			}
		}
		ChainHead head = stored.orElse(new ChainHead(agency, stripe, 0, AuditChain.GENESIS, null));
		long expectedSeq = 1;
		String previous = AuditChain.GENESIS;
		long checked = 0;
		BrokenLink broken = null;
		pages: while (true) {
			List<ChainedEntry> page = trail.chain(agency, stripe, expectedSeq - 1, head.lastSeq(), PAGE);
			for (ChainedEntry entry : page) {
				broken = check(entry, expectedSeq, previous);
				if (broken != null) {
					break pages;
				}
				checked++;
				previous = entry.entryHash();
				expectedSeq++;
			}
			if (page.size() < PAGE) {
				break;
			}
		}
		if (broken == null && expectedSeq - 1 != head.lastSeq()) {
			broken = new BrokenLink(null, expectedSeq, Problem.TRUNCATED,
					"entries up to position " + head.lastSeq() + " ending in hash " + head.lastHash(),
					"the chain ends at position " + (expectedSeq - 1) + " with hash " + previous);
		}
		if (broken == null && !previous.equals(head.lastHash())) {
			broken = new BrokenLink(head.lastEntryId(), head.lastSeq(), Problem.CHANGED,
					"last hash " + head.lastHash() + " (chain head)", "last hash " + previous);
		}
		if (broken == null) {
			broken = trail.firstUnchained(agency, stripe)
				.map(entry -> new BrokenLink(entry.id(), null, Problem.UNCHAINED, "every entry in the chain",
						"entry " + entry.id() + " (" + entry.action() + ", case " + entry.caseNumber()
								+ ") without a chain position"))
				.orElse(null);
		}
		return new AuditVerification.Chain(agency, stripe, checked, head.lastSeq(), head.lastHash(), broken);
	}

	private static BrokenLink check(ChainedEntry entry, long expectedSeq, String previous) {
		if (entry.chainSeq() != expectedSeq) {
			return new BrokenLink(entry.id(), entry.chainSeq(), Problem.MISSING,
					"position " + expectedSeq + " following hash " + previous,
					"position " + entry.chainSeq() + ": position(s) " + expectedSeq
							+ (entry.chainSeq() - 1 > expectedSeq ? "–" + (entry.chainSeq() - 1) : "") + " removed");
		}
		if (!previous.equals(entry.previousHash())) {
			return new BrokenLink(entry.id(), entry.chainSeq(), Problem.RELINKED, "previous hash " + previous,
					"previous hash " + entry.previousHash());
		}
		String recomputed = AuditChain.hash(entry.previousHash(), entry.chainSeq(), entry.agencyCode(),
				entry.caseNumber(), entry.action(), entry.actor(), entry.at(), entry.fromStatus(), entry.toStatus(),
				entry.detail());
		if (!recomputed.equals(entry.entryHash())) {
			return new BrokenLink(entry.id(), entry.chainSeq(), Problem.CHANGED, "hash " + entry.entryHash(),
					"content hashing to " + recomputed);
		}
		return null;
	}

	private void append(AuditTrail.NewEntry entry) {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			Batch.of(this).add(entry);
		}
		else {
			newTransaction.executeWithoutResult(status -> write(List.of(entry)));
		}
	}

	/**
	 * Chains and inserts entries in the current transaction: per chain (agency and stripe), in that order (so two
	 * transactions never wait on each other's heads crosswise), lock the head, link each entry to the last, move the
	 * head.
	 */
	void write(List<AuditTrail.NewEntry> entries) {
		Map<ChainKey, List<AuditTrail.NewEntry>> byChain = new TreeMap<>();
		entries.forEach(e -> byChain.computeIfAbsent(new ChainKey(e.agencyCode, e.chainStripe), k -> new ArrayList<>())
			.add(e));
		byChain.forEach((chain, list) -> {
			String agency = chain.agencyCode();
			int stripe = chain.stripe();
			ChainHead head = lockHead(agency, stripe);
			long seq = head.lastSeq();
			String previous = head.lastHash();
			Long lastId = head.lastEntryId();
			for (var entry : list) {
				entry.chainSeq = ++seq;
				entry.previousHash = previous;
				entry.entryHash = AuditChain.hash(previous, seq, entry.agencyCode, entry.caseNumber, entry.action,
						entry.actor, entry.at, entry.fromStatus, entry.toStatus, entry.detail);
				trail.append(entry);
				previous = entry.entryHash;
				lastId = entry.id;
			}
			trail.advanceHead(new ChainHead(agency, stripe, seq, previous, lastId));
		});
	}

	/** One chain, ordered by agency and then stripe: the order in which a transaction locks heads. */
	private record ChainKey(String agencyCode, int stripe) implements Comparable<ChainKey> {

		private static final Comparator<ChainKey> ORDER = Comparator.comparing(ChainKey::agencyCode)
			.thenComparingInt(ChainKey::stripe);

		@Override
		public int compareTo(ChainKey other) {
			return ORDER.compare(this, other);
		}
	}

	/**
	 * Locks a chain head, creating it first if the chain has none. The head is created in a transaction
	 * of its own: two first appends racing to insert it would otherwise both keep the shared lock of the duplicate-key
	 * check and then deadlock on the lock they both want.
	 */
	private ChainHead lockHead(String agency, int stripe) {
		return trail.lockHead(agency, stripe).orElseGet(() -> {
			newTransaction.executeWithoutResult(status -> {
				try {
					trail.insertHead(agency, stripe, AuditChain.GENESIS);
				}
				catch (DuplicateKeyException raced) {
					// another transaction or node created it first
				}
			});
			return trail.lockHead(agency, stripe).orElseThrow();
		});
	}

	private static Instant millis(Instant at) {
		// the column keeps milliseconds, and the hash must cover exactly what is stored
		return at.truncatedTo(ChronoUnit.MILLIS);
	}

	/** The entries a transaction has recorded and not yet chained; chained before it commits. */
	private static final class Batch implements TransactionSynchronization {

		private final AuditManagement audit;

		private final List<AuditTrail.NewEntry> pending = new ArrayList<>();

		private boolean committing;

		private Batch(AuditManagement audit) {
			this.audit = audit;
		}

		static Batch of(AuditManagement audit) {
			var batch = (Batch) TransactionSynchronizationManager.getResource(audit);
			if (batch == null) {
				batch = new Batch(audit);
				TransactionSynchronizationManager.bindResource(audit, batch);
				TransactionSynchronizationManager.registerSynchronization(batch);
			}
			return batch;
		}

		/** Chains what the current transaction recorded so far, so that it reads its own entries. */
		static void flushPending(AuditManagement audit) {
			if (TransactionSynchronizationManager.getResource(audit) instanceof Batch batch) {
				batch.chainPending();
			}
		}

		void add(AuditTrail.NewEntry entry) {
			pending.add(entry);
			if (committing) {
				// recorded by another before-commit step after ours ran
				chainPending();
			}
		}

		void chainPending() {
			if (!pending.isEmpty()) {
				var entries = List.copyOf(pending);
				pending.clear();
				audit.write(entries);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			committing = true;
			chainPending();
		}

		/**
		 * A transaction of its own started inside this one (REQUIRES_NEW: a sweep's case) chains its own entries and
		 * commits them with itself, not with this one.
		 */
		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(audit);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(audit, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(audit);
		}

		@Override
		public int getOrder() {
			// after the other before-commit steps (read models), which may still record or read entries
			return LOWEST_PRECEDENCE;
		}
	}
}
