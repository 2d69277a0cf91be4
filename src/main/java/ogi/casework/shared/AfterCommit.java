package ogi.casework.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work a module does in a transaction of its own once another module's change has committed — refreshing a read
 * model, e-mailing the applicant — handed to a thread of its own. Spring runs after-commit listeners before the
 * committing thread gives its connection back, so work run there needs a second connection while holding the first:
 * with every job-executor thread firing a timer at once each held one and waited for another until the pool's 30 s
 * timeout (issue #13: the multi-node test and P3). Here every thread holds at most one connection at a time.
 * Work still queued when a node stops is lost; only work that something else repairs may come here (the daily risk
 * reconciliation; an applicant's e-mail is a courtesy, the letter is on the portal).
 */
@Component
public class AfterCommit implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

	private final Settings settings;

	private final TransactionTemplate newTransaction;

	/** Our own pool, not a bean: an Executor bean would replace Boot's application task executor. */
	private final ThreadPoolTaskExecutor pool;

	AfterCommit(Settings settings, PlatformTransactionManager transactions) {
		this.settings = settings;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		if (settings.mode() == Mode.ASYNC) {
			this.pool = new ThreadPoolTaskExecutor();
			pool.setCorePoolSize(Math.max(1, settings.threads()));
			pool.setMaxPoolSize(Math.max(1, settings.threads()));
			pool.setThreadNamePrefix("after-commit-");
			pool.setWaitForTasksToCompleteOnShutdown(true);
			pool.setAwaitTerminationSeconds(10);
			pool.initialize();
		}
		else {
			this.pool = null;
		}
	}

	/**
	 * Runs {@code work} in a new transaction of its own, on this node's after-commit threads (or in place, where
	 * {@code ogi.after-commit.mode} is {@code SAME_THREAD}); a failure is logged with {@code what} and goes no further.
	 */
	public void inNewTransaction(String what, Runnable work) {
		Runnable task = () -> {
			try {
				newTransaction.executeWithoutResult(status -> work.run());
			}
			catch (RuntimeException e) {
				log.warn("{} failed after the commit: {}", what, e.toString());
			}
		};
		if (pool == null) {
			task.run();
		}
		else {
			pool.execute(task);
		}
	}

	@Override
	public void destroy() {
		if (pool != null) {
			pool.shutdown();
		}
	}

	/** Where after-commit work runs. */
	public enum Mode {
		/** On a small pool of this node's threads; the committing thread returns at once. */
		ASYNC,
		/** On the committing thread, before it returns (tests: the effect exists when the action returns). */
		SAME_THREAD
	}

	/**
	 * @param mode where after-commit work runs
	 * @param threads the {@code ASYNC} pool's size
	 */
	@ConfigurationProperties("ogi.after-commit")
	public record Settings(@DefaultValue("ASYNC") Mode mode, @DefaultValue("2") int threads) {
	}
}
