package ogi.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ApplicationsInTransactionTests {

	private final ApplicationsInTransaction read = new ApplicationsInTransaction();

	private final AtomicInteger reads = new AtomicInteger();

	private final Supplier<Optional<Application>> reader = () -> {
		reads.incrementAndGet();
		return Optional.empty();
	};

	@AfterEach
	void endSynchronization() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			complete();
		}
		assertThat(TransactionSynchronizationManager.getResourceMap()).as("nothing left bound").isEmpty();
	}

	/** What the end of a transaction does to its synchronizations. */
	private static void complete() {
		TransactionSynchronizationManager.getSynchronizations()
				.forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		TransactionSynchronizationManager.clearSynchronization();
	}

	@Test
	void withoutATransactionEveryCallReads() {
		read.find("D01", "D01-2026-0001", reader);
		read.find("D01", "D01-2026-0001", reader);
		assertThat(reads).hasValue(2);
	}

	@Test
	void inATransactionEachApplicationIsReadOnceUntilItIsWritten() {
		TransactionSynchronizationManager.initSynchronization();
		read.find("D01", "D01-2026-0001", reader);
		read.find("D01", "D01-2026-0001", reader);
		assertThat(reads).as("the same application twice").hasValue(1);
		read.find("D01", "D01-2026-0002", reader);
		read.find("D02", "D01-2026-0001", reader);
		assertThat(reads).as("another case, another agency").hasValue(3);
		read.forget("D01", "D01-2026-0001");
		read.find("D01", "D01-2026-0001", reader);
		assertThat(reads).as("after a write").hasValue(4);
	}

	@Test
	void aTransactionThroughManyCasesKeepsOnlyTheLastOnes() {
		TransactionSynchronizationManager.initSynchronization();
		for (int i = 1; i <= 1000; i++) {
			read.find("D01", "D01-2026-" + i, reader);
		}
		read.find("D01", "D01-2026-1000", reader);
		assertThat(reads).as("the last one is kept").hasValue(1000);
		read.find("D01", "D01-2026-1", reader);
		assertThat(reads).as("the first one is not").hasValue(1001);
		read.find("D01", "D01-2026-" + (1000 - ApplicationsInTransaction.KEPT + 2), reader);
		assertThat(reads).as("one of the last " + ApplicationsInTransaction.KEPT).hasValue(1001);
	}

	@Test
	void aSuspendedTransactionKeepsItsReadsAndTheNextTransactionStartsAfresh() {
		TransactionSynchronizationManager.initSynchronization();
		read.find("D01", "D01-2026-0001", reader);
		// what a REQUIRES_NEW transaction does to the one it suspends
		var suspended = TransactionSynchronizationManager.getSynchronizations();
		suspended.forEach(TransactionSynchronization::suspend);
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationManager.initSynchronization();
		read.find("D01", "D01-2026-0001", reader);
		assertThat(reads).as("the inner transaction reads for itself").hasValue(2);
		complete();
		TransactionSynchronizationManager.initSynchronization();
		suspended.forEach(TransactionSynchronization::resume);
		suspended.forEach(TransactionSynchronizationManager::registerSynchronization);
		read.find("D01", "D01-2026-0001", reader);
		assertThat(reads).as("the outer transaction's read again").hasValue(2);
		complete();
		TransactionSynchronizationManager.initSynchronization();
		read.find("D01", "D01-2026-0001", reader);
		assertThat(reads).as("a new transaction").hasValue(3);
	}
}
