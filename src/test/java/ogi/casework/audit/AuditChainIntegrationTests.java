package ogi.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ogi.casework.audit.AuditVerification.Problem;
import ogi.casework.shared.CaseEvent;
import ogi.casework.support.Agencies;
import ogi.casework.support.CaseworkIntegrationTest;

/**
 * The audit trail is a set of hash chains per agency (one per stripe, a case's entries all in one) that notices a row
 * changed or removed behind the application's back, and that stays one chain per stripe when several threads append at
 * once. Each test writes to an agency of its own, and puts back
 * what it tampered with, so the shared test database keeps intact chains.
 */
@CaseworkIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AuditChainIntegrationTests {

	@Autowired
	AuditManagement audit;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	MockMvc mvc;

	@Autowired
	ogi.casework.casework.DeadlineReconciliation reconciliation;

	@Test
	void detectsAnEntryChangedBehindTheApplicationAtThatEntry() throws Exception {
		String agency = anAgency();
		List<Long> ids = appendFive(agency);
		long tampered = ids.get(2);
		Map<String, Object> original = jdbc.queryForMap("select actor, detail from audit_entry where id = ?", tampered);

		assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'mallory' where id = ?", tampered))
			.as("the database itself refuses UPDATE on the audit table").isInstanceOf(DataAccessException.class);
		withoutTriggers(() -> jdbc.update("update audit_entry set detail = 'nothing happened' where id = ?", tampered));
		try {
			var chain = audit.verify(agency).chains().get(0);

			assertThat(chain.intact()).isFalse();
			assertThat(chain.firstBreak().entryId()).isEqualTo(tampered);
			assertThat(chain.firstBreak().seq()).isEqualTo(3);
			assertThat(chain.firstBreak().problem()).isEqualTo(Problem.CHANGED);
		}
		finally {
			withoutTriggers(() -> jdbc.update("update audit_entry set detail = ? where id = ?", original.get("detail"),
					tampered));
		}
		assertThat(audit.verify(agency).intact()).isTrue();
	}

	@Test
	void theNightlyReconciliationFindsTheBrokenLinkAndTellsTheAgencysAdministratorsAndHead(CapturedOutput output)
			throws Exception {
		String agency = anAgency();
		List<Long> ids = appendFive(agency);
		long tampered = ids.get(3);
		String detail = jdbc.queryForObject("select detail from audit_entry where id = ?", String.class, tampered);

		withoutTriggers(() -> jdbc.update("update audit_entry set detail = 'approved by the head' where id = ?",
				tampered));
		try {
			reconciliation.reconcile();
		}
		finally {
			withoutTriggers(() -> jdbc.update("update audit_entry set detail = ? where id = ?", detail, tampered));
		}

		assertThat(output.getAll()).contains("AUDIT TRAIL BROKEN: agency " + agency + " chain breaks at entry id "
				+ tampered + " (position 4 of stripe " + AuditChain.stripe(agency + "-2026-000001") + ")");
		assertThat(jdbc.queryForList("select recipient from casework_notification where agency_code = ? and kind = ?",
				String.class, agency, "AUDIT_CHAIN_BROKEN")).containsExactlyInAnyOrder("role:ADMIN", "role:HEAD");
		assertThat(jdbc.queryForObject("select message from casework_notification where agency_code = ? and "
				+ "recipient = 'role:HEAD'", String.class, agency)).contains("entry " + tampered, "position 4",
						"CHANGED");
		assertThat(audit.verify(agency).intact()).isTrue();
	}

	@Test
	void detectsAnEntryRemovedBehindTheApplicationAtTheEntryAfterIt() throws Exception {
		String agency = anAgency();
		List<Long> ids = appendFive(agency);
		long removed = ids.get(1);
		Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where id = ?", removed);

		assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", removed))
			.as("the database itself refuses DELETE on the audit table").isInstanceOf(DataAccessException.class);
		withoutTriggers(() -> jdbc.update("delete from audit_entry where id = ?", removed));
		try {
			var chain = audit.verify(agency).chains().get(0);

			assertThat(chain.firstBreak().entryId()).isEqualTo(ids.get(2));
			assertThat(chain.firstBreak().problem()).isEqualTo(Problem.MISSING);
			assertThat(chain.firstBreak().expected()).startsWith("position 2 ");
			assertThat(chain.firstBreak().found()).startsWith("position 3");
		}
		finally {
			reinsert(row);
		}
		assertThat(audit.verify(agency).intact()).isTrue();
	}

	@Test
	void detectsTheLastEntriesRemoved() throws Exception {
		String agency = anAgency();
		List<Long> ids = appendFive(agency);
		Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where id = ?", ids.get(4));

		withoutTriggers(() -> jdbc.update("delete from audit_entry where id = ?", ids.get(4)));
		try {
			var chain = audit.verify(agency).chains().get(0);

			assertThat(chain.firstBreak().problem()).isEqualTo(Problem.TRUNCATED);
			assertThat(chain.firstBreak().seq()).isEqualTo(5);
		}
		finally {
			reinsert(row);
		}
	}

	@Test
	void detectsTheChainHeadRemoved() throws Exception {
		String agency = anAgency();
		List<Long> ids = appendFive(agency);
		Map<String, Object> head = jdbc.queryForMap("select * from audit_chain_head where agency_code = ?", agency);

		jdbc.update("delete from audit_chain_head where agency_code = ?", agency);
		try {
			var chain = audit.verify(agency).chains().get(0);

			assertThat(chain.firstBreak().problem()).isEqualTo(Problem.HEAD_MISSING);
			assertThat(chain.firstBreak().entryId()).isEqualTo(ids.get(0));
		}
		finally {
			jdbc.update("insert into audit_chain_head (agency_code, stripe, last_seq, last_hash, last_entry_id)"
					+ " values (?, ?, ?, ?, ?)", head.get("agency_code"), head.get("stripe"), head.get("last_seq"),
					head.get("last_hash"), head.get("last_entry_id"));
		}
		assertThat(audit.verify(agency).intact()).isTrue();
	}

	@Test
	void keepsOneChainWhenSeveralThreadsAppendAtOnce() throws Exception {
		String agency = anAgency();
		int threads = 6;
		int each = 15;
		inThreadsAtOnce(threads, thread -> {
			for (int i = 0; i < each; i++) {
				int n = i;
				new TransactionTemplate(transactions).executeWithoutResult(status -> {
					publish(agency, "T" + thread + "-" + n);
					publish(agency, "T" + thread + "-" + n + "b");
				});
			}
		});

		var chain = audit.verify(agency).chains().get(0);
		assertThat(chain.intact()).isTrue();
		assertThat(chain.entries()).isEqualTo(threads * each * 2L);
		assertThat(chain.headSeq()).isEqualTo(threads * each * 2L);
		assertThat(jdbc.queryForList("select chain_seq from audit_entry where agency_code = ? order by chain_seq",
				Long.class, agency)).hasSize(threads * each * 2)
			.isEqualTo(java.util.stream.LongStream.rangeClosed(1, threads * each * 2).boxed().toList());
	}

	/**
	 * Cases of different stripes are chained at once, each stripe one unbroken chain; a case's entries stay together
	 * in its stripe, in the order they were written. Case numbers 000001–000040 fall into most of the 16 stripes, so
	 * the threads really append to several chains at once.
	 */
	@Test
	void keepsOneChainPerStripeWhenThreadsAppendForManyCasesAtOnce() throws Exception {
		String agency = anAgency();
		int threads = 6;
		int cases = 40;
		inThreadsAtOnce(threads, thread -> {
			for (int c = 1; c <= cases; c++) {
				String caseNumber = agency + "-2026-%06d".formatted(c);
				int n = c;
				new TransactionTemplate(transactions).executeWithoutResult(status -> {
					publish(agency, caseNumber, "T" + thread + "-" + n);
					publish(agency, caseNumber, "T" + thread + "-" + n + "b");
				});
			}
		});

		var verification = audit.verify(agency);
		assertThat(verification.intact()).isTrue();
		assertThat(verification.chains()).hasSizeGreaterThan(8);
		assertThat(verification.chains().stream().mapToLong(AuditVerification.Chain::entries).sum())
			.isEqualTo(threads * cases * 2L);
		for (var chain : verification.chains()) {
			List<Long> positions = jdbc.queryForList("select chain_seq from audit_entry where agency_code = ? and"
					+ " chain_stripe = ? order by chain_seq", Long.class, agency, chain.stripe());
			assertThat(positions).as("stripe %d", chain.stripe())
				.isEqualTo(java.util.stream.LongStream.rangeClosed(1, positions.size()).boxed().toList());
			assertThat(chain.headSeq()).isEqualTo(positions.size());
		}
		assertThat(jdbc.queryForObject("select count(distinct chain_stripe) from audit_entry where agency_code = ? and"
				+ " case_number = ?", Integer.class, agency, agency + "-2026-000007")).isEqualTo(1);
		List<String> details = jdbc.queryForList("select detail from audit_entry where agency_code = ? and"
				+ " case_number = ? order by chain_seq", String.class, agency, agency + "-2026-000007");
		assertThat(details).as("a case's entries in its stripe's order: each transaction's two entries together")
			.hasSize(threads * 2)
			.allSatisfy(detail -> assertThat(detail).matches("T\\d-7b?"));
		for (int i = 0; i < details.size(); i += 2) {
			assertThat(details.get(i + 1)).isEqualTo(details.get(i) + "b");
		}
	}

	@FunctionalInterface
	interface ThreadWork {
		void run(int thread) throws Exception;
	}

	/** Runs {@code work} in {@code threads} threads released at the same moment, and waits for all of them. */
	private static void inThreadsAtOnce(int threads, ThreadWork work) throws Exception {
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(threads);
		List<Future<Void>> done = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			done.add(pool.submit((Callable<Void>) () -> {
				start.await();
				work.run(thread);
				return null;
			}));
		}
		start.countDown();
		try {
			for (var future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void theAdministrationTrailIsAppendOnlyToo() {
		String agency = anAgency();
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
				new ogi.casework.shared.AdministrationEvent(ogi.casework.shared.AdministrationEvent.Action.ROLES_CHANGED,
						"alpha-admin", "ALPHA", agency, "alpha-handler", "roles HANDLER → HANDLER, HEAD",
						Instant.parse("2026-11-20T01:02:03Z"))));
		long id = jdbc.queryForObject("select id from audit_administration where agency_code = ?", Long.class, agency);

		assertThatThrownBy(() -> jdbc.update("update audit_administration set detail = 'nothing' where id = ?", id))
			.as("the database refuses UPDATE on the administration trail").isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_administration where id = ?", id))
			.as("and DELETE").isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThat(jdbc.queryForObject("select detail from audit_administration where id = ?", String.class, id))
			.isEqualTo("roles HANDLER → HANDLER, HEAD");
	}

	@Test
	void verificationIsForTheHeadLegalStaffAndAdministrators() throws Exception {
		mvc.perform(get("/api/audit/verification").with(httpBasic("alpha-head", Agencies.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.chains[0].agencyCode").value("ALPHA"))
			.andExpect(jsonPath("$.appendOnlyGuard").value(true));
		mvc.perform(get("/api/audit/verification").with(httpBasic("alpha-clerk", Agencies.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	/**
	 * A transaction of its own started inside another (REQUIRES_NEW, as the nightly sweep reconciles each case) chains
	 * and commits its entries with itself: when the outer one rolls back, they stay, and the outer one's go with it.
	 */
	@Test
	void entriesOfATransactionOfItsOwnCommitWithItNotWithTheOneItRanIn() {
		String agency = anAgency();
		var requiresNew = new TransactionTemplate(transactions);
		requiresNew.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		new TransactionTemplate(transactions).executeWithoutResult(outer -> {
			publish(agency, "outer, rolled back");
			requiresNew.executeWithoutResult(inner -> publish(agency, "inner, committed"));
			outer.setRollbackOnly();
		});

		assertThat(jdbc.queryForList("select detail from audit_entry where agency_code = ?", String.class, agency))
			.containsExactly("inner, committed");
		assertThat(audit.verify(agency).intact()).isTrue();
	}

	private List<Long> appendFive(String agency) {
		for (int i = 1; i <= 5; i++) {
			int n = i;
			new TransactionTemplate(transactions).executeWithoutResult(status -> publish(agency, "step " + n));
		}
		assertThat(audit.verify(agency).intact()).isTrue();
		return jdbc.queryForList("select id from audit_entry where agency_code = ? order by chain_seq", Long.class,
				agency);
	}

	private void publish(String agency, String detail) {
		publish(agency, agency + "-2026-000001", detail);
	}

	private void publish(String agency, String caseNumber, String detail) {
		events.publishEvent(new CaseEvent(agency, caseNumber, "TEST_STEP", "tester",
				Instant.parse("2026-11-20T01:02:03.456789Z"), "RECEIVED", "REGISTERED", detail));
	}

	/** Runs {@code change} with the append-only triggers dropped, then creates them again as V34 does. */
	private void withoutTriggers(Runnable change) throws Exception {
		jdbc.execute("drop trigger audit_entry_no_update");
		jdbc.execute("drop trigger audit_entry_no_delete");
		try {
			change.run();
		}
		finally {
			try (var connection = dataSource.getConnection()) {
				AuditChainMigration.createTriggers(connection, AuditChainMigration.triggersFor(connection));
			}
		}
	}

	private void reinsert(Map<String, Object> row) {
		jdbc.update("""
				insert into audit_entry (id, agency_code, case_number, action, actor, occurred_at, from_status, to_status,
				    detail, chain_stripe, chain_seq, previous_hash, entry_hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				row.get("id"), row.get("agency_code"), row.get("case_number"), row.get("action"), row.get("actor"),
				row.get("occurred_at"), row.get("from_status"), row.get("to_status"), row.get("detail"),
				row.get("chain_stripe"), row.get("chain_seq"), row.get("previous_hash"), row.get("entry_hash"));
	}

	private static String anAgency() {
		return "AUD" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}
}
