package ogi.casework.fees;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.deadlines.GivenDate;
import ogi.casework.shared.CaseEvent;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.ReadsOnly;

/**
 * The information-processing fee (国办函〔2020〕109号, spec §4): quotes the tariff, records fee notices at the tariff's
 * amount, payments, and the year's totals for the annual report.
 */
@Service
public class FeeManagement {

	/** Spec F-5: 20 working days counted from the day after the applicant received the notice (T8). */
	static final int PAYMENT_WORKING_DAYS = 20;

	/** A sanity bound on the items or pages of one notice (a choice, not law); beyond it the input is a typo. */
	public static final int MAX_QUANTITY = 100_000;

	/**
	 * A bound on the items of one per-item notice (a choice): each band of 10 items is a line of the notice, and at
	 * 1,000 items the top band already costs ¥9,800 an item.
	 */
	static final int MAX_ITEMS = 1_000;

	static final String DOCUMENT = "《政府信息公开信息处理费管理办法》(国办函〔2020〕109号)";

	private final Fees fees;

	private final OfficialCalendar calendar;

	private final CaseworkSettings settings;

	private final Clock clock;

	private final FeeCases cases;

	private final ApplicationEventPublisher events;

	FeeManagement(Fees fees, OfficialCalendar calendar, CaseworkSettings settings, Clock clock, FeeCases cases,
			ApplicationEventPublisher events) {
		this.cases = cases;
		this.events = events;
		this.fees = fees;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * What the tariff charges for {@code quantity} items or pages of this application. Per item (Art. 4, F-3) the items
	 * count on from every item of the same applicant's other applications to the agency received in the same calendar
	 * month as this one (Art. 31 receipt date — one basis for all of them, so the month's total does not depend on when
	 * notices are sent or in what order), each by its real number: the items of its per-item notices, or the count the
	 * handler recorded for it ({@link #countItems}); and on from this application's own earlier per-item notices. Per
	 * page (Art. 5, F-4) the pages count on from this application's earlier per-page notices. Nothing is stored.
	 *
	 * @throws InvalidInput {@code oneMethod} when the application was already charged by the other method (Art. 3);
	 *         {@code itemsOfMonth} when another application of the applicant's month has no item count, naming it;
	 *         or on an out-of-range quantity
	 * @throws NotFound when the agency has no such case
	 */
	@ReadsOnly
	public FeeQuote quote(String agencyCode, String caseNumber, FeeMethod method, int quantity) {
		return price(agencyCode, caseNumber, application(agencyCode, caseNumber), method, quantity,
				fees.of(agencyCode, caseNumber));
	}

	/**
	 * Records how many items (件) an application has after splitting by 「一事一申请」 (Art. 4, F-3), whether or not it is
	 * charged: every item counts towards the applicant's month. An application charged per item counts the items of
	 * its notices instead, so it takes no separate count.
	 *
	 * @throws InvalidInput {@code range} outside 1…{@value #MAX_ITEMS}, {@code countedByNotice} when the application
	 *         was charged per item already
	 * @throws NotFound when the agency has no such case
	 */
	@Transactional
	public ItemCount countItems(String agencyCode, String caseNumber, int items, CurrentUser handler) {
		var applied = application(agencyCode, caseNumber);
		if (items < 1 || items > MAX_ITEMS) {
			throw InvalidInput.of("items", "range", "An application has between 1 and " + MAX_ITEMS + " items");
		}
		if (fees.of(agencyCode, caseNumber).stream().anyMatch(n -> n.method() == FeeMethod.PER_ITEM)) {
			throw InvalidInput.of("items", "countedByNotice", "Case " + caseNumber + " was charged per item: its "
					+ "items are those of its fee notices (国办函〔2020〕109号 Art. 4)");
		}
		YearMonth month = YearMonth.from(applied.receiptDate());
		lockMonth(agencyCode, applied.applicantKey(), month);
		var row = new Fees.ItemCountRow(agencyCode, caseNumber, applied.applicantKey(), month.atDay(1), items,
				handler.username(), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
		if (fees.updateItemCount(row) == 0) {
			fees.insertItemCount(row);
		}
		events.publishEvent(new CaseEvent(agencyCode, caseNumber, "FEE_ITEMS_COUNTED", handler.username(),
				row.countedAt(), null, null, items + " item(s) counted for the per-item fee of " + month
						+ " (国办函〔2020〕109号 Art. 4, 一事一申请)"));
		return itemCountOf(row);
	}

	/** The item count recorded for an application, if any. */
	@ReadsOnly
	public Optional<ItemCount> itemCount(String agencyCode, String caseNumber) {
		return fees.itemCount(agencyCode, caseNumber).map(FeeManagement::itemCountOf);
	}

	/**
	 * Records a fee notice (spec F-5) at the tariff's amount: the amount is computed from method, quantity and, per
	 * item, the applicant's month — a given {@code form.amount()} is only checked against it. The applicant's identity
	 * number is stored with the notice, so later per-item notices in the month count on from it.
	 *
	 * The notice is sent within the processing period (spec F-5: 「应当在政府信息公开申请处理期限内……发出收费通知」): one
	 * dated after the running reply period's due date (extensions and excluded time included) is refused.
	 *
	 * @throws InvalidInput {@code amountMismatch} when a given amount differs from the tariff, {@code nothingToCharge}
	 *         when the tariff charges nothing, {@code oneMethod} when the other method was used already (Art. 3),
	 *         {@code withinProcessingPeriod} when the notice is dated after the reply due date (F-5)
	 */
	@Transactional
	public FeeNotice notice(String agencyCode, String caseNumber, FeeNoticeForm form, CurrentUser handler) {
		var applied = application(agencyCode, caseNumber);
		var existing = fees.of(agencyCode, caseNumber);
		if (existing.stream().anyMatch(FeeNotice::isOpen)) {
			throw InvalidInput.of("feeNotice", "once", "Case " + caseNumber + " has an unpaid fee notice already");
		}
		cases.replyDue(agencyCode, caseNumber).filter(due -> form.noticedOn().isAfter(due)).ifPresent(due -> {
			throw InvalidInput.of("noticedOn", "withinProcessingPeriod", "The reply was due on " + due
					+ "; a fee notice is sent within the processing period (" + DOCUMENT + ", spec F-5), not on "
					+ form.noticedOn());
		});
		if (form.receivedOn().isBefore(form.noticedOn())) {
			throw InvalidInput.of("receivedOn", "order", "The applicant cannot receive the notice before it was sent");
		}
		if (form.receivedOn().isAfter(today())) {
			throw InvalidInput.of("receivedOn", "notInFuture", "receivedOn " + form.receivedOn() + " is in the future");
		}
		if (form.method() == FeeMethod.PER_ITEM) {
			lockMonth(agencyCode, applied.applicantKey(), YearMonth.from(applied.receiptDate()));
		}
		var quote = price(agencyCode, caseNumber, applied, form.method(), form.quantity(), existing);
		if (quote.isFree()) {
			throw InvalidInput.of("quantity", "nothingToCharge", "The tariff charges nothing for this: "
					+ String.join("; ", quote.lines()) + " — no fee notice is sent (" + quote.basis() + ")");
		}
		if (form.amount() != null && form.amount().compareTo(quote.amount()) != 0) {
			throw InvalidInput.of("amount", "amountMismatch", "The tariff gives " + FeeTariff.yuan(quote.amount())
					+ ", not " + FeeTariff.yuan(form.amount()) + ": " + String.join("; ", quote.lines())
					+ ". Leave the amount out or send " + quote.amount());
		}
		String basis = quote.explanation()
				+ (form.basis() == null || form.basis().isBlank() ? "" : ". " + form.basis().strip());
		var notice = new FeeNotice(agencyCode, caseNumber, existing.size() + 1, form.method(), form.quantity(),
				quote.amount(), basis, form.noticedOn(), form.receivedOn(),
				calendar.addWorkingDays(agencyCode, form.receivedOn(), PAYMENT_WORKING_DAYS).date(), null, handler.username(),
				Instant.now(clock));
		fees.insert(notice, applied.applicantKey());
		return notice;
	}

	@Transactional
	public FeeNotice recordPayment(String agencyCode, String caseNumber, LocalDate paidOn) {
		var open = openNotice(agencyCode, caseNumber)
				.orElseThrow(() -> new NotFound("Case " + caseNumber + " has no unpaid fee notice"));
		if (paidOn.isBefore(open.noticedOn()) || paidOn.isAfter(today())) {
			throw InvalidInput.of("paidOn", "range", "The payment date lies between the notice of " + open.noticedOn()
					+ " and today");
		}
		fees.recordPayment(agencyCode, caseNumber, open.number(), paidOn);
		return fees.of(agencyCode, caseNumber).get(open.number() - 1);
	}

	/**
	 * The open notice's payment window counted again on the calendar as it is now — 20 working days from the
	 * applicant's receipt (F-5) — after a holiday notice or regional rest days were loaded: returns the notice with its
	 * new last day if that moved, else empty. It may end later than the notice said, never earlier.
	 */
	@Transactional
	public Optional<FeeNotice> recomputeWindow(String agencyCode, String caseNumber) {
		var open = openNotice(agencyCode, caseNumber);
		if (open.isEmpty()) {
			return Optional.empty();
		}
		LocalDate end = calendar.addWorkingDays(agencyCode, open.get().receivedOn(), PAYMENT_WORKING_DAYS).date();
		// never before the date the notice gave (GivenDate); none on record for notices from before V69
		end = GivenDate.notBefore(end, fees.payableUntilGiven(agencyCode, caseNumber, open.get().number()));
		if (end.equals(open.get().payableUntil())) {
			return Optional.empty();
		}
		fees.updatePayableUntil(agencyCode, caseNumber, open.get().number(), end);
		return openNotice(agencyCode, caseNumber);
	}

	/** The cases with a fee notice not paid (its window running, or ended in an abandonment). */
	@ReadsOnly
	public java.util.Set<ogi.casework.shared.CaseKey> casesWithOpenNotice() {
		return new java.util.HashSet<>(fees.casesWithOpenNotice());
	}

	@ReadsOnly
	public Optional<FeeNotice> openNotice(String agencyCode, String caseNumber) {
		return fees.of(agencyCode, caseNumber).stream().filter(FeeNotice::isOpen).findFirst();
	}

	@ReadsOnly
	public List<FeeNotice> of(String agencyCode, String caseNumber) {
		return fees.of(agencyCode, caseNumber);
	}

	/**
	 * Fee totals of the calendar {@code year} for section 六 of the annual report: notices and their amounts by notice
	 * date, and the amount collected by payment date.
	 */
	@ReadsOnly
	public FeeTotals totals(String agencyCode, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		return new FeeTotals(agencyCode, year, fees.countNoticed(agencyCode, from, to),
				fees.amountNoticed(agencyCode, from, to).setScale(2), fees.amountPaid(agencyCode, from, to).setScale(2));
	}

	private FeeQuote price(String agencyCode, String caseNumber, FeeCases.Applied applied, FeeMethod method,
			int quantity, List<FeeNotice> existing) {
		if (method == null) {
			throw InvalidInput.of("method", "required", "Choose per item (按件) or per page (按量)");
		}
		int max = method == FeeMethod.PER_ITEM ? MAX_ITEMS : MAX_QUANTITY;
		if (quantity < 1 || quantity > max) {
			throw InvalidInput.of("quantity", "range", "The quantity lies between 1 and " + max);
		}
		if (existing.stream().anyMatch(notice -> notice.method() != method)) {
			throw InvalidInput.of("method", "oneMethod",
					"国办函〔2020〕109号 Art. 3: one application is charged per item or per page, never both");
		}
		if (method == FeeMethod.PER_ITEM) {
			YearMonth month = YearMonth.from(applied.receiptDate());
			int earlier = itemsOfMonthBefore(agencyCode, caseNumber, applied.applicantKey(), month)
					+ itemsNoticed(existing);
			var charge = FeeTariff.charge(method, earlier, quantity);
			return new FeeQuote(method, quantity, earlier, charge.amount(), charge.lines(), DOCUMENT
					+ " Art. 4, 按件计收 (F-3), cumulative per applicant per calendar month: items 1–10 free, 11–30 ¥100"
					+ " each, then ¥100 more per item for each further band of 10 (31–40 ¥200, 41–50 ¥300 …)"
					+ "; counted on from " + earlier + " item(s) of this applicant's applications received in " + month);
		}
		int earlier = existing.stream().filter(notice -> notice.method() == FeeMethod.PER_PAGE)
				.mapToInt(FeeNotice::quantity).sum();
		var charge = FeeTariff.charge(method, earlier, quantity);
		return new FeeQuote(method, quantity, earlier, charge.amount(), charge.lines(), DOCUMENT
				+ " Art. 5, 按量计收 (F-4), per application: pages 1–30 free, 31–100 ¥10, 101–200 ¥20, from 201 ¥40 a page"
				+ (earlier == 0 ? "" : "; counted on from " + earlier + " page(s) of this application noticed before"));
	}

	/**
	 * Art. 4 (F-3): every item of the applicant's other applications received in {@code month}, charged or not, by its
	 * real number — the items of its per-item notices, else its recorded count; an application with neither cannot
	 * be counted, and the fee is not priced until it is.
	 */
	private int itemsOfMonthBefore(String agencyCode, String caseNumber, String applicant, YearMonth month) {
		int items = 0;
		List<String> uncounted = new ArrayList<>();
		for (String other : cases.receivedIn(agencyCode, applicant, month)) {
			if (other.equals(caseNumber)) {
				continue;
			}
			var noticed = fees.of(agencyCode, other).stream().filter(n -> n.method() == FeeMethod.PER_ITEM).toList();
			if (!noticed.isEmpty()) {
				items += itemsNoticed(noticed);
				continue;
			}
			var counted = fees.itemCount(agencyCode, other);
			if (counted.isPresent()) {
				items += counted.get().items();
			}
			else {
				uncounted.add(other);
			}
		}
		if (!uncounted.isEmpty()) {
			throw InvalidInput.of("itemCounts", "itemsOfMonth", "国办函〔2020〕109号 Art. 4 counts every item of the "
					+ "applicant's applications received in " + month + ", charged or not; record the item count of "
					+ String.join(", ", uncounted) + " first");
		}
		return items;
	}

	private static int itemsNoticed(List<FeeNotice> notices) {
		return notices.stream().filter(n -> n.method() == FeeMethod.PER_ITEM).mapToInt(FeeNotice::quantity).sum();
	}

	private FeeCases.Applied application(String agencyCode, String caseNumber) {
		return cases.application(agencyCode, caseNumber).orElseThrow(() -> new NotFound("No case " + caseNumber));
	}

	private static ItemCount itemCountOf(Fees.ItemCountRow row) {
		return new ItemCount(row.agencyCode(), row.caseNumber(), row.applicantIdNumber(),
				YearMonth.from(row.receiptMonth()), row.items(), row.countedBy(), row.countedAt());
	}

	/** Takes the applicant's month row lock (creating the row on the month's first per-item notice). */
	private void lockMonth(String agencyCode, String applicant, YearMonth month) {
		if (fees.lockApplicantMonth(agencyCode, applicant, month.atDay(1)) == 0) {
			try {
				fees.insertApplicantMonth(agencyCode, applicant, month.atDay(1));
			}
			catch (DuplicateKeyException raced) {
				fees.lockApplicantMonth(agencyCode, applicant, month.atDay(1));
			}
		}
	}
	private LocalDate today() {
		return LocalDate.now(clock.withZone(settings.zone()));
	}
}
