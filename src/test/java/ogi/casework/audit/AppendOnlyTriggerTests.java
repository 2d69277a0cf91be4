package ogi.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * On the embedded H2 database (the demo run) the triggers V34 creates refuse UPDATE and DELETE on both audit tables,
 * naming the table, and still let rows be added.
 */
class AppendOnlyTriggerTests {

	@Test
	void bothAuditTablesRefuseUpdateAndDeleteOnH2() throws Exception {
		try (var connection = DriverManager.getConnection("jdbc:h2:mem:append-only-" + System.nanoTime());
				var statement = connection.createStatement()) {
			statement.execute("create table audit_entry (id bigint primary key, detail varchar(100))");
			statement.execute("create table audit_administration (id bigint primary key, detail varchar(100))");
			for (String table : AuditChainMigration.APPEND_ONLY_TABLES) {
				assertThat(AuditChainMigration.createTriggers(connection,
						AuditChainMigration.triggersFor(connection, table))).isTrue();
			}

			for (String table : AuditChainMigration.APPEND_ONLY_TABLES) {
				statement.execute("insert into " + table + " values (1, 'created')");
				assertThatThrownBy(() -> statement.execute("update " + table + " set detail = 'changed'"))
					.isInstanceOf(SQLException.class).hasMessageContaining(table + " is append-only: UPDATE refused");
				assertThatThrownBy(() -> statement.execute("delete from " + table))
					.isInstanceOf(SQLException.class).hasMessageContaining(table + " is append-only: DELETE refused");
				try (var rows = statement.executeQuery("select detail from " + table)) {
					assertThat(rows.next()).isTrue();
					assertThat(rows.getString(1)).isEqualTo("created");
				}
			}
		}
	}
}
