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
import ogi.casework.shared.NotFound;

import org.junit.jupiter.api.Test;

/**
 * Fee notices are priced by the tariff (国办函〔2020〕109号 Arts. 3–5): per item on every item of the applicant's
 * applications received in the same calendar month across the agency's cases, per page on the application; and a
 * notice is sent within the processing period (F-5).
 */
class FeeManagementTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final OfficialCalendar CALENDAR = new OfficialCalendar();

	static final CurrentUser HANDLER = new CurrentUser("handler", "Handler", "A", Set.of(Role.HANDLER));

	static final String APPLICANT = "11010519491231002X";

	static final String OTHER_APPLICANT = "110105198001010015";

	static final LocalDate JUNE_2 = LocalDate.of(2026, 6, 2);

	final InMemoryFees store = new InMemoryFees();

	/** The applications each test receives: for the per-item month every one of them counts. */
	final InMemoryFeeCases cases = new InMemoryFeeCases();

	final List<Object> events = new java.util.ArrayList<>();

	final FeeManagement fees = feesOn(store, cases, events);

	@Test
	void splittingAMonthsItemsIntoApplicationsNeverChangesTheMonthsTotal() {
		// QuickTheories runs every example in this one test instance: each example builds its own store.
		qt(1000).forAll(lists().of(integers().between(1, 25)).ofSizeBetween(1, 6)).checkAssert(applications -> {
			var cases = new InMemoryFeeCases();
			var fees = feesOn(new InMemoryFees(), cases, new java.util.ArrayList<>());
			BigDecimal noticed = new BigDecimal("0.00");
			int caseNumber = 0;
			for (int items : applications) {
				String next = "A-" + ++caseNumber;
				cases.received("A", next, APPLICANT, JUNE_2.plusDays(caseNumber));
				var quote = fees.quote("A", next, FeeMethod.PER_ITEM, items);
				if (!quote.isFree()) {
					noticed = noticed.add(fees.notice("A", next, perItem(items), HANDLER).amount());
				}
				else {
					// nothing is charged, but the items still count in the month
					fees.countItems("A", next, items, HANDLER);
				}
			}

			int month = applications.stream().mapToInt(Integer::intValue).sum();
			assertThat(noticed).isEqualTo(FeeTariff.charge(FeeMethod.PER_ITEM, 0, month).amount());
		});
	}

	@Test
	void fortyFiveItemsSplitAcrossThreeApplicationsCostFiveThousandFiveHundred() {
		var first = fees.notice("A", june("A-1"), perItem(20), HANDLER);
		var second = fees.notice("A", june("A-2"), perItem(15), HANDLER);
		cases.received("A", "A-3", " " + APPLICANT.toLowerCase(), JUNE_2);
		var third = fees.notice("A", "A-3", perItem(10), HANDLER);

		assertThat(List.of(first.amount(), second.amount(), third.amount())).containsExactly(new BigDecimal("1000.00"),
				new BigDecimal("2000.00"), new BigDecimal("2500.00"));
		assertThat(third.basis()).contains("国办函〔2020〕109号", "Art. 4",
				"35 item(s) of this applicant's applications received in 2026-06",
				"items 36–40: 5 × ¥200 = ¥1,000", "items 41–45: 5 × ¥300 = ¥1,500", "total ¥2,500");
	}

	@Test
	void itemsInANewMonthStartAgainFree() {
		fees.notice("A", june("A-1"), perItem(30), HANDLER);
		cases.received("A", "A-7", APPLICANT, LocalDate.of(2026, 7, 1));

		var july = fees.quote("A", "A-7", FeeMethod.PER_ITEM, 12);

		assertThat(july.earlierQuantity()).isZero();
		assertThat(july.amount()).isEqualTo(new BigDecimal("200.00"));
		assertThat(july.lines()).containsExactly("items 1–10: 10 free", "items 11–12: 2 × ¥100 = ¥200");
	}

	@Test
	void anotherApplicantsItemsDoNotCount() {
		fees.notice("A", june("A-1"), perItem(30), HANDLER);
		cases.received("A", "A-9", OTHER_APPLICANT, JUNE_2).received("B", "B-1", APPLICANT, JUNE_2);

		assertThat(fees.quote("A", "A-9", FeeMethod.PER_ITEM, 11).amount()).isEqualTo(new BigDecimal("100.00"));
		assertThat(fees.quote("B", "B-1", FeeMethod.PER_ITEM, 11).amount())
				.as("another agency's notices").isEqualTo(new BigDecimal("100.00"));
	}

	@Test
	void pagesCountPerApplication() {
		fees.notice("A", june("A-1"), perPage(100), HANDLER);
		fees.recordPayment("A", "A-1", LocalDate.of(2026, 6, 5));
		june("A-2");

		var more = fees.quote("A", "A-1", FeeMethod.PER_PAGE, 101);
		var elsewhere = fees.quote("A", "A-2", FeeMethod.PER_PAGE, 101);

		assertThat(more.amount()).isEqualTo(new BigDecimal("2040.00"));
		assertThat(more.lines()).containsExactly("pages 101–200: 100 × ¥20 = ¥2,000", "page 201: 1 × ¥40 = ¥40");
		assertThat(elsewhere.amount()).isEqualTo(new BigDecimal("720.00"));
		assertThat(elsewhere.basis()).contains("Art. 5", "按量计收");
	}

	@Test
	void storesTheTariffsAmountWhenNoneIsGiven() {
		var notice = fees.notice("A", june("A-1"), perPage(120), HANDLER);

		assertThat(notice.amount()).isEqualTo(new BigDecimal("1100.00"));
		assertThat(notice.basis()).contains("pages 31–100: 70 × ¥10 = ¥700", "pages 101–120: 20 × ¥20 = ¥400");
		// the fee record keeps the applicant key, never the identity number
		assertThat(store.applicants.get(notice)).isEqualTo(ogi.casework.support.TestKeys.APPLICANT_KEYS.applicantKey(APPLICANT))
			.isNotEqualTo(APPLICANT);
	}

	@Test
	void acceptsAGivenAmountThatMatchesTheTariffAndKeepsTheHandlersNote() {
		var form = new FeeNoticeForm(FeeMethod.PER_PAGE, 120, new BigDecimal("1100"), "按申请人要求提供纸质件", JUNE_2,
				JUNE_2);

		var notice = fees.notice("A", june("A-1"), form, HANDLER);

		assertThat(notice.amount()).isEqualTo(new BigDecimal("1100.00"));
		assertThat(notice.basis()).endsWith("按申请人要求提供纸质件");
	}

	@Test
	void rejectsAnAmountThatDiffersFromTheTariff() {
		var form = new FeeNoticeForm(FeeMethod.PER_PAGE, 120, new BigDecimal("1500.00"), null, JUNE_2, JUNE_2);

		june("A-1");

		assertThatThrownBy(() -> fees.notice("A", "A-1", form, HANDLER))
				.isInstanceOfSatisfying(InvalidInput.class, e -> {
					assertThat(e.violations()).extracting(InvalidInput.FieldViolation::field, InvalidInput.FieldViolation::rule)
							.containsExactly(org.assertj.core.groups.Tuple.tuple("amount", "amountMismatch"));
					assertThat(e.getMessage()).contains("¥1,100", "¥1,500");
				});
		assertThat(store.notices).isEmpty();
	}

	@Test
	void sendsNoNoticeWhenTheTariffChargesNothing() {
		june("A-1");

		assertThatThrownBy(() -> fees.notice("A", "A-1", perPage(30), HANDLER))
				.isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.violations().get(0).rule()).isEqualTo("nothingToCharge"));
	}

	@Test
	void neverChargesOneApplicationByBothMethods() {
		fees.notice("A", june("A-1"), perPage(50), HANDLER);
		fees.recordPayment("A", "A-1", JUNE_2);

		assertThatThrownBy(() -> fees.quote("A", "A-1", FeeMethod.PER_ITEM, 20))
				.isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.violations().get(0).rule()).isEqualTo("oneMethod"));
	}

	@Test
	void aFeeForACaseTheAgencyDoesNotHaveIsNotFound() {
		june("A-1");

		assertThatThrownBy(() -> fees.notice("A", "A-404", perItem(20), HANDLER)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> fees.quote("B", "A-1", FeeMethod.PER_ITEM, 20)).isInstanceOf(NotFound.class);
	}

	@Test
	void totalsTheYearByNoticeDateAndPaymentDate() {
		cases.received("A", "A-1", OTHER_APPLICANT, JUNE_2).received("B", "B-1", APPLICANT, JUNE_2);
		fees.notice("A", "A-1", perPage(40), HANDLER);
		fees.recordPayment("A", "A-1", LocalDate.of(2026, 6, 10));
		fees.notice("A", june("A-2"), perItem(12), HANDLER);
		fees.notice("B", "B-1", perPage(200), HANDLER);

		var totals = fees.totals("A", 2026);

		assertThat(totals).isEqualTo(new FeeTotals("A", 2026, 2, new BigDecimal("300.00"), new BigDecimal("100.00")));
		assertThat(fees.totals("A", 2025)).isEqualTo(new FeeTotals("A", 2025, 0, new BigDecimal("0.00"),
				new BigDecimal("0.00")));
	}

	private static FeeManagement feesOn(InMemoryFees store, InMemoryFeeCases cases, List<Object> events) {
		return new FeeManagement(store, CALENDAR, new CaseworkSettings(SHANGHAI, 20, 15, 7, 20, 15, 5, 2, 8, true),
				Clock.fixed(LocalDate.of(2026, 7, 31).atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI), cases,
				events::add);
	}

	@Test
	void tenFreeItemsInTheMonthMakeFiveMoreCostFiveHundred() {
		// Art. 4: A-1 has 10 items (free: items 1–10); A-2's 5 items are the month's items 11–15, 5 × ¥100 = ¥500.
		assertThat(fees.quote("A", june("A-1"), FeeMethod.PER_ITEM, 10).isFree()).isTrue();
		fees.countItems("A", "A-1", 10, HANDLER);

		var notice = fees.notice("A", june("A-2"), perItem(5), HANDLER);

		assertThat(notice.amount()).isEqualTo(new BigDecimal("500.00"));
		assertThat(notice.basis()).contains("counted on from 10 item(s)", "items 11–15: 5 × ¥100 = ¥500");
	}

	@Test
	void anUncountedApplicationOfTheMonthStopsThePricingAndIsNamed() {
		// were received in June too; A-2's items are not known, so the month cannot be priced.
		june("A-1");
		june("A-2");
		fees.countItems("A", june("A-3"), 4, HANDLER);

		assertThatThrownBy(() -> fees.quote("A", "A-1", FeeMethod.PER_ITEM, 12))
				.isInstanceOfSatisfying(InvalidInput.class, e -> {
					assertThat(e.violations()).extracting(InvalidInput.FieldViolation::field,
							InvalidInput.FieldViolation::rule)
							.containsExactly(org.assertj.core.groups.Tuple.tuple("itemCounts", "itemsOfMonth"));
					assertThat(e.getMessage()).contains("A-2", "2026-06").doesNotContain("A-3");
				});
		assertThat(store.notices).isEmpty();
	}

	@Test
	void itemsCountInTheMonthTheApplicationWasReceivedNotTheMonthOfTheNotice() {
		// A-5 received 31 May, 20 items noticed 2 June: they count in May, not in June.
		cases.received("A", "A-5", APPLICANT, LocalDate.of(2026, 5, 31));
		fees.notice("A", "A-5", perItem(20), HANDLER);
		june("A-1");
		fees.countItems("A", june("A-2"), 1, HANDLER);
		fees.countItems("A", june("A-3"), 1, HANDLER);
		// A-1 received 2 June: June's items before it are A-2's and A-3's 2; its 13 are items 3–15, of which 11–15 cost.
		var first = fees.quote("A", "A-1", FeeMethod.PER_ITEM, 13);
		// A-6 received 30 June, noticed 3 July: it counts in June after A-1 … A-3 (noticed or counted).
		fees.notice("A", "A-1", perItem(13), HANDLER);
		cases.received("A", "A-6", APPLICANT, LocalDate.of(2026, 6, 30));
		var lateNotice = fees.notice("A", "A-6", new FeeNoticeForm(FeeMethod.PER_ITEM, 12, null, null,
				LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 3)), HANDLER);

		assertThat(first.earlierQuantity()).isEqualTo(2);
		assertThat(first.amount()).isEqualTo(new BigDecimal("500.00"));
		// June: 15 items before A-6; its 12 are items 16–27, all at ¥100: ¥1,200.
		assertThat(lateNotice.amount()).isEqualTo(new BigDecimal("1200.00"));
	}

	@Test
	void refusesAFeeNoticeSentAfterTheReplyPeriodEnded() {
		// F-5: 「应当在政府信息公开申请处理期限内……发出收费通知」. The reply of A-1 is due 30 June.
		cases.replyDue("A", june("A-1"), LocalDate.of(2026, 6, 30));
		var onTheLastDay = new FeeNoticeForm(FeeMethod.PER_PAGE, 40, null, null, LocalDate.of(2026, 6, 30),
				LocalDate.of(2026, 7, 1));
		var dayAfter = new FeeNoticeForm(FeeMethod.PER_PAGE, 40, null, null, LocalDate.of(2026, 7, 1),
				LocalDate.of(2026, 7, 1));

		assertThatThrownBy(() -> fees.notice("A", "A-1", dayAfter, HANDLER))
				.isInstanceOfSatisfying(InvalidInput.class, e -> {
					assertThat(e.violations()).extracting(InvalidInput.FieldViolation::field,
							InvalidInput.FieldViolation::rule).containsExactly(
									org.assertj.core.groups.Tuple.tuple("noticedOn", "withinProcessingPeriod"));
					assertThat(e.getMessage()).contains("2026-06-30", "F-5");
				});
		assertThat(store.notices).isEmpty();
		assertThat(fees.notice("A", "A-1", onTheLastDay, HANDLER).amount()).isEqualTo(new BigDecimal("100.00"));
	}

	@Test
	void anApplicationChargedPerItemIsCountedByItsNoticeAndTakesNoSeparateCount() {
		fees.notice("A", june("A-1"), perItem(12), HANDLER);
		june("A-2");

		assertThatThrownBy(() -> fees.countItems("A", "A-1", 3, HANDLER)).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.violations().get(0).rule()).isEqualTo("countedByNotice"));
		assertThatThrownBy(() -> fees.countItems("A", "A-2", 0, HANDLER)).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.violations().get(0).rule()).isEqualTo("range"));
	}

	@Test
	void aCountIsRecordedInTheReceiptMonthAndInTheAuditTrail() {
		var count = fees.countItems("A", june("A-2"), 7, HANDLER);
		fees.countItems("A", "A-2", 8, HANDLER);

		assertThat(count.receiptMonth()).isEqualTo(java.time.YearMonth.of(2026, 6));
		assertThat(fees.itemCount("A", "A-2")).get().extracting(ItemCount::items).isEqualTo(8);
		assertThat(events).hasSize(2).allSatisfy(event -> assertThat(event)
				.isInstanceOfSatisfying(ogi.casework.shared.CaseEvent.class, e -> {
					assertThat(e.action()).isEqualTo("FEE_ITEMS_COUNTED");
					assertThat(e.actor()).isEqualTo("handler");
					assertThat(e.caseNumber()).isEqualTo("A-2");
				}));
	}

	/** The applicant's application {@code caseNumber} of agency A, received on 2 June; returns the case number. */
	private String june(String caseNumber) {
		cases.received("A", caseNumber, APPLICANT, JUNE_2);
		return caseNumber;
	}

	private static FeeNoticeForm perItem(int items) {
		return new FeeNoticeForm(FeeMethod.PER_ITEM, items, null, null, JUNE_2, JUNE_2);
	}

	private static FeeNoticeForm perPage(int pages) {
		return new FeeNoticeForm(FeeMethod.PER_PAGE, pages, null, null, JUNE_2, JUNE_2);
	}

}
