package ogi.casework.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ReadsOnly} on a real transaction manager and database (H2 in memory), watching what reaches the JDBC
 * connection: a read on its own costs no transaction calls, and a read inside a transaction takes part in it.
 */
class ReadsOnlyTests {

	/** The JDBC calls that manage a transaction, in the order they reached a connection. */
	static final List<String> transactionCalls = new CopyOnWriteArrayList<>();

	static final List<String> connectionsOpened = new CopyOnWriteArrayList<>();

	AnnotationConfigApplicationContext context;

	@BeforeEach
	void start() {
		transactionCalls.clear();
		connectionsOpened.clear();
		context = new AnnotationConfigApplicationContext(Setup.class);
	}

	@AfterEach
	void stop() {
		context.close();
	}

	@Test
	void aReadOnItsOwnTakesOneConnectionAndNoTransactionCalls() {
		var reader = context.getBean(Reader.class);

		var seen = reader.twoStatements();

		// both statements on one connection, each committed by the database as it ran: no autocommit off, no read
		// only, no commit (on MySQL each of those is a round trip)
		assertThat(seen.transactionActive()).isFalse();
		assertThat(seen.readOnly()).isTrue();
		assertThat(seen.connections()).hasSize(2).containsOnly(seen.connections().get(0));
		assertThat(connectionsOpened).hasSize(1);
		assertThat(transactionCalls).isEmpty();
	}

	@Test
	void aReadOnAWholeClassIsTheSame() {
		var reader = context.getBean(ClassReader.class);

		assertThat(reader.transactionActive()).isFalse();
		assertThat(transactionCalls).isEmpty();
	}

	@Test
	void aReadInsideATransactionJoinsIt() {
		var reader = context.getBean(Reader.class);
		var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

		var seen = transactions.execute(status -> {
			var outer = session(context.getBean(JdbcTemplate.class));
			var inner = reader.twoStatements();
			assertThat(inner.connections()).containsOnly(outer);
			return inner;
		});

		// the caller's transaction, its connection, one commit at its end
		assertThat(seen.transactionActive()).isTrue();
		assertThat(connectionsOpened).hasSize(1);
		assertThat(transactionCalls).containsExactly("setAutoCommit(false)", "commit", "setAutoCommit(true)");
	}

	record Seen(boolean transactionActive, boolean readOnly, List<Integer> connections) {
	}

	static class Reader {

		private final JdbcTemplate jdbc;

		Reader(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@ReadsOnly
		Seen twoStatements() {
			List<Integer> connections = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				connections.add(session(jdbc));
			}
			return new Seen(TransactionSynchronizationManager.isActualTransactionActive(),
					TransactionSynchronizationManager.isCurrentTransactionReadOnly(), connections);
		}
	}

	@ReadsOnly
	static class ClassReader {

		private final JdbcTemplate jdbc;

		ClassReader(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		boolean transactionActive() {
			jdbc.queryForObject("select 1", Integer.class);
			return TransactionSynchronizationManager.isActualTransactionActive();
		}
	}

	@Configuration
	@EnableTransactionManagement
	static class Setup {

		@Bean
		DataSource dataSource() {
			var h2 = new JdbcDataSource();
			h2.setURL("jdbc:h2:mem:reads-only;DB_CLOSE_DELAY=-1");
			return new DelegatingDataSource(h2) {
				@Override
				public Connection getConnection() throws SQLException {
					connectionsOpened.add("connection");
					return watched(super.getConnection());
				}
			};
		}

		@Bean
		PlatformTransactionManager transactionManager(DataSource dataSource) {
			return new JdbcTransactionManager(dataSource);
		}

		@Bean
		JdbcTemplate jdbcTemplate(DataSource dataSource) {
			return new JdbcTemplate(dataSource);
		}

		@Bean
		Reader reader(JdbcTemplate jdbc) {
			return new Reader(jdbc);
		}

		@Bean
		ClassReader classReader(JdbcTemplate jdbc) {
			return new ClassReader(jdbc);
		}
	}

	/** A connection that records the transaction calls made on it. */
	static Connection watched(Connection connection) {
		InvocationHandler handler = (proxy, method, args) -> {
			switch (method.getName()) {
				case "setAutoCommit", "setReadOnly" -> transactionCalls.add(method.getName() + "(" + args[0] + ")");
				case "commit", "rollback" -> transactionCalls.add(method.getName());
				default -> {
				}
			}
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
		};
		return (Connection) Proxy.newProxyInstance(ReadsOnlyTests.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	/** The database session a statement ran in: which connection it used. */
	static Integer session(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select session_id()", Integer.class);
	}
}
