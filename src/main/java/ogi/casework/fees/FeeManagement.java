package ogi.casework.fees;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.NotFound;

/** Records fee notices and payments; the tariffs themselves come with the fee rules of spec §4. */
@Service
public class FeeManagement {

	/** Spec F-5: 20 working days counted from the day after the applicant received the notice (T8). */
	static final int PAYMENT_WORKING_DAYS = 20;

	private final Fees fees;

	private final OfficialCalendar calendar;

	private final CaseworkSettings settings;

	private final Clock clock;

	FeeManagement(Fees fees, OfficialCalendar calendar, CaseworkSettings settings, Clock clock) {
		this.fees = fees;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional
	public FeeNotice notice(String agencyCode, String caseNumber, FeeNoticeForm form, CurrentUser handler) {
		var existing = fees.of(agencyCode, caseNumber);
		if (existing.stream().anyMatch(FeeNotice::isOpen)) {
			throw InvalidInput.of("feeNotice", "once", "Case " + caseNumber + " has an unpaid fee notice already");
		}
		if (existing.stream().anyMatch(notice -> notice.method() != form.method())) {
			throw InvalidInput.of("method", "oneMethod",
					"国办函〔2020〕109号 Art. 3: one application is charged per item or per page, never both");
		}
		if (form.receivedOn().isBefore(form.noticedOn())) {
			throw InvalidInput.of("receivedOn", "order", "The applicant cannot receive the notice before it was sent");
		}
		if (form.receivedOn().isAfter(today())) {
			throw InvalidInput.of("receivedOn", "notInFuture", "receivedOn " + form.receivedOn() + " is in the future");
		}
		var notice = new FeeNotice(agencyCode, caseNumber, existing.size() + 1, form.method(), form.quantity(),
				form.amount(), form.basis(), form.noticedOn(), form.receivedOn(),
				calendar.addWorkingDays(agencyCode, form.receivedOn(), PAYMENT_WORKING_DAYS).date(), null, handler.username(),
				Instant.now(clock));
		fees.insert(notice);
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

	private LocalDate today() {
		return LocalDate.now(clock.withZone(settings.zone()));
	}
}
