package ogi.casework.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.shared.CaseworkSettings;

/** Computes statutory due dates on the official calendar and keeps them, with their reasons, in the case's ledger. */
@Service
public class DeadlineManagement {

	private final Deadlines deadlines;

	private final OfficialCalendar calendar;

	private final CaseworkSettings settings;

	private final Clock clock;

	DeadlineManagement(Deadlines deadlines, OfficialCalendar calendar, CaseworkSettings settings, Clock clock) {
		this.deadlines = deadlines;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Art. 33(2): the reply is due 20 working days after {@code startDate} — the receipt date (Art. 31) or the
	 * supplement's receipt date (Art. 30); a new start replaces the earlier period in the ledger.
	 */
	@Transactional
	public Deadline startReplyPeriod(String agencyCode, String caseNumber, LocalDate startDate, String startReason,
			String actor) {
		return record(agencyCode, caseNumber, DeadlineKind.REPLY, startDate, settings.replyWorkingDays(), startReason,
				actor);
	}

	/** Art. 30 (T1): the supplement notice is due 7 working days after the receipt date. */
	@Transactional
	public Deadline startSupplementNoticePeriod(String agencyCode, String caseNumber, LocalDate receiptDate,
			String actor) {
		return record(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT_NOTICE, receiptDate,
				settings.supplementNoticeWorkingDays(), "receipt date (Art. 31)", actor);
	}

	/** Art. 30 (T2): the supplement period the agency sets, counted from the notice. */
	@Transactional
	public Deadline startSupplementPeriod(String agencyCode, String caseNumber, LocalDate noticedOn,
			int workingDays, String actor) {
		deadlines.deactivate(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT_NOTICE);
		return record(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT, noticedOn, workingDays,
				"date of the supplement notice", actor);
	}

	/** Ends a period that no longer runs (the supplement arrived, the reply was delivered). */
	@Transactional
	public void close(String agencyCode, String caseNumber, DeadlineKind kind) {
		deadlines.deactivate(agencyCode, caseNumber, kind);
	}

	@Transactional(readOnly = true)
	public Optional<Deadline> active(String agencyCode, String caseNumber, DeadlineKind kind) {
		return deadlines.active(agencyCode, caseNumber, kind);
	}

	@Transactional(readOnly = true)
	public List<Deadline> ledger(String agencyCode, String caseNumber) {
		return deadlines.ledger(agencyCode, caseNumber);
	}

	/** The default supplement period, a choice of the agency (spec R-30 [I]). */
	public int defaultSupplementWorkingDays() {
		return settings.supplementWorkingDays();
	}

	private Deadline record(String agencyCode, String caseNumber, DeadlineKind kind, LocalDate startDate,
			int workingDays, String startReason, String actor) {
		deadlines.deactivate(agencyCode, caseNumber, kind);
		var result = calendar.addWorkingDays(startDate, workingDays);
		String explanation = "%d working days from %s (%s), the start day not counted → due %s%s".formatted(
				workingDays, startDate, startReason, result.date(),
				result.provisional() ? " (provisional: the official holiday notice for that year is not loaded yet)"
						: "");
		var deadline = new Deadline(null, agencyCode, caseNumber, kind, startDate, workingDays, result.date(),
				result.provisional(), kind.basis(), explanation, true, actor, Instant.now(clock));
		deadlines.insert(deadline);
		return deadline;
	}
}
