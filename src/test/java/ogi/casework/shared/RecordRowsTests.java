package ogi.casework.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.apache.ibatis.type.EnumTypeHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rows made by {@link RecordRows} are the rows MyBatis itself makes, on the settings the application runs with: the
 * same statements run through a session with it and one without, on an H2 database of their own.
 */
class RecordRowsTests {

	enum Kind {
		ONLINE, IN_PERSON
	}

	record Entry(String caseNumber, Kind kind, LocalDate receiptDate, Integer daysLeft, boolean urgent,
			LocalDateTime recordedAt) {
	}

	record Named(@Param("number") String caseNumber, Kind kind) {
	}

	interface Entries {

		@Select("select case_number, kind, receipt_date, days_left, urgent, recorded_at from entry order by case_number")
		List<Entry> all();

		@Select("select case_number, kind, receipt_date, days_left, urgent, recorded_at, 'x' as note from entry"
				+ " order by case_number")
		List<Entry> withAColumnTheRecordHasNot();

		@Select("select case_number, kind from entry order by case_number")
		List<Entry> withoutColumnsTheRecordNeeds();

		@Select("select case_number as number, kind from entry order by case_number")
		List<Named> byParamName();

		@Select("select case_number, kind, receipt_date, days_left, urgent, recorded_at from entry order by case_number")
		List<Entry> page(RowBounds bounds);

		@Select("select null as case_number, null as kind, null as receipt_date, null as days_left, urgent,"
				+ " null as recorded_at from entry where case_number = 'A-2'")
		List<Entry> allNullButAPrimitive();

		@Select("select cast(null as varchar) as case_number, cast(null as varchar) as kind,"
				+ " cast(null as date) as receipt_date, cast(null as int) as days_left, cast(null as boolean) as urgent,"
				+ " cast(null as timestamp) as recorded_at")
		List<Entry> allNull();
	}

	String url;

	Connection keepsTheDatabase;

	RecordRows recordRows;

	SqlSessionFactory plain;

	SqlSessionFactory withRecordRows;

	@BeforeEach
	void aDatabase() throws SQLException {
		url = "jdbc:h2:mem:record-rows-" + UUID.randomUUID();
		keepsTheDatabase = DriverManager.getConnection(url);
		try (var statement = keepsTheDatabase.createStatement()) {
			statement.execute("create table entry (case_number varchar(20) primary key, kind varchar(20),"
					+ " receipt_date date, days_left int, urgent boolean not null, recorded_at timestamp)");
			statement.execute("insert into entry values ('A-1', 'ONLINE', date '2026-12-01', 15, true,"
					+ " timestamp '2026-12-01 09:30:00'), ('A-2', null, null, null, false, null),"
					+ " ('A-3', 'IN_PERSON', date '2026-11-30', -2, false, timestamp '2026-12-02 17:05:00.123')");
		}
		recordRows = new RecordRows();
		plain = factory(false);
		withRecordRows = factory(true);
	}

	/** A session factory configured as application.yaml and RowObjects configure the application's. */
	private SqlSessionFactory factory(boolean recordRowsOn) {
		var configuration = new org.apache.ibatis.session.Configuration(
				new Environment("test", new JdbcTransactionFactory(), new UnpooledDataSource("org.h2.Driver", url, null,
						null)));
		configuration.setMapUnderscoreToCamelCase(true);
		configuration.setArgNameBasedConstructorAutoMapping(true);
		configuration.setDefaultEnumTypeHandler(EnumTypeHandler.class);
		configuration.setObjectFactory(new RowObjects.AccessibleObjectFactory());
		if (recordRowsOn) {
			configuration.addInterceptor(recordRows);
		}
		configuration.addMapper(Entries.class);
		return new SqlSessionFactoryBuilder().build(configuration);
	}

	@AfterEach
	void dropTheDatabase() throws SQLException {
		keepsTheDatabase.close();
	}

	@Test
	void makesTheRecordsMyBatisMakesFromEveryKindOfColumnAndNull() {
		List<Entry> expected = List.of(
				new Entry("A-1", Kind.ONLINE, LocalDate.of(2026, 12, 1), 15, true, LocalDateTime.of(2026, 12, 1, 9, 30)),
				new Entry("A-2", null, null, null, false, null),
				new Entry("A-3", Kind.IN_PERSON, LocalDate.of(2026, 11, 30), -2, false,
						LocalDateTime.of(2026, 12, 2, 17, 5, 0, 123_000_000)));

		assertThat(run(plain, Entries::all)).isEqualTo(expected);
		assertThat(run(withRecordRows, Entries::all)).isEqualTo(expected);
		assertThat(recordRows.plans()).as("the statement's rows were made by its plan").isEqualTo(1);

		assertThat(run(withRecordRows, Entries::withAColumnTheRecordHasNot)).isEqualTo(expected)
			.isEqualTo(run(plain, Entries::withAColumnTheRecordHasNot));
		assertThat(run(withRecordRows, Entries::byParamName))
			.containsExactly(new Named("A-1", Kind.ONLINE), new Named("A-2", null), new Named("A-3", Kind.IN_PERSON))
			.isEqualTo(run(plain, Entries::byParamName));
		assertThat(recordRows.plans()).isEqualTo(3);
	}

	@Test
	void aRowWithNothingButNullsIsNullAsWithMyBatis() {
		assertThat(run(plain, Entries::allNull)).hasSize(1).containsOnlyNulls();
		assertThat(run(withRecordRows, Entries::allNull)).hasSize(1).containsOnlyNulls();
		assertThat(run(withRecordRows, Entries::allNullButAPrimitive))
			.containsExactly(new Entry(null, null, null, null, false, null))
			.isEqualTo(run(plain, Entries::allNullButAPrimitive));
	}

	@Test
	void leavesToMyBatisWhatItDoesNotTakeOver() {
		List<Entry> page = run(withRecordRows, entries -> entries.page(new RowBounds(1, 1)));
		assertThat(page).extracting(Entry::caseNumber).containsExactly("A-2");

		assertThatThrownBy(() -> run(withRecordRows, Entries::withoutColumnsTheRecordNeeds))
			.as("MyBatis' own error for columns that do not fit")
			.isInstanceOf(PersistenceException.class).hasMessageContaining("Constructor auto-mapping");
		assertThat(recordRows.plans()).isZero();
	}

	private static <T> T run(SqlSessionFactory factory, java.util.function.Function<Entries, T> query) {
		try (SqlSession session = factory.openSession()) {
			return query.apply(session.getMapper(Entries.class));
		}
	}
}
