package ogi.casework.fees;

import static ogi.casework.support.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;
import ogi.casework.support.TestKeys;

import org.junit.jupiter.api.Test;

/**
 * Fee notices are priced by the tariff (国办函〔2020〕109号 Arts. 3–5): per item on the applicant's month across the
 * agency's cases, per page on the application.
 */
class FeeManagementTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final OfficialCalendar CALENDAR = new OfficialCalendar();

	static final CurrentUser HANDLER = new CurrentUser("handler", "Handler", "A", Set.of(Role.HANDLER));

	static final String APPLICANT = "11010519491231002X";

	static final String OTHER_APPLICANT = "110105198001010015";

	static final LocalDate JUNE_2 = LocalDate.of(2026, 6, 2);

	final InMemoryFees store = new InMemoryFees();

	final FeeManagement fees = feesOn(store);

	@Test
	void splittingAMonthsItemsIntoApplicationsNeverChangesTheMonthsTotal() {
		// QuickTheories runs every example in this one test instance: each example builds its own store.
		qt(1000).forAll(lists().of(integers().between(1, 25)).ofSizeBetween(1, 6)).checkAssert(applications -> {
			var store = new InMemoryFees();
			var fees = feesOn(store);
			BigDecimal noticed = new BigDecimal("0.00");
			int caseNumber = 0;
			for (int items : applications) {
				var quote = fees.quote("A", "A-" + ++caseNumber, APPLICANT, FeeMethod.PER_ITEM, items, JUNE_2);
				if (!quote.isFree()) {
					noticed = noticed
							.add(fees.notice("A", "A-" + caseNumber, APPLICANT, perItem(items), HANDLER).amount());
				}
				else {
					// nothing is charged, but the items still count in the month
					store.insert(freeItems("A-" + caseNumber, items), TestKeys.APPLICANT_KEYS.applicantKey(APPLICANT));
				}
			}

			int month = applications.stream().mapToInt(Integer::intValue).sum();
			assertThat(noticed).isEqualTo(FeeTariff.charge(FeeMethod.PER_ITEM, 0, month).amount());
		});
	}

	@Test
	void fortyFiveItemsSplitAcrossThreeApplicationsCostFiveThousandFiveHundred() {
		var first = fees.notice("A", "A-1", APPLICANT, perItem(20), HANDLER);
		var second = fees.notice("A", "A-2", APPLICANT, perItem(15), HANDLER);
		var third = fees.notice("A", "A-3", " " + APPLICANT.toLowerCase(), perItem(10), HANDLER);

		assertThat(List.of(first.amount(), second.amount(), third.amount())).containsExactly(new BigDecimal("1000.00"),
				new BigDecimal("2000.00"), new BigDecimal("2500.00"));
		assertThat(third.basis()).contains("国办函〔2020〕109号", "Art. 4", "35 item(s) of this applicant noticed in 2026-06",
				"items 36–40: 5 × ¥200 = ¥1,000", "items 41–45: 5 × ¥300 = ¥1,500", "total ¥2,500");
	}

	@Test
	void itemsInANewMonthStartAgainFree() {
		fees.notice("A", "A-1", APPLICANT, perItem(30), HANDLER);

		var july = fees.quote("A", "A-2", APPLICANT, FeeMethod.PER_ITEM, 12, LocalDate.of(2026, 7, 1));

		assertThat(july.earlierQuantity()).isZero();
		assertThat(july.amount()).isEqualTo(new BigDecimal("200.00"));
		assertThat(july.lines()).containsExactly("items 1–10: 10 free", "items 11–12: 2 × ¥100 = ¥200");
	}

	@Test
	void anotherApplicantsItemsDoNotCount() {
		fees.notice("A", "A-1", APPLICANT, perItem(30), HANDLER);

		assertThat(fees.quote("A", "A-2", OTHER_APPLICANT, FeeMethod.PER_ITEM, 11, JUNE_2).amount())
				.isEqualTo(new BigDecimal("100.00"));
		assertThat(fees.quote("B", "B-1", APPLICANT, FeeMethod.PER_ITEM, 11, JUNE_2).amount())
				.as("another agency's notices").isEqualTo(new BigDecimal("100.00"));
	}

	@Test
	void pagesCountPerApplication() {
		fees.notice("A", "A-1", APPLICANT, perPage(100), HANDLER);
		fees.recordPayment("A", "A-1", LocalDate.of(2026, 6, 5));

		var more = fees.quote("A", "A-1", APPLICANT, FeeMethod.PER_PAGE, 101, JUNE_2);
		var elsewhere = fees.quote("A", "A-2", APPLICANT, FeeMethod.PER_PAGE, 101, JUNE_2);

		assertThat(more.amount()).isEqualTo(new BigDecimal("2040.00"));
		assertThat(more.lines()).containsExactly("pages 101–200: 100 × ¥20 = ¥2,000", "page 201: 1 × ¥40 = ¥40");
		assertThat(elsewhere.amount()).isEqualTo(new BigDecimal("720.00"));
		assertThat(elsewhere.basis()).contains("Art. 5", "按量计收");
	}

	@Test
	void storesTheTariffsAmountWhenNoneIsGiven() {
		var notice = fees.notice("A", "A-1", APPLICANT, perPage(120), HANDLER);

		assertThat(notice.amount()).isEqualTo(new BigDecimal("1100.00"));
		assertThat(notice.basis()).contains("pages 31–100: 70 × ¥10 = ¥700", "pages 101–120: 20 × ¥20 = ¥400");
		// the notice keeps the applicant key, never the identity number itself
		assertThat(store.applicants.get(notice)).isEqualTo(TestKeys.APPLICANT_KEYS.applicantKey(APPLICANT))
				.isNotEqualTo(APPLICANT);
	}

	@Test
	void acceptsAGivenAmountThatMatchesTheTariffAndKeepsTheHandlersNote() {
		var form = new FeeNoticeForm(FeeMethod.PER_PAGE, 120, new BigDecimal("1100"), "按申请人要求提供纸质件", JUNE_2,
				JUNE_2);

		var notice = fees.notice("A", "A-1", APPLICANT, form, HANDLER);

		assertThat(notice.amount()).isEqualTo(new BigDecimal("1100.00"));
		assertThat(notice.basis()).endsWith("按申请人要求提供纸质件");
	}

	@Test
	void rejectsAnAmountThatDiffersFromTheTariff() {
		var form = new FeeNoticeForm(FeeMethod.PER_PAGE, 120, new BigDecimal("1500.00"), null, JUNE_2, JUNE_2);

		assertThatThrownBy(() -> fees.notice("A", "A-1", APPLICANT, form, HANDLER))
				.isInstanceOfSatisfying(InvalidInput.class, e -> {
					assertThat(e.violations()).extracting(InvalidInput.FieldViolation::field, InvalidInput.FieldViolation::rule)
							.containsExactly(org.assertj.core.groups.Tuple.tuple("amount", "amountMismatch"));
					assertThat(e.getMessage()).contains("¥1,100", "¥1,500");
				});
		assertThat(store.notices).isEmpty();
	}

	@Test
	void sendsNoNoticeWhenTheTariffChargesNothing() {
		assertThatThrownBy(() -> fees.notice("A", "A-1", APPLICANT, perPage(30), HANDLER))
				.isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.violations().get(0).rule()).isEqualTo("nothingToCharge"));
	}

	@Test
	void neverChargesOneApplicationByBothMethods() {
		fees.notice("A", "A-1", APPLICANT, perPage(50), HANDLER);
		fees.recordPayment("A", "A-1", JUNE_2);

		assertThatThrownBy(() -> fees.quote("A", "A-1", APPLICANT, FeeMethod.PER_ITEM, 20, JUNE_2))
				.isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.violations().get(0).rule()).isEqualTo("oneMethod"));
	}

	@Test
	void aPerItemFeeNeedsTheApplicant() {
		assertThatThrownBy(() -> fees.notice("A", "A-1", null, perItem(20), HANDLER))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations().get(0))
						.extracting(InvalidInput.FieldViolation::field, InvalidInput.FieldViolation::rule)
						.containsExactly("applicantIdNumber", "required"));
		assertThat(fees.notice("A", "A-1", null, perPage(40), HANDLER).amount()).isEqualTo(new BigDecimal("100.00"));
	}

	@Test
	void totalsTheYearByNoticeDateAndPaymentDate() {
		fees.notice("A", "A-1", APPLICANT, perPage(40), HANDLER);
		fees.recordPayment("A", "A-1", LocalDate.of(2026, 6, 10));
		fees.notice("A", "A-2", APPLICANT, perItem(12), HANDLER);
		fees.notice("B", "B-1", APPLICANT, perPage(200), HANDLER);

		var totals = fees.totals("A", 2026);

		assertThat(totals).isEqualTo(new FeeTotals("A", 2026, 2, new BigDecimal("300.00"), new BigDecimal("100.00")));
		assertThat(fees.totals("A", 2025)).isEqualTo(new FeeTotals("A", 2025, 0, new BigDecimal("0.00"),
				new BigDecimal("0.00")));
	}

	private static FeeManagement feesOn(InMemoryFees store) {
		return feesOn(store, (agency, applicant, from, to) -> List.of());
	}

	private static FeeManagement feesOn(InMemoryFees store, ApplicantApplications applications) {
		return new FeeManagement(store, CALENDAR, new CaseworkSettings(SHANGHAI, 20, 15, 7, 20, 15, 5, 2, 8, true),
				Clock.fixed(LocalDate.of(2026, 7, 31).atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI),
				applications, TestKeys.APPLICANT_KEYS);
	}

	@Test
	void anEarlierApplicationThatStayedFreeStillCountsInTheMonth() {
		// Ten earlier applications of the same applicant this month, none charged: the 11th item costs ¥100.
		var fees = feesOn(new InMemoryFees(), (agency, applicant, from, to) -> java.util.stream.IntStream
				.rangeClosed(1, 10).mapToObj(i -> "A-free-" + i).toList());

		var quote = fees.quote("A", "A-11", APPLICANT, FeeMethod.PER_ITEM, 1, LocalDate.of(2026, 7, 20));

		assertThat(quote.earlierQuantity()).isEqualTo(10);
		assertThat(quote.amount()).isEqualTo(new BigDecimal("100.00"));
	}

	private static FeeNoticeForm perItem(int items) {
		return new FeeNoticeForm(FeeMethod.PER_ITEM, items, null, null, JUNE_2, JUNE_2);
	}

	private static FeeNoticeForm perPage(int pages) {
		return new FeeNoticeForm(FeeMethod.PER_PAGE, pages, null, null, JUNE_2, JUNE_2);
	}

	private static FeeNotice freeItems(String caseNumber, int items) {
		return new FeeNotice("A", caseNumber, 1, FeeMethod.PER_ITEM, items, BigDecimal.ZERO.setScale(2), "free", JUNE_2,
				JUNE_2, JUNE_2, JUNE_2, "handler", java.time.Instant.EPOCH);
	}
}
