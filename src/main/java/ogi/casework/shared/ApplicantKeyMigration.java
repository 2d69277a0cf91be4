package ogi.casework.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway V36: identity numbers stored for look-ups before V33 become applicant keys ({@link ApplicantKeys}) — the
 * applications' new {@code applicant_key}, the fee tables' {@code applicant_id_number} (notices, months, item
 * counts), and the reporting read model's {@code applicant_key} (an unsalted SHA-256 until now). A one-off over the
 * tables of intake, fees and reporting, which is why it lives here rather than in one of them; the applications' personal data is encrypted afterwards by the
 * re-encryption job at start-up.
 */
@Component
public class ApplicantKeyMigration implements JavaMigration {

	private final ApplicantKeys keys;

	public ApplicantKeyMigration(ApplicantKeys keys) {
		this.keys = keys;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("36");
	}

	@Override
	public String getDescription() {
		return "applicant keys instead of identity numbers";
	}

	@Override
	public Integer getChecksum() {
		return 36;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		for (String idNumber : distinct(connection,
				"select distinct id_number from intake_application where applicant_key is null")) {
			update(connection, "update intake_application set applicant_key = ? where applicant_key is null and id_number = ?",
					keys.applicantKey(idNumber), idNumber);
		}
		for (String idNumber : distinct(connection,
				"select distinct applicant_id_number from fees_notice where applicant_id_number is not null")) {
			if (!ApplicantKeys.isKey(idNumber)) {
				update(connection, "update fees_notice set applicant_id_number = ? where applicant_id_number = ?",
						keys.applicantKey(idNumber), idNumber);
			}
		}
		for (String idNumber : distinct(connection, "select distinct applicant_id_number from fees_applicant_month")) {
			if (!ApplicantKeys.isKey(idNumber)) {
				update(connection, "update fees_applicant_month set applicant_id_number = ? where applicant_id_number = ?",
						keys.applicantKey(idNumber), idNumber);
			}
		}
		for (String idNumber : distinct(connection, "select distinct applicant_id_number from fees_item_count")) {
			if (!ApplicantKeys.isKey(idNumber)) {
				update(connection, "update fees_item_count set applicant_id_number = ? where applicant_id_number = ?",
						keys.applicantKey(idNumber), idNumber);
			}
		}
		try (var statement = connection.createStatement()) {
			statement.executeUpdate("""
					update reporting_case set applicant_key = coalesce((select a.applicant_key from intake_application a
					 where a.agency_code = reporting_case.agency_code and a.case_number = reporting_case.case_number), '')""");
		}
	}

	private static List<String> distinct(Connection connection, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				if (rows.getString(1) != null) {
					values.add(rows.getString(1));
				}
			}
		}
		return values;
	}

	private static void update(Connection connection, String sql, String key, String idNumber) throws SQLException {
		try (var statement = connection.prepareStatement(sql)) {
			statement.setString(1, key);
			statement.setString(2, idNumber);
			statement.executeUpdate();
		}
	}
}
