package ogi.casework.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The applications read in the current transaction, each read and opened (its personal data decrypted) once: one
 * change is seen by several read models — the case register, the reporting table, the letter it issues — and each
 * asks for the case's application (an intake read it four times, an escalation twice). Whatever changes an
 * application's fields through this module {@linkplain #forget forgets} it, so a later read in the transaction sees the
 * write (re-encryption and the request index write columns an {@link Application} does not carry). Without transaction
 * synchronization every call reads; a transaction suspended for another (REQUIRES_NEW) keeps its reads to itself, and
 * a write in the inner one is not forgotten in the outer (no caller does that).
 * <p>
 * Unlike a plain read at READ COMMITTED, a transaction does not see a change another transaction commits after its
 * first read: safe because the only such change, the confirmation of an online application (Art. 31(3)), is made
 * under the case's lock, which every case action takes first.
 * <p>
 * It keeps the {@value #KEPT} applications read last: a change is about one case, and a transaction that walks through
 * many (the reporting rebuild reads every case of an agency) must not hold them all.
 */
final class ApplicationsInTransaction {

	static final int KEPT = 16;

	/** The key this instance binds its reads under (one instance per application context). */
	private final Object resourceKey = new Object();

	Optional<Application> find(String agencyCode, String caseNumber, Supplier<Optional<Application>> reader) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return reader.get();
		}
		var reads = (Reads) TransactionSynchronizationManager.getResource(resourceKey);
		if (reads == null) {
			reads = new Reads();
			TransactionSynchronizationManager.bindResource(resourceKey, reads);
			TransactionSynchronizationManager.registerSynchronization(reads);
		}
		return reads.applications.computeIfAbsent(List.of(agencyCode, caseNumber), key -> reader.get());
	}

	/** The application was written in this transaction: the next read reads it again. */
	void forget(String agencyCode, String caseNumber) {
		var reads = (Reads) TransactionSynchronizationManager.getResource(resourceKey);
		if (reads != null) {
			reads.applications.remove(List.of(agencyCode, caseNumber));
		}
	}

	private final class Reads implements TransactionSynchronization {

		private final Map<List<String>, Optional<Application>> applications = new LinkedHashMap<>(KEPT, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<List<String>, Optional<Application>> eldest) {
				return size() > KEPT;
			}
		};

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(resourceKey);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(resourceKey, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
		}
	}
}
