package ogi.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import ogi.casework.shared.ApplicantKeyMigration;
import ogi.casework.support.TestDatabase;
import ogi.casework.support.TestKeys;

/**
 * A database written before issue #14 (audit entries without a chain, identity numbers in the fee tables, an unsalted
 * SHA-256 as the reporting applicant key) migrated to V33–V36 on the real test database: the old entries form one
 * chain per agency in the order they were written, the audit table refuses changes, and every look-up column holds
 * the keyed applicant key.
 */
class LegacyDataMigrationIntegrationTests {

	static final String ID = "11010519491231002X";

	static final Instant NOON = Instant.parse("2026-03-02T04:00:00.123Z");

	@Test
	void chainsTheOldAuditEntriesAndReplacesIdentityNumbersByApplicantKeys() throws Exception {
		var database = TestDatabase.get();
		var dataSource = new DriverManagerDataSource(database.newSchema(), database.user(), database.password());
		var jdbc = new JdbcTemplate(dataSource);
		flyway(dataSource).target("19").load().migrate();
		for (String agency : List.of("ALPHA", "BETA", "ALPHA", "ALPHA", "BETA")) {
			jdbc.update("""
					insert into audit_entry (agency_code, case_number, action, actor, occurred_at, from_status, to_status,
					    detail) values (?, ?, 'APPLICATION_RECEIVED', 'clerk', ?, null, 'RECEIVED', 'Received in person')""",
					agency, agency + "-2026-000001", Timestamp.from(NOON));
		}
		jdbc.update("""
				insert into intake_application (agency_code, case_number, applicant_type, applicant_name,
				    id_document_type, id_number, phone, requested_information, provision_form, obtaining_method, channel,
				    submitted_on, receipt_date, needs_assistance, received_by, received_at)
				values ('ALPHA', 'ALPHA-2026-000001', 'NATURAL_PERSON', '张三', 'RESIDENT_ID_CARD', ?, '13800138000',
				    '道路维修资金', 'ELECTRONIC', 'EMAIL', 'IN_PERSON', '2026-03-02', '2026-03-02', false, 'clerk', ?)""",
				ID, Timestamp.from(NOON));
		jdbc.update("""
				insert into fees_notice (agency_code, case_number, number, method, quantity, amount, basis, noticed_on,
				    received_on, payable_until, noticed_by, noticed_at, applicant_id_number)
				values ('ALPHA', 'ALPHA-2026-000001', 1, 'PER_ITEM', 12, 200, 'tariff', '2026-03-03', '2026-03-03',
				    '2026-03-31', 'handler', ?, ?)""", Timestamp.from(NOON), ID);
		jdbc.update("insert into fees_applicant_month values ('ALPHA', ?, '2026-03-01', 1)", ID);
		jdbc.update("""
				insert into reporting_case (agency_code, case_number, applicant_type, applicant_key, channel,
				    receipt_date, status, changed_at)
				values ('ALPHA', 'ALPHA-2026-000001', 'NATURAL_PERSON', ?, 'IN_PERSON', '2026-03-02', 'RECEIVED', ?)""",
				sha256(ID), Timestamp.from(NOON));

		flyway(dataSource).load().migrate();

		for (String agency : List.of("ALPHA", "BETA")) {
			List<Object[]> chain = jdbc.query("""
					select case_number, action, actor, occurred_at, from_status, to_status, detail, chain_seq,
					       previous_hash, entry_hash
					  from audit_entry where agency_code = ? order by id""", (row, n) -> new Object[] {
					row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4).toInstant(),
					row.getString(5), row.getString(6), row.getString(7), row.getLong(8), row.getString(9),
					row.getString(10) }, agency);
			assertThat(chain).hasSize(agency.equals("ALPHA") ? 3 : 2);
			assertThat(jdbc.queryForList("select distinct chain_stripe from audit_entry where agency_code = ?",
					Integer.class, agency)).containsExactly(0);
			String previous = AuditChain.GENESIS;
			long seq = 0;
			for (Object[] entry : chain) {
				assertThat(entry[7]).isEqualTo(++seq);
				assertThat(entry[8]).isEqualTo(previous);
				previous = AuditChain.hash(previous, seq, agency, (String) entry[0], (String) entry[1],
						(String) entry[2], (Instant) entry[3], (String) entry[4], (String) entry[5], (String) entry[6]);
				assertThat(entry[9]).isEqualTo(previous);
			}
			// the entries from before V65 are stripe 0 of their agency, as they were chained
			assertThat(jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where agency_code = ?"
					+ " and stripe = 0", agency))
				.containsEntry("last_seq", seq).containsEntry("last_hash", previous);
		}
		assertThat(jdbc.queryForObject("""
				select count(*) from information_schema.triggers
				 where trigger_schema = database() and event_object_table = 'audit_entry'""", Integer.class)).isEqualTo(2);
		assertThat(jdbc.queryForObject("""
				select count(*) from information_schema.triggers
				 where trigger_schema = database() and event_object_table = 'audit_administration'""", Integer.class))
			.isEqualTo(2);

		String key = TestKeys.APPLICANT_KEYS.applicantKey(ID);
		assertThat(jdbc.queryForObject("select applicant_key from intake_application", String.class)).isEqualTo(key);
		assertThat(jdbc.queryForObject("select applicant_id_number from fees_notice", String.class)).isEqualTo(key);
		assertThat(jdbc.queryForObject("select applicant_id_number from fees_applicant_month", String.class))
			.isEqualTo(key);
		assertThat(jdbc.queryForObject("select applicant_key from reporting_case", String.class)).isEqualTo(key);
	}

	static org.flywaydb.core.api.configuration.FluentConfiguration flyway(javax.sql.DataSource dataSource) {
		return Flyway.configure().dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/mysql")
			.javaMigrations(new AuditChainMigration(), new ApplicantKeyMigration(TestKeys.APPLICANT_KEYS));
	}

	static String sha256(String value) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
	}
}
