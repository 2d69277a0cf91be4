package ogi.casework.litigation;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.BETA;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.support.Cases;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * Table 4 of the annual report, the legal dashboard's rates and the per-case counts, from matters of 2023–2025 with
 * known results (years no other test uses).
 */
@CaseworkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableFourIntegrationTests {

	static final CurrentUser LEGAL = Agencies.user(BETA, Role.LEGAL);

	@Autowired
	LitigationManagement litigation;

	@Autowired
	Cases cases;

	@Autowired
	MutableClock clock;

	String appealedCase;

	String reconsideredAndSuedCase;

	@BeforeAll
	void mattersOfThreeYears() {
		// Logged on the day they arrived: a receipt date more than ogi.intake.max-receipt-age ago is refused.
		clock.setTo(LocalDate.of(2023, 5, 4));
		String caseNumber = aCase(BETA);
		reconsideredAndSuedCase = aCase(BETA);
		appealedCase = aCase(BETA);
		String alphaCase = aCase(ALPHA);
		clock.setTo(LocalDate.of(2026, 3, 2));
		// Reconsiderations
		decide(register(MatterKind.RECONSIDERATION, "2024-11-01", caseNumber, null), DecisionType.UPHELD, "2025-01-10");
		long revoked = decide(register(MatterKind.RECONSIDERATION, "2025-03-03", reconsideredAndSuedCase, null),
				DecisionType.REVOKED, "2025-04-01");
		decide(register(MatterKind.RECONSIDERATION, "2025-05-06", caseNumber, null), DecisionType.TERMINATED,
				"2025-05-20");
		register(MatterKind.RECONSIDERATION, "2025-12-01", caseNumber, null);
		decide(register(MatterKind.RECONSIDERATION, "2025-11-03", caseNumber, null),
				DecisionType.ORDERED_TO_REPLY_AGAIN, "2026-01-15");
		decide(register(MatterKind.RECONSIDERATION, "2023-06-01", caseNumber, null), DecisionType.UPHELD, "2023-07-01");
		register(MatterKind.RECONSIDERATION, "2024-02-01", caseNumber, null);
		// Direct suits: one appealed and still under appeal at the end of 2025, one dismissed.
		long appealed = decide(register(MatterKind.LAWSUIT_DIRECT, "2025-02-03", appealedCase, null),
				DecisionType.REVOKED, "2025-06-02");
		litigation.recordService(appealed, new MatterForms.ServiceForm(ServedDocument.JUDGMENT,
				LocalDate.parse("2025-06-03")), LEGAL);
		litigation.recordAppeal(appealed, new MatterForms.AppealForm(LocalDate.parse("2025-06-10"),
				AppealParty.AGENCY), LEGAL);
		litigation.recordSecondInstance(appealed, new MatterForms.SecondInstanceForm(DecisionType.DISMISSED,
				LocalDate.parse("2026-02-01")), LEGAL);
		decide(register(MatterKind.LAWSUIT_DIRECT, "2025-03-02", caseNumber, null), DecisionType.DISMISSED,
				"2025-05-01");
		// A suit after the revoked reconsideration.
		decide(register(MatterKind.LAWSUIT_AFTER_RECONSIDERATION, "2025-04-10", reconsideredAndSuedCase, revoked),
				DecisionType.ORDERED_TO_PERFORM, "2025-07-01");
		// ALPHA: one undecided direct suit of 2025, for the aggregate.
		litigation.register(new MatterForms.Registration(MatterKind.LAWSUIT_DIRECT, "某某区人民法院", "ALPHA-2025",
				LocalDate.parse("2025-08-01"), null, List.of(alphaCase), null), Agencies.user(ALPHA, Role.LEGAL));
	}

	@Test
	void countsMattersReceivedInTheYearAndEarlierOnesConcludedInItAsOfTheThirtyFirstOfDecember() {
		var table = litigation.tableFour(BETA, 2025);

		assertThat(table.numbers()).containsExactly(
				1, 1, 1, 2, 5, // 行政复议: upheld (from 2024), revoked, terminated, two undecided on 31 Dec
				0, 0, 1, 1, 2, // 直接起诉: dismissed, one under appeal
				0, 1, 0, 0, 1); // 复议后起诉: ordered to perform
		assertThat(table.consistent()).isTrue();
		assertThat(table.violations()).isEmpty();
	}

	@Test
	void countsTheUndecidedMattersOfTheEarlierYearAsPending() {
		var table = litigation.tableFour(BETA, 2024);

		assertThat(table.numbers()).containsExactly(0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	@Test
	void addsUpTheDepartmentsOfAGovernment() {
		var table = litigation.tableFour(List.of(BETA, ALPHA), 2025);

		assertThat(table.lawsuitDirect()).isEqualTo(new TableFour.Block(0, 0, 1, 2, 3));
		assertThat(table.reconsideration().total()).isEqualTo(5);
		assertThat(table.agencyCodes()).containsExactly(BETA, ALPHA);
	}

	@Test
	void anotherAgencysMattersDoNotCount() {
		assertThat(litigation.tableFour(ALPHA, 2024).numbers()).containsOnly(0);
	}

	@Test
	void reportsTheCorrectionAndLossRatesAgainstTheTarget() {
		var rates = litigation.rates(BETA, 2025);

		assertThat(rates.reconsiderationsDecided()).isEqualTo(3);
		assertThat(rates.reconsiderationsCorrected()).isEqualTo(1);
		assertThat(rates.reconsiderationCorrectionRate()).isEqualByComparingTo("0.3333");
		assertThat(rates.lawsuitsDecided()).isEqualTo(2);
		assertThat(rates.lawsuitsLost()).isEqualTo(1);
		assertThat(rates.litigationLossRate()).isEqualByComparingTo("0.5");
		assertThat(rates.target()).isEqualByComparingTo(new BigDecimal("0.02"));
		assertThat(rates.reconsiderationWithinTarget()).isFalse();
		assertThat(rates.litigationWithinTarget()).isFalse();
		assertThat(litigation.rates(BETA, 2022).reconsiderationCorrectionRate()).isNull();
		assertThat(litigation.rates(BETA, 2022).reconsiderationWithinTarget()).isTrue();
	}

	@Test
	void countsTheReconsiderationsAndLawsuitsOfEachCase() {
		var counts = litigation.matterCountsByCase(BETA, List.of(reconsideredAndSuedCase, appealedCase, "none"));

		assertThat(counts.get(reconsideredAndSuedCase)).isEqualTo(new MatterCounts(1, 1));
		assertThat(counts.get(appealedCase)).isEqualTo(new MatterCounts(0, 1));
		assertThat(counts.get("none")).isEqualTo(MatterCounts.NONE);
		assertThat(litigation.matterCountsByCase(ALPHA, List.of(reconsideredAndSuedCase)).get(reconsideredAndSuedCase))
				.isEqualTo(MatterCounts.NONE);
	}

	private long register(MatterKind kind, String copy, String caseNumber, Long earlier) {
		return litigation.register(new MatterForms.Registration(kind, kind.lawsuit() ? "某某区人民法院" : "某某区人民政府",
				kind + "-" + copy, LocalDate.parse(copy), null, List.of(caseNumber), earlier), LEGAL).matter().id();
	}

	private long decide(long id, DecisionType type, String on) {
		litigation.recordDecision(id, new MatterForms.DecisionForm(type, LocalDate.parse(on), null, null, null, null),
				LEGAL);
		return id;
	}

	private String aCase(String agency) {
		return cases.open(ApplicationFixtures.anApplication(LocalDate.of(2023, 5, 4)), Agencies.user(agency, Role.CLERK))
				.caseNumber();
	}
}
