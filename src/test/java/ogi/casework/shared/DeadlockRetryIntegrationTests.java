package ogi.casework.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.support.CaseworkIntegrationTest;

/** A real InnoDB deadlock between two requests: the victim's transaction runs again and both succeed. */
@CaseworkIntegrationTest
@Import(DeadlockRetryIntegrationTests.CountersConfiguration.class)
class DeadlockRetryIntegrationTests {

	@Autowired
	Counters counters;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void freshRows() {
		this.jdbc.execute("create table if not exists test_deadlock_counter (id int primary key, val int not null)");
		this.jdbc.update("delete from test_deadlock_counter");
		this.jdbc.update("insert into test_deadlock_counter (id, val) values (1, 0), (2, 0)");
		this.counters.attempts().set(0);
	}

	@Test
	void runsTheDeadlockVictimsTransactionAgain() throws Exception {
		// given two transactions that lock the same two rows in opposite order, meeting after their first lock
		var bothHoldOneRow = new CyclicBarrier(2);
		ExecutorService callers = Executors.newFixedThreadPool(2);

		// when they run at once
		try {
			var oneThenTwo = CompletableFuture.runAsync(
					() -> this.counters.incrementBoth(1, 2, bothHoldOneRow, new AtomicBoolean()), callers);
			var twoThenOne = CompletableFuture.runAsync(
					() -> this.counters.incrementBoth(2, 1, bothHoldOneRow, new AtomicBoolean()), callers);
			CompletableFuture.allOf(oneThenTwo, twoThenOne).get(60, TimeUnit.SECONDS);
		}
		finally {
			callers.shutdownNow();
		}

		// then the database rolled one back to break the deadlock, and it ran again: each row counted once per caller
		assertThat(this.counters.attempts()).hasValue(3);
		assertThat(this.jdbc.queryForList("select val from test_deadlock_counter order by id", Integer.class))
			.containsExactly(2, 2);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountersConfiguration {

		@Bean
		Counters counters(JdbcTemplate jdbc) {
			return new Counters(jdbc);
		}
	}

	/** A transactional service of this application, as the advice sees every one. */
	public static class Counters {

		final AtomicInteger attempts = new AtomicInteger();

		private final JdbcTemplate jdbc;

		Counters(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		/** Through a method: the bean is a class-based proxy whose own fields are empty. */
		public AtomicInteger attempts() {
			return this.attempts;
		}

		/** Adds one to both rows; on its first attempt it waits at {@code meet} while holding the first row. */
		@Transactional
		public void incrementBoth(int first, int second, CyclicBarrier meet, AtomicBoolean met) {
			this.attempts.incrementAndGet();
			this.jdbc.update("update test_deadlock_counter set val = val + 1 where id = ?", first);
			if (met.compareAndSet(false, true)) {
				try {
					meet.await(30, TimeUnit.SECONDS);
				}
				catch (Exception e) {
					throw new IllegalStateException("the other transaction never took its first lock", e);
				}
			}
			this.jdbc.update("update test_deadlock_counter set val = val + 1 where id = ?", second);
		}
	}
}
