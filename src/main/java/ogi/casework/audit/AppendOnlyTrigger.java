package ogi.casework.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's append-only guard on the audit tables: refuses every UPDATE and DELETE, as the MySQL triggers do.
 */
public class AppendOnlyTrigger implements Trigger {

	private String table = "audit table";

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.table = tableName.toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
				"45000");
	}
}
