package ogi.casework.shared;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.TestPropertySource;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.JobExecutorOn;
import ogi.casework.support.Jobs;
import ogi.casework.support.MutableClock;

/**
 * How transactions use their connections, watched through the connection pool as production runs (the job executor
 * on, work after a commit and letter rendering on their own pools):
 * <ul>
 * <li>while the job executor fires a reply timer that is already past due, the escalation's risk refresh happens and
 * no background thread ever holds two connections at once. With the refresh run on the job's own thread (before
 * issue #13's fix) the job thread held its connection while asking for a second, and eight such threads exhausted a
 * pool of ten;</li>
 * <li>an agency's audit chain head, locked from the chaining of a transaction's entries until its commit, is held for
 * the audit rows alone: every state change of the agency waits for it (P3's profile: two thirds of the job threads'
 * database time), so the read models refresh before it is taken;</li>
 * <li>logging an application stays within its budget of statements on the clerk's request thread;</li>
 * <li>a register search whose first page holds every match is not counted as well.</li>
 * </ul>
 */
@CaseworkIntegrationTest
@JobExecutorOn
@TestPropertySource(properties = { "ogi.after-commit.mode=ASYNC", "ogi.documents.letters.after-commit=ASYNC" })
@Import(TransactionShapeIntegrationTests.CountingConnections.class)
class TransactionShapeIntegrationTests {

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	/** Statements and commits of one intake on the request thread, in the steady state. */
	static final int INTAKE_STATEMENT_BUDGET = 38;

	@Autowired
	Cases cases;

	@Autowired
	CaseProcess process;

	@Autowired
	Jobs jobs;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ogi.casework.casework.CaseRegister register;

	@Test
	void theAuditChainHeadIsHeldForTheAuditRowsAlone() {
		clock.setTo(LocalDate.of(2026, 12, 2));
		ConnectionsPerThread.STATEMENTS.clear();
		ConnectionsPerThread.recording = true;
		try {
			String caseNumber = cases.open(ApplicationFixtures.anApplication(LocalDate.of(2026, 11, 30)), CLERK)
				.caseNumber();
			cases.register(caseNumber, new ogi.casework.casework.Forms.Registration(
					ogi.casework.casework.Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		}
		finally {
			ConnectionsPerThread.recording = false;
		}

		List<String> statements = ConnectionsPerThread.STATEMENTS.get(Thread.currentThread().getName());
		int held = 0;
		for (int i = 0; i < statements.size(); i++) {
			if (statements.get(i).contains("from audit_chain_head") && statements.get(i).contains("for update")) {
				held++;
				for (int j = i + 1; j < statements.size() && !statements.get(j).equals("commit"); j++) {
					assertThat(statements.get(j)).as("statement %d while the chain head is held", j)
						.containsAnyOf("audit_entry", "audit_chain_head");
				}
			}
		}
		assertThat(held).as("transactions that chained audit entries").isGreaterThanOrEqualTo(2);
	}

	/**
	 * What logging one application costs the database on the clerk's request thread (issue #13, P1): every statement
	 * is a round trip the clerk waits for and load on the one database all nodes share. The bound is a budget, set when
	 * the repeated reads and writes were removed; work after the commit (letters, risk) runs on other threads and is
	 * not counted. A change that adds statements to the intake has to raise the budget on purpose; the statements are
	 * printed so that the next reduction can start from them.
	 */
	@Test
	void loggingAnApplicationStaysWithinItsStatementBudget() {
		LocalDate monday = LocalDate.of(2026, 11, 23);
		clock.setTo(monday);
		// Steady state: the caches filled, and the agency's audit chains (one per stripe) begun — a first entry of a
		// stripe creates its chain head, once in the agency's lifetime.
		int sequence = 0;
		do {
			cases.open(anApplicationOf(monday, ++sequence), CLERK);
		}
		while (sequence < 64 && auditChainsBegun() < 16);
		assertThat(auditChainsBegun()).as("the agency's audit chains begun").isEqualTo(16);

		ConnectionsPerThread.STATEMENTS.clear();
		ConnectionsPerThread.recording = true;
		try {
			cases.open(anApplicationOf(monday, ++sequence), CLERK);
		}
		finally {
			ConnectionsPerThread.recording = false;
		}

		List<String> statements = ConnectionsPerThread.STATEMENTS.get(Thread.currentThread().getName());
		String listed = java.util.stream.IntStream.range(0, statements.size())
			.mapToObj(i -> (i + 1) + ". " + statements.get(i))
			.collect(java.util.stream.Collectors.joining("\n"));
		System.out.println("Statements of logging one application:\n" + listed);
		assertThat(statements).as(listed).hasSizeLessThanOrEqualTo(INTAKE_STATEMENT_BUDGET);
		assertThat(statements.stream().filter("commit"::equals)).as("the case number's own transaction, the intake's")
			.hasSize(2);
	}

	/**
	 * A register search that is not by words (issue #11, benchmark P2) reads its page first; when the first page holds
	 * every match, their number is the page's, and the count of up to 10 001 rows is not run. A page that does not hold
	 * them all still counts.
	 */
	@Test
	void aRegisterSearchWhoseFirstPageHoldsEveryMatchIsNotCounted() {
		LocalDate received = LocalDate.of(2026, 11, 24);
		clock.setTo(received);
		String idNumber = ApplicationFixtures.residentId(LocalDate.of(1961, 7, 14), 417);
		for (int i = 1; i <= 3; i++) {
			cases.open(ApplicationFixtures.anApplicationFor(idNumber, "区统计〔2025〕" + i + "号", received), CLERK);
		}
		var byId = new ogi.casework.casework.RegisterQuery(null, null, idNumber, null, null, null, null, null, null,
				null, false);

		var whole = recorded(() -> register.search(byId, 0, 20, CLERK));
		assertThat(whole.result().total()).as("the three cases of the identity number").isEqualTo(3);
		assertThat(whole.result().rows()).hasSize(3);
		assertThat(whole.statements()).as("statements of a first page holding every match")
			.noneMatch(statement -> statement.contains("count("));

		var partial = recorded(() -> register.search(byId, 0, 2, CLERK));
		assertThat(partial.result().total()).as("counted: the page shows two of three").isEqualTo(3);
		assertThat(partial.result().more()).isFalse();
		assertThat(partial.statements()).anyMatch(statement -> statement.contains("count("));
	}

	record Recorded<T>(T result, List<String> statements) {
	}

	private static <T> Recorded<T> recorded(java.util.function.Supplier<T> action) {
		ConnectionsPerThread.STATEMENTS.clear();
		ConnectionsPerThread.recording = true;
		try {
			T result = action.get();
			return new Recorded<>(result, List.copyOf(ConnectionsPerThread.STATEMENTS
				.getOrDefault(Thread.currentThread().getName(), List.of())));
		}
		finally {
			ConnectionsPerThread.recording = false;
		}
	}

	private int auditChainsBegun() {
		return jdbc.queryForObject("select count(*) from audit_chain_head where agency_code = ?", Integer.class,
				ALPHA);
	}

	private static ogi.casework.intake.NewApplication anApplicationOf(LocalDate submittedOn, int sequence) {
		return ApplicationFixtures.anApplicationFor(ApplicationFixtures.residentId(LocalDate.of(1975, 3, 9), sequence),
				"区政发〔2025〕" + sequence + "号", submittedOn);
	}

	@Test
	void anEscalationFiredByTheJobExecutorRefreshesRiskOnThePoolWithOneConnectionPerThread() {
		clock.setTo(LocalDate.of(2026, 12, 2));
		ConnectionsPerThread.MOST.clear();
		ConnectionsPerThread.WHERE_TWO.clear();
		Thread test = Thread.currentThread();

		// Art. 33(2): received Mon 2026-09-28, due Fri 10-30 (20 working days, 国庆 10-01…10-07 off, Sat 10-10
		// worked); keyed in on 12-02, so the reply timer is past due when the case is opened.
		String caseNumber = cases.open(ApplicationFixtures.anApplication(LocalDate.of(2026, 9, 28)), CLERK).caseNumber();
		jobs.awaitIdle();

		assertThat(process.actions(ALPHA, caseNumber)).contains("REPLY_OVERDUE");
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForList(
				"select code from risk_reason where agency_code = ? and case_number = ?", String.class, ALPHA,
				caseNumber)).as("the stored risk of the case, refreshed after the escalation").contains("OVERDUE"));

		var background = new java.util.HashMap<>(ConnectionsPerThread.MOST);
		background.keySet().removeIf(name -> name.equals(test.getName()));
		assertThat(background).as("most connections a background thread held at once; where: %s",
				ConnectionsPerThread.WHERE_TWO).allSatisfy(
				(thread, most) -> assertThat(most).as(thread).isEqualTo(1));
		assertThat(background.keySet()).as("threads that used a connection")
			.anyMatch(name -> name.startsWith("after-commit-"));
	}

	/**
	 * Counts, per thread, the connections it holds, and keeps the most it held at once; while {@link #recording}, also
	 * the statements each thread prepares and its commits, in order.
	 */
	static final class ConnectionsPerThread extends DelegatingDataSource {

		static final Map<String, Integer> MOST = new ConcurrentHashMap<>();

		static final Map<String, List<String>> STATEMENTS = new ConcurrentHashMap<>();

		static volatile boolean recording;

		/** Where each connection a thread holds was taken, while it holds it: how many it holds, and where from. */
		private static final ThreadLocal<java.util.Deque<Throwable>> TAKEN = ThreadLocal
			.withInitial(java.util.concurrent.ConcurrentLinkedDeque::new);

		/** For each thread that held two connections at once, where it took them (the first time it did). */
		static final Map<String, String> WHERE_TWO = new ConcurrentHashMap<>();

		ConnectionsPerThread(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			Throwable here = new Throwable("connection taken");
			// A sweep's case in a transaction of its own (CaseProcess.inOwnTransaction: the nightly reconciliation, one
			// job at a time in the whole cluster, so it cannot starve the pool) holds a second connection on purpose.
			java.util.Deque<Throwable> taken = java.util.Arrays.stream(here.getStackTrace())
				.anyMatch(frame -> frame.getMethodName().equals("inOwnTransaction")) ? new java.util.ArrayDeque<>()
						: TAKEN.get();
			taken.add(here);
			MOST.merge(Thread.currentThread().getName(), taken.size(), Math::max);
			if (taken.size() > 1) {
				WHERE_TWO.putIfAbsent(Thread.currentThread().getName(), taken.stream().map(ConnectionsPerThread::ours)
					.collect(java.util.stream.Collectors.joining("\n  --- and while holding it:\n")));
			}
			boolean[] closed = new boolean[1];
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
						if (method.getName().equals("close") && !closed[0]) {
							closed[0] = true;
							taken.remove(here);
						}
						if (recording && (method.getName().startsWith("prepare") || method.getName().equals("commit"))) {
							STATEMENTS.computeIfAbsent(Thread.currentThread().getName(),
									name -> java.util.Collections.synchronizedList(new java.util.ArrayList<>()))
								.add(method.getName().equals("commit") ? "commit"
										: String.valueOf(arguments[0]).replaceAll("\\s+", " ").toLowerCase());
						}
						try {
							return method.invoke(connection, arguments);
						}
						catch (java.lang.reflect.InvocationTargetException e) {
							throw e.getCause();
						}
					});
		}

		/** The frames of a stack that say who took the connection: ours, Flowable's commands, Spring's transactions. */
		private static String ours(Throwable taken) {
			return java.util.Arrays.stream(taken.getStackTrace())
				.filter(frame -> frame.getClassName().startsWith("ogi.") || frame.getClassName().endsWith("Cmd")
						|| frame.getClassName().startsWith("org.springframework.transaction")
						|| frame.getClassName().startsWith("org.flowable.job"))
				.filter(frame -> !frame.getClassName().contains("$$") && !frame.getClassName().contains("ConnectionsPerThread"))
				.limit(25).map(frame -> "  at " + frame).collect(java.util.stream.Collectors.joining("\n"));
		}
	}

	@TestConfiguration
	static class CountingConnections {

		@Bean
		static BeanPostProcessor countConnectionsPerThread() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource && name.equals("dataSource")
							? new ConnectionsPerThread(dataSource) : bean;
				}
			};
		}
	}
}
