package ogi.casework.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway V34: chains the audit entries written before V33 (per agency, in the order of their ids) and makes the
 * audit tables — the case trail {@code audit_entry} and the administration trail {@code audit_administration} —
 * append-only where the database lets it: triggers that refuse UPDATE and DELETE (SIGNAL on MySQL and
 * MariaDB, {@link AppendOnlyTrigger} on H2). MySQL with binary logging refuses CREATE TRIGGER to an account without
 * SUPER unless {@code log_bin_trust_function_creators=1}; then this migration logs what to run and goes on, and
 * {@link AuditManagement#verifyAll()} reports the guard missing until an administrator creates the triggers (README).
 */
@Component
class AuditChainMigration implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(AuditChainMigration.class);

	/** The append-only tables: the case audit trail and the administration audit trail (V28). */
	static final List<String> APPEND_ONLY_TABLES = List.of("audit_entry", "audit_administration");

	static final List<String> MYSQL_TRIGGERS = mysqlTriggers("audit_entry");

	static final List<String> H2_TRIGGERS = h2Triggers("audit_entry");

	static List<String> mysqlTriggers(String table) {
		return List.of("create trigger " + table + "_no_update before update on " + table + " for each row\n"
				+ "  signal sqlstate '45000' set message_text = '" + table + " is append-only: UPDATE refused'",
				"create trigger " + table + "_no_delete before delete on " + table + " for each row\n"
						+ "  signal sqlstate '45000' set message_text = '" + table + " is append-only: DELETE refused'");
	}

	static List<String> h2Triggers(String table) {
		return List.of("create trigger " + table + "_no_update before update on " + table + " for each row call '"
				+ AppendOnlyTrigger.class.getName() + "'", "create trigger " + table + "_no_delete before delete on "
						+ table + " for each row call '" + AppendOnlyTrigger.class.getName() + "'");
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("34");
	}

	@Override
	public String getDescription() {
		return "audit chain backfill and append-only triggers";
	}

	@Override
	public Integer getChecksum() {
		return 34;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		chainExistingEntries(connection);
		for (String table : APPEND_ONLY_TABLES) {
			createTriggers(connection, triggersFor(connection, table));
		}
	}

	/** The append-only triggers of {@code audit_entry} for this database. */
	static List<String> triggersFor(Connection connection) throws SQLException {
		return triggersFor(connection, "audit_entry");
	}

	static List<String> triggersFor(Connection connection, String table) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
		return product.contains("h2") ? h2Triggers(table) : mysqlTriggers(table);
	}

	/** Creates the triggers; false (and a warning) when the account may not. */
	static boolean createTriggers(Connection connection, List<String> triggers) throws SQLException {
		try (var statement = connection.createStatement()) {
			for (String trigger : triggers) {
				statement.execute(trigger);
			}
			return true;
		}
		catch (SQLException e) {
			// 1419: binary logging without SUPER; 1142/1227: no TRIGGER privilege
			if (e.getErrorCode() == 1419 || e.getErrorCode() == 1142 || e.getErrorCode() == 1227) {
				log.warn("The database account may not create triggers ({}): the audit tables are NOT protected "
						+ "against UPDATE and DELETE by the database. As an administrator run the CREATE TRIGGER "
						+ "statements of the README (section Audit trail), or grant the application account only "
						+ "SELECT, INSERT on audit_entry and audit_administration.", e.getMessage());
				return false;
			}
			throw e;
		}
	}

	private static void chainExistingEntries(Connection connection) throws SQLException {
		Map<String, Long> seqs = new HashMap<>();
		Map<String, String> hashes = new HashMap<>();
		Map<String, Long> lastIds = new HashMap<>();
		long after = 0;
		while (true) {
			int rows = 0;
			try (var select = connection.prepareStatement("""
					select id, agency_code, case_number, action, actor, occurred_at, from_status, to_status, detail
					  from audit_entry where id > ? and chain_seq is null order by id limit 500""");
					var update = connection.prepareStatement(
							"update audit_entry set chain_seq = ?, previous_hash = ?, entry_hash = ? where id = ?")) {
				select.setLong(1, after);
				try (var rs = select.executeQuery()) {
					while (rs.next()) {
						rows++;
						long id = rs.getLong("id");
						String agency = rs.getString("agency_code");
						Timestamp occurred = rs.getTimestamp("occurred_at");
						Instant at = occurred.toInstant();
						long seq = seqs.merge(agency, 1L, Long::sum);
						String previous = hashes.getOrDefault(agency, AuditChain.GENESIS);
						String hash = AuditChain.hash(previous, seq, agency, rs.getString("case_number"),
								rs.getString("action"), rs.getString("actor"), at, rs.getString("from_status"),
								rs.getString("to_status"), rs.getString("detail"));
						update.setLong(1, seq);
						update.setString(2, previous);
						update.setString(3, hash);
						update.setLong(4, id);
						update.addBatch();
						hashes.put(agency, hash);
						lastIds.put(agency, id);
						after = id;
					}
				}
				update.executeBatch();
			}
			if (rows < 500) {
				break;
			}
		}
		try (var insert = connection.prepareStatement(
				"insert into audit_chain_head (agency_code, last_seq, last_hash, last_entry_id) values (?, ?, ?, ?)")) {
			for (var agency : seqs.keySet()) {
				insert.setString(1, agency);
				insert.setLong(2, seqs.get(agency));
				insert.setString(3, hashes.get(agency));
				insert.setLong(4, lastIds.get(agency));
				insert.addBatch();
			}
			insert.executeBatch();
		}
		if (!seqs.isEmpty()) {
			log.info("Chained the existing audit entries of {} agencies: {}", seqs.size(), seqs);
		}
	}
}
