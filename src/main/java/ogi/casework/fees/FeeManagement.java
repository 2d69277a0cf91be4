package ogi.casework.fees;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.shared.ApplicantKeys;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.NotFound;

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

	private final ApplicantApplications applications;

	private final ApplicantKeys applicantKeys;

	FeeManagement(Fees fees, OfficialCalendar calendar, CaseworkSettings settings, Clock clock,
			ApplicantApplications applications, ApplicantKeys applicantKeys) {
		this.applications = applications;
		this.applicantKeys = applicantKeys;
		this.fees = fees;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * What the tariff charges for {@code quantity} items or pages of this application, sent on {@code noticeDate}.
	 * Per item (Art. 4, F-3) the items count on from the same applicant's per-item notices of the agency with a
	 * notice date in the same calendar month, all of them whatever their day, so the month's total does not depend on
	 * the order in which its notices are recorded; per page (Art. 5, F-4) the pages count on from this application's
	 * earlier per-page notices. Nothing is stored.
	 * <p>
	 * Counting the month from the notices is this engine's reading [I]: an application whose items all fell in the
	 * free band gets no notice, so its items are not counted towards the month unless they are recorded on a notice.
	 *
	 * @param applicantIdNumber the applicant's identity number as registered; required per item, ignored per page
	 * @throws InvalidInput {@code oneMethod} when the application was already charged by the other method (Art. 3),
	 *         or on a missing applicant or an out-of-range quantity
	 */
	@Transactional(readOnly = true)
	public FeeQuote quote(String agencyCode, String caseNumber, String applicantIdNumber, FeeMethod method,
			int quantity, LocalDate noticeDate) {
		return price(agencyCode, caseNumber, normalised(applicantIdNumber), method, quantity, noticeDate,
				fees.of(agencyCode, caseNumber));
	}

	/**
	 * Records a fee notice (spec F-5) at the tariff's amount: the amount is computed from method, quantity and, per
	 * item, the applicant's month — a given {@code form.amount()} is only checked against it. The applicant key (a keyed
	 * hash of the identity number, never the number) is stored with the notice, so later per-item notices in the month
	 * count on from it.
	 *
	 * @param applicantIdNumber the applicant's identity number as registered (intake's {@code Application.idNumber()})
	 * @throws InvalidInput {@code amountMismatch} when a given amount differs from the tariff, {@code nothingToCharge}
	 *         when the tariff charges nothing, {@code oneMethod} when the other method was used already (Art. 3)
	 */
	@Transactional
	public FeeNotice notice(String agencyCode, String caseNumber, String applicantIdNumber, FeeNoticeForm form,
			CurrentUser handler) {
		var existing = fees.of(agencyCode, caseNumber);
		if (existing.stream().anyMatch(FeeNotice::isOpen)) {
			throw InvalidInput.of("feeNotice", "once", "Case " + caseNumber + " has an unpaid fee notice already");
		}
		if (form.receivedOn().isBefore(form.noticedOn())) {
			throw InvalidInput.of("receivedOn", "order", "The applicant cannot receive the notice before it was sent");
		}
		if (form.receivedOn().isAfter(today())) {
			throw InvalidInput.of("receivedOn", "notInFuture", "receivedOn " + form.receivedOn() + " is in the future");
		}
		String applicant = normalised(applicantIdNumber);
		if (form.method() == FeeMethod.PER_ITEM && applicant != null) {
			lockMonth(agencyCode, applicantKeys.applicantKey(applicant), YearMonth.from(form.noticedOn()));
		}
		var quote = price(agencyCode, caseNumber, applicant, form.method(), form.quantity(), form.noticedOn(),
				existing);
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
		fees.insert(notice, applicantKeys.applicantKey(applicant));
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

	@Transactional(readOnly = true)
	public Optional<FeeNotice> openNotice(String agencyCode, String caseNumber) {
		return fees.of(agencyCode, caseNumber).stream().filter(FeeNotice::isOpen).findFirst();
	}

	@Transactional(readOnly = true)
	public List<FeeNotice> of(String agencyCode, String caseNumber) {
		return fees.of(agencyCode, caseNumber);
	}

	/**
	 * Fee totals of the calendar {@code year} for section 六 of the annual report: notices and their amounts by notice
	 * date, and the amount collected by payment date.
	 */
	@Transactional(readOnly = true)
	public FeeTotals totals(String agencyCode, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		return new FeeTotals(agencyCode, year, fees.countNoticed(agencyCode, from, to),
				fees.amountNoticed(agencyCode, from, to).setScale(2), fees.amountPaid(agencyCode, from, to).setScale(2));
	}

	private FeeQuote price(String agencyCode, String caseNumber, String applicant, FeeMethod method, int quantity,
			LocalDate noticeDate, List<FeeNotice> existing) {
		if (method == null) {
			throw InvalidInput.of("method", "required", "Choose per item (按件) or per page (按量)");
		}
		if (noticeDate == null) {
			throw InvalidInput.of("noticedOn", "required", "The notice date fixes the month the items count in");
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
			if (applicant == null) {
				throw InvalidInput.of("applicantIdNumber", "required",
						"A per-item fee cumulates per applicant per calendar month (Art. 4): the applicant is needed");
			}
			YearMonth month = YearMonth.from(noticeDate);
			// Spec F-3 counts the applicant's items of the month, charged or free. An application that stayed within
			// the free band has no notice; it counts as one item at least [I: the item count of an uncharged
			// application is not recorded].
			long uncharged = applications.caseNumbers(agencyCode, applicant, month.atDay(1), month.atEndOfMonth())
					.stream().filter(other -> !other.equals(caseNumber))
					.filter(other -> fees.of(agencyCode, other).isEmpty()).count();
			int earlier = Math.toIntExact(fees.itemsNoticed(agencyCode, applicantKeys.applicantKey(applicant),
					month.atDay(1), month.atEndOfMonth()) + uncharged);
			var charge = FeeTariff.charge(method, earlier, quantity);
			return new FeeQuote(method, quantity, earlier, charge.amount(), charge.lines(), DOCUMENT
					+ " Art. 4, 按件计收 (F-3), cumulative per applicant per calendar month: items 1–10 free, 11–30 ¥100"
					+ " each, then ¥100 more per item for each further band of 10 (31–40 ¥200, 41–50 ¥300 …)"
					+ "; counted on from " + earlier + " item(s) of this applicant noticed in " + month);
		}
		int earlier = existing.stream().filter(notice -> notice.method() == FeeMethod.PER_PAGE)
				.mapToInt(FeeNotice::quantity).sum();
		var charge = FeeTariff.charge(method, earlier, quantity);
		return new FeeQuote(method, quantity, earlier, charge.amount(), charge.lines(), DOCUMENT
				+ " Art. 5, 按量计收 (F-4), per application: pages 1–30 free, 31–100 ¥10, 101–200 ¥20, from 201 ¥40 a page"
				+ (earlier == 0 ? "" : "; counted on from " + earlier + " page(s) of this application noticed before"));
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

	private static String normalised(String idNumber) {
		return idNumber == null || idNumber.isBlank() ? null : idNumber.strip().toUpperCase();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(settings.zone()));
	}
}
