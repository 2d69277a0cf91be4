package ogi.casework.shared;

import java.sql.SQLException;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a transaction again when the database chose it as a deadlock victim (SQLSTATE 40001, MySQL/MariaDB error
 * 1213): InnoDB has already rolled the whole transaction back, so the only sound recovery is to start it afresh.
 * <p>
 * The advice wraps every {@code @Transactional} method of this application <em>outside</em> the transaction
 * interceptor, and only where the call opens the transaction — a method that joins a running transaction cannot
 * retry on its own, the outermost one does. {@code ogi.deadlock-retries} (default 1, as {@code shared/stack.md}
 * advises for synchronous requests) bounds the attempts; any other failure passes through untouched.
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
public class DeadlockRetry {

	private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);

	/** The deadlock SQLSTATE of the SQL standard, which MySQL, MariaDB and H2 report. */
	static final String DEADLOCK_SQL_STATE = "40001";

	/** MySQL and MariaDB: ER_LOCK_DEADLOCK. */
	static final int MYSQL_DEADLOCK = 1213;

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static DefaultPointcutAdvisor deadlockRetryAdvisor(@Value("${ogi.deadlock-retries:1}") int retries) {
		var advisor = new DefaultPointcutAdvisor(transactionalMethodsOfThisApplication(), new Interceptor(retries));
		// before the transaction advisor (lowest precedence), so each attempt gets a transaction of its own
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

	static Pointcut transactionalMethodsOfThisApplication() {
		ClassFilter ours = type -> type.getName().startsWith("ogi.casework.");
		return new ComposablePointcut(AnnotationMatchingPointcut.forClassAnnotation(Transactional.class))
			.union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class))
			.intersection(ours);
	}

	/** Whether {@code failure}, or any of its causes, is the database's report of a deadlock. */
	static boolean isDeadlock(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql
					&& (DEADLOCK_SQL_STATE.equals(sql.getSQLState()) || sql.getErrorCode() == MYSQL_DEADLOCK)) {
				return true;
			}
		}
		return false;
	}

	/** Retries the outermost transactional call on a deadlock, at most {@code retries} times. */
	static final class Interceptor implements MethodInterceptor {

		private final int retries;

		Interceptor(int retries) {
			this.retries = retries;
		}

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			if (TransactionSynchronizationManager.isActualTransactionActive()
					|| !(invocation instanceof ProxyMethodInvocation proxied)) {
				return invocation.proceed();
			}
			for (int attempt = 0;; attempt++) {
				try {
					return proxied.invocableClone().proceed();
				}
				catch (Throwable failure) {
					if (attempt >= this.retries || !isDeadlock(failure)) {
						throw failure;
					}
					log.warn("Deadlock in {}; running the transaction again (attempt {} of {})",
							invocation.getMethod().toGenericString(), attempt + 2, this.retries + 1);
				}
			}
		}
	}
}
