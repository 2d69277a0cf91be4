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

	@Autowired
	RegisterWords registerWords;

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

	/**
	 * A request written with tone marks is found by words typed without them, through the index, as the LIKE on the
	 * subject (utf8mb4_unicode_ci) finds it.
	 */
	@Test
	void wordsTypedWithoutAccentsFindARequestWrittenWithThem() {
		clock.setTo(LocalDate.of(2026, 11, 23));
		String marker = Integer.toString(100_000 + new java.util.Random().nextInt(900_000));
		var form = ApplicationFixtures.anApplication(LocalDate.of(2026, 11, 23));
		form = new ogi.casework.intake.NewApplication(form.applicant(), "关于Běijīng路" + marker + "号地块的规划许可",
				null, form.provisionForm(), form.obtainingMethod(), form.channel(), form.dates(), false, null);
		String caseNumber = cases.open(form, CLERK).caseNumber();
		registerWords.backfill(); // so that the register asks the database whether the index is complete
		var filter = register.filter(new RegisterQuery(null, null, null, null, null, null, null, null, null,
				"beijing路" + marker, false), ALPHA, 0, 21);
		assertThat(filter.wordTokens()).as("looked up in the index").isNotEmpty();

		assertThat(found("beijing路" + marker)).containsExactly(caseNumber);
		assertThat(found("BEIJING路" + marker)).containsExactly(caseNumber);
	}

	/**
	 * Words more than {@value CaseRegister#DENSE_WORDS} cases hold: their pages are read from the postings of the words'
	 * first run in date order, and give the same cases in the same order as the register's rule — newest receipt first,
	 * then the higher case number, a case awaiting confirmation (no receipt date) last — whether walked forwards by
	 * cursor, stepped back, read oldest first or exported. Rows that hold the first run but not the whole words are
	 * among the postings and must not be listed.
	 */
	@Test
	void wordsOfManyCasesArePagedFromThePostingsOfOneRunInDateOrder() {
		var random = new java.util.Random();
		// a marker no other test writes: two CJK characters of the rarely used range around two random letters
		String marker = "卅" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + "卌";
		String prefix = ALPHA + "-W" + Integer.toString(random.nextInt(1 << 20), 36) + "-";
		record Written(String caseNumber, LocalDate receiptDate) {
		}
		var matching = new java.util.ArrayList<Written>();
		transactions.executeWithoutResult(status -> {
			for (int n = 0; n < 1_060; n++) {
				// receipt dates out of case-number order, 1 060 cases over 300 days: several share a day
				LocalDate received = n == 7 ? null : LocalDate.of(2020, 1, 1).plusDays((n * 7919L) % 300);
				boolean whole = n % 20 != 3; // 53 cases hold only the marker's first run "卅XY"
				String caseNumber = prefix + String.format("%04d", n);
				String subject = whole ? "关于" + marker + "号文件第" + n + "项" : "关于" + marker.substring(0, 3) + "号文件";
				entries.insert(new RegisterEntry(ALPHA, caseNumber, caseNumber.substring(ALPHA.length() + 1),
						new StringBuilder(caseNumber).reverse().toString(), received, null, null, subject,
						ogi.casework.shared.CaseStatus.ARCHIVED, null, null, null, java.time.Instant.now()));
				entries.insertTokens(ALPHA, caseNumber, received, tokens.words(ALPHA, subject));
				if (whole) {
					matching.add(new Written(caseNumber, received));
				}
			}
		});
		assertThat(matching).hasSize(1_007);
		var newestFirst = matching.stream()
				.sorted(java.util.Comparator.comparing(Written::receiptDate,
						java.util.Comparator.nullsFirst(java.util.Comparator.<LocalDate>naturalOrder()))
					.thenComparing(Written::caseNumber).reversed())
				.map(Written::caseNumber).toList();
		assertThat(newestFirst.get(newestFirst.size() - 1)).as("the case awaiting confirmation comes last")
				.isEqualTo(prefix + "0007");
		var query = new RegisterQuery(null, null, null, null, null, null, null, null, null, marker, false);
		registerWords.backfill(); // so that the register asks the database whether the index is complete
		var filter = register.filter(query, ALPHA, 0, 201);
		assertThat(filter.wordTokens()).as("two runs of the marker's four characters").hasSize(2);
		assertThat(CaseRegister.forPage(filter, CaseRegister.DENSE_WORDS).drive()).isNull();
		assertThat(CaseRegister.forPage(filter, CaseRegister.DENSE_WORDS + 1).drive())
				.isEqualTo(filter.wordTokens().get(0));

		var pages = new java.util.ArrayList<CaseRegister.Page>();
		String after = null;
		do {
			var page = register.search(query, 0, 200, after, null, CLERK);
			pages.add(page);
			after = page.next();
		}
		while (after != null);
		assertThat(pages.get(0).total()).isEqualTo(CaseRegister.DENSE_WORDS);
		assertThat(pages.get(0).more()).isTrue();
		assertThat(pages).hasSize(6);
		assertThat(pages.stream().flatMap(page -> page.rows().stream()).map(CaseRegister.Row::caseNumber).toList())
				.isEqualTo(newestFirst);
		var back = register.search(query, 0, 200, null, pages.get(2).previous(), CLERK);
		assertThat(back.rows()).isEqualTo(pages.get(1).rows());

		var oldest = register.search(new RegisterQuery(null, null, null, null, null, null, null, null, null, marker,
				true), 0, 20, CLERK);
		assertThat(oldest.rows()).extracting(CaseRegister.Row::caseNumber)
				.isEqualTo(oldestFirst(newestFirst).subList(0, 20));
		var exported = new java.util.ArrayList<String>();
		register.each(query, 5_000, CLERK, row -> exported.add(row.caseNumber()));
		assertThat(exported).isEqualTo(newestFirst);
	}

	private static java.util.List<String> oldestFirst(java.util.List<String> newestFirst) {
		var reversed = new java.util.ArrayList<>(newestFirst);
		java.util.Collections.reverse(reversed);
		return reversed;
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
