package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * The register's word index on the real database: a case opened now is found by a phrase of its request through the
 * index, and a register row from before the index (V66) is indexed once by the backfill, after which the index finds it
 * too; until then the register knows the index is incomplete.
 */
@CaseworkIntegrationTest
class RegisterWordsIntegrationTests {

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	@Autowired
	Cases cases;

	@Autowired
	CaseRegister register;

	@Autowired
	RegisterEntries entries;

	@Autowired
	RegisterTokens tokens;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void aRowFromBeforeTheIndexIsIndexedOnceByTheBackfillAndThenFound() {
		clock.setTo(LocalDate.of(2026, 11, 23));
		// eight different digits, so that no run of three repeats
		var digits = new java.util.ArrayList<>(java.util.List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
		java.util.Collections.shuffle(digits);
		String marker = String.join("", digits.subList(0, 8));
		String request = "关于" + marker + "号地块出让合同的全文";
		var form = ApplicationFixtures.anApplication(LocalDate.of(2026, 11, 23));
		form = new ogi.casework.intake.NewApplication(form.applicant(), request, null, form.provisionForm(),
				form.obtainingMethod(), form.channel(), form.dates(), false, null);
		String caseNumber = cases.open(form, CLERK).caseNumber();
		// 关于 + 8 characters + 号地块出让合同的全文 = 20 characters, 18 runs of three (the marker's are distinct)
		assertThat(wordTokens(caseNumber)).as("WORD tokens written with the register row").isEqualTo(18);
		assertThat(found(marker + "号地块")).containsExactly(caseNumber);

		// as a row written before V66: no WORD tokens, not marked
		jdbc.update("delete from casework_register_token where agency_code = ? and kind = 'WORD' and case_number = ?",
				ALPHA, caseNumber);
		jdbc.update("update casework_register set words_indexed = false where agency_code = ? and case_number = ?",
				ALPHA, caseNumber);
		var words = new RegisterWords(entries, tokens, transactions, false);
		assertThat(words.complete()).as("complete while a row is unindexed").isFalse();

		words.backfill();

		assertThat(wordTokens(caseNumber)).isEqualTo(18);
		assertThat(words.complete()).isTrue();
		assertThat(found(marker + "号地块")).containsExactly(caseNumber);
		new RegisterWords(entries, tokens, transactions, false).backfill();
		assertThat(wordTokens(caseNumber)).as("a second backfill writes nothing again").isEqualTo(18);
	}

	private java.util.List<String> found(String words) {
		return register.search(new RegisterQuery(null, null, null, null, null, null, null, null, null, words, false), 0,
				20, CLERK).rows().stream().map(CaseRegister.Row::caseNumber).toList();
	}

	private int wordTokens(String caseNumber) {
		return jdbc.queryForObject("select count(*) from casework_register_token where agency_code = ? and kind = 'WORD'"
				+ " and case_number = ?", Integer.class, ALPHA, caseNumber);
	}
}
