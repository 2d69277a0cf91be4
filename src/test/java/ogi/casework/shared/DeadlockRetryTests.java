package ogi.casework.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class DeadlockRetryTests {

	@Test
	void recognisesADeadlockWrappedInOtherExceptions() {
		// given a deadlock as MySQL reports it, wrapped as Spring and Flowable wrap it
		var mysql = new SQLException("Deadlock found when trying to get lock", "40001", 1213);
		var wrapped = new IllegalStateException("command failed", new CannotAcquireLockException("lock", mysql));

		// then it is recognised by state or by vendor code; a lock wait timeout (1205) or a duplicate key is not
		assertThat(DeadlockRetry.isDeadlock(wrapped)).isTrue();
		assertThat(DeadlockRetry.isDeadlock(new SQLException("deadlock", "HY000", 1213))).isTrue();
		assertThat(DeadlockRetry.isDeadlock(new SQLTransactionRollbackException("deadlock", "40001"))).isTrue();
		assertThat(DeadlockRetry.isDeadlock(new SQLException("Lock wait timeout exceeded", "HY000", 1205))).isFalse();
		assertThat(DeadlockRetry.isDeadlock(new SQLException("Duplicate entry", "23000", 1062))).isFalse();
	}

	@Test
	void runsTheCallAgainOnceAfterADeadlock() {
		// given a service whose first call is a deadlock victim
		var service = proxied(new Flaky(1, deadlock()), 1);

		// when called
		String answer = service.act();

		// then it ran twice and answered
		assertThat(answer).isEqualTo("done");
		assertThat(service.calls()).isEqualTo(2);
	}

	@Test
	void givesUpAfterTheConfiguredRetries() {
		// given a service that deadlocks every time
		var service = proxied(new Flaky(5, deadlock()), 1);

		// then the second deadlock reaches the caller
		assertThatThrownBy(service::act).isInstanceOf(CannotAcquireLockException.class);
		assertThat(service.calls()).isEqualTo(2);
	}

	@Test
	void passesOtherFailuresThroughWithoutRetrying() {
		// given a service that breaks a business rule
		var service = proxied(new Flaky(1, new IllegalArgumentException("rule")), 3);

		// then it is called once
		assertThatThrownBy(service::act).isInstanceOf(IllegalArgumentException.class);
		assertThat(service.calls()).isEqualTo(1);
	}

	@Test
	void leavesTheRetryToTheOutermostTransaction() {
		// given a call made inside a running transaction
		var service = proxied(new Flaky(1, deadlock()), 1);
		TransactionSynchronizationManager.setActualTransactionActive(true);

		// then the deadlock goes up to the transaction's owner, which can start it afresh
		try {
			assertThatThrownBy(service::act).isInstanceOf(CannotAcquireLockException.class);
			assertThat(service.calls()).isEqualTo(1);
		}
		finally {
			TransactionSynchronizationManager.setActualTransactionActive(false);
		}
	}

	@Test
	void appliesOnlyToTransactionalMethodsOfThisApplication() throws Exception {
		var pointcut = DeadlockRetry.transactionalMethodsOfThisApplication();

		assertThat(pointcut.getClassFilter().matches(Flaky.class)).isTrue();
		assertThat(pointcut.getMethodMatcher().matches(Flaky.class.getMethod("act"), Flaky.class)).isTrue();
		assertThat(pointcut.getMethodMatcher().matches(Flaky.class.getMethod("calls"), Flaky.class)).isFalse();
		assertThat(pointcut.getClassFilter().matches(String.class)).isFalse();
	}

	private static RuntimeException deadlock() {
		return new CannotAcquireLockException("deadlock", new SQLException("Deadlock found", "40001", 1213));
	}

	private static Flaky proxied(Flaky target, int retries) {
		var factory = new ProxyFactory(target);
		factory.setProxyTargetClass(true);
		factory.addAdvice(new DeadlockRetry.Interceptor(retries));
		return (Flaky) factory.getProxy();
	}

	/** Fails its first {@code failures} calls with {@code failure}. */
	public static class Flaky {

		private final AtomicInteger calls = new AtomicInteger();

		private final int failures;

		private final RuntimeException failure;

		public Flaky(int failures, RuntimeException failure) {
			this.failures = failures;
			this.failure = failure;
		}

		@Transactional
		public String act() {
			if (this.calls.incrementAndGet() <= this.failures) {
				throw this.failure;
			}
			return "done";
		}

		public int calls() {
			return this.calls.get();
		}
	}
}
