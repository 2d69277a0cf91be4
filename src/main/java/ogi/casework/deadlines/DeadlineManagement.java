package ogi.casework.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.ReadsOnly;

/**
 * Computes statutory due dates on the official calendar and keeps them in the case's ledger with their legal basis
 * and the reason for every recomputation: receipt, supplement, pauses for consultations, extensions, calendar
 * changes.
 */
@Service
public class DeadlineManagement {

	/** The applicant's remedy windows in the ledger and the period each counts (T12, T19). */
	private static final java.util.Map<DeadlineKind, RemedyPeriod> REMEDY_PERIODS = new java.util.EnumMap<>(
			java.util.Map.of(DeadlineKind.RECONSIDERATION_WINDOW, RemedyPeriod.T12, DeadlineKind.LAWSUIT_WINDOW,
					RemedyPeriod.T19));

	/** The applicant's windows after the reply: reconsideration (T12) and lawsuit (T19). */
	public static final java.util.Set<DeadlineKind> REMEDY_WINDOWS = java.util.Set.copyOf(REMEDY_PERIODS.keySet());

	/**
	 * The earliest day a change of the calendar can move a remedy window ending on {@code lastDay} from: its last day
	 * rolls past rest days from the plain end of its calendar days, and a roll spans days — a holiday at most — so only
	 * a day changed within the month before it, or the day itself, can move it.
	 */
	public static LocalDate remedyWindowMovableFrom(LocalDate lastDay) {
		return lastDay.minusMonths(1);
	}

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
		return recordReply(agencyCode, caseNumber, startDate, startReason,
				new Why(DeadlineCause.STARTED, null, "reply period starts: " + startReason), actor);
	}

	/**
	 * Starts a new reply cycle of a reopened case: a reconsideration body or court ordered a new reply (复议法 Arts.
	 * 64, 66; 行诉法 Arts. 70, 72). The earlier reply period and remedy windows stay in the ledger as history (the
	 * windows are closed: the new reply opens its own); the new reply period runs from the decision's receipt for the
	 * working days or to the date the decision sets. Extensions and excluded time count only from this cycle's start.
	 */
	@Transactional
	public Deadline startReplyCycle(String agencyCode, String caseNumber, int cycle, LocalDate startedOn,
			Integer workingDays, LocalDate fixedDueOn, String basis, String actor) {
		if ((workingDays == null) == (fixedDueOn == null)) {
			throw new IllegalArgumentException("a reply cycle has either a period or a date");
		}
		deadlines.insertCycle(new ReplyCycle(agencyCode, caseNumber, cycle, startedOn, workingDays, fixedDueOn, basis,
				actor, Instant.now(clock)));
		close(agencyCode, caseNumber, DeadlineKind.RECONSIDERATION_WINDOW);
		close(agencyCode, caseNumber, DeadlineKind.LAWSUIT_WINDOW);
		return recordReply(agencyCode, caseNumber, startedOn, "reply cycle " + cycle + ": " + basis,
				new Why(DeadlineCause.CYCLE_STARTED, cycle, "case reopened for a new reply (cycle " + cycle + ")"),
				actor);
	}

	/** The latest reply cycle of a reopened case, if it was reopened. */
	@ReadsOnly
	public Optional<ReplyCycle> latestReplyCycle(String agencyCode, String caseNumber) {
		return deadlines.latestCycle(agencyCode, caseNumber);
	}

	/** Art. 31: records how the receipt date was fixed, the day 0 of every OGI period. */
	@Transactional
	public Deadline recordReceipt(String agencyCode, String caseNumber, LocalDate receiptDate, String howFixed,
			String actor) {
		return insert(agencyCode, caseNumber, DeadlineKind.RECEIPT, receiptDate, howFixed, 0, PeriodUnit.WORKING_DAYS,
				0, receiptDate, false, "Received " + receiptDate + ": " + howFixed,
				new Why(DeadlineCause.RECEIPT, null, "application received"), actor);
	}

	/**
	 * Opens the ledger of a case logged in the caller's transaction with its first entries: how the receipt date was
	 * fixed (Art. 31), the supplement-notice period (Art. 30, T1) and the reply period (Art. 33(2), T3) — as
	 * {@link #recordReceipt}, {@link #startSupplementNoticePeriod} and {@link #startReplyPeriod} would, in one insert: a
	 * new case has no earlier entry to replace, and no extension, excluded time or reply cycle to count.
	 */
	@Transactional
	public OpenedLedger openLedger(String agencyCode, String caseNumber, LocalDate receiptDate, String howFixed,
			String replyStartReason, String actor) {
		var received = new Why(DeadlineCause.RECEIPT, null, "application received");
		var receipt = candidate(agencyCode, caseNumber, DeadlineKind.RECEIPT, receiptDate, howFixed, 0,
				PeriodUnit.WORKING_DAYS, 0, receiptDate, false, "Received " + receiptDate + ": " + howFixed, received,
				actor);
		var supplementNotice = computeWorkingDays(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT_NOTICE, receiptDate,
				settings.supplementNoticeWorkingDays(), "receipt date (Art. 31)", received, actor);
		var reply = computeReply(agencyCode, caseNumber, receiptDate, replyStartReason,
				new Why(DeadlineCause.STARTED, null, "reply period starts: " + replyStartReason), actor, List.of(),
				List.of(), Optional.empty());
		deadlines.insertAll(List.of(receipt, supplementNotice, reply));
		return new OpenedLedger(supplementNotice, reply);
	}

	/** A new case's first periods: the supplement notice's (T1) and the reply's (T3). */
	public record OpenedLedger(Deadline supplementNotice, Deadline reply) {
	}

	/** Art. 30 (T1): the supplement notice is due 7 working days after the receipt date. */
	@Transactional
	public Deadline startSupplementNoticePeriod(String agencyCode, String caseNumber, LocalDate receiptDate,
			String actor) {
		return recordWorkingDays(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT_NOTICE, receiptDate,
				settings.supplementNoticeWorkingDays(), "receipt date (Art. 31)",
				new Why(DeadlineCause.RECEIPT, null, "application received"), actor);
	}

	/**
	 * Art. 30 (T2): the supplement period the agency sets runs from the applicant's receipt of the notice [I, spec §5];
	 * until that receipt is recorded, from the notice's date.
	 */
	@Transactional
	public Deadline startSupplementPeriod(String agencyCode, String caseNumber, LocalDate noticedOn,
			int workingDays, String actor) {
		deadlines.deactivate(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT_NOTICE);
		return recordWorkingDays(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT, noticedOn, workingDays,
				"date of the supplement notice, until its receipt is recorded",
				new Why(DeadlineCause.STARTED, null, "supplement notice sent"), actor);
	}

	/**
	 * Art. 30 (T2): the applicant's receipt of the supplement notice was recorded; the supplement period runs from it.
	 * Returns the moved period, or empty when no supplement period runs or it already ran from that day.
	 */
	@Transactional
	public Optional<Deadline> moveSupplementPeriodStart(String agencyCode, String caseNumber, LocalDate receivedOn,
			String actor, GivenDate letter) {
		var period = latest(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT);
		if (period.isEmpty() || period.get().startDate().equals(receivedOn)) {
			return Optional.empty();
		}
		return Optional.of(record(notBefore(computeWorkingDays(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT,
				receivedOn, period.get().length(), "the applicant's receipt of the supplement notice",
				new Why(DeadlineCause.START_MOVED, null, "receipt of the supplement notice recorded: " + receivedOn),
				actor), letter)));
	}

	/** The latest entry of a kind, running or closed. */
	@ReadsOnly
	public Optional<Deadline> latest(String agencyCode, String caseNumber, DeadlineKind kind) {
		return deadlines.ledger(agencyCode, caseNumber).stream().filter(d -> d.kind() == kind)
				.reduce((first, second) -> second);
	}

	/**
	 * Art. 33(3): starts excluded time (a consultation letter sent, a fee notice) and recomputes the reply due date;
	 * until the pause ends it is taken to last until {@code plannedEnd}.
	 */
	@Transactional
	public Deadline startPause(String agencyCode, String caseNumber, PauseKind kind, int number,
			LocalDate startedOn, LocalDate plannedEnd, String actor) {
		deadlines.insertPause(new Pause(agencyCode, caseNumber, kind, number, startedOn, plannedEnd, null,
				kind.basis(), actor, Instant.now(clock)));
		return recomputeReply(agencyCode, caseNumber, new Why(DeadlineCause.PAUSE_STARTED, number,
				"pause started: " + label(kind, number) + " on " + startedOn), actor);
	}

	/** Ends running excluded time (the answer arrived, the window passed, the fee was paid); recomputes the reply. */
	@Transactional
	public Deadline endPause(String agencyCode, String caseNumber, PauseKind.Subject subject, int number,
			LocalDate endedOn, String actor) {
		var pause = runningPause(agencyCode, caseNumber, subject, number).orElseThrow(() -> new NotFound(
				"Case " + caseNumber + " has no running pause of " + subject + " " + number));
		return replanPause(agencyCode, caseNumber, pause, pause.plannedEnd(), endedOn,
				"pause ended: " + label(pause.kind(), number) + " on " + endedOn, actor);
	}

	/**
	 * Changes excluded time recorded earlier, when a fact recorded later shows its true dates: a window that runs from
	 * a receipt recorded later ({@code plannedEnd}), an answer dated within a window that had been taken as silence
	 * ({@code endedOn}); {@code endedOn} null makes it run again. Recomputes the reply if one runs.
	 */
	@Transactional
	public Optional<Deadline> replanPause(String agencyCode, String caseNumber, PauseKind.Subject subject, int number,
			LocalDate plannedEnd, LocalDate endedOn, String why, String actor) {
		var pause = pause(agencyCode, caseNumber, subject, number).orElseThrow(
				() -> new NotFound("Case " + caseNumber + " has no pause of " + subject + " " + number));
		if (active(agencyCode, caseNumber, DeadlineKind.REPLY).isEmpty()) {
			checkPauseOrder(pause, endedOn);
			deadlines.replanPause(agencyCode, caseNumber, pause.kind(), number, plannedEnd, endedOn);
			return Optional.empty();
		}
		return Optional.of(replanPause(agencyCode, caseNumber, pause, plannedEnd, endedOn, why, actor));
	}

	private Deadline replanPause(String agencyCode, String caseNumber, Pause pause, LocalDate plannedEnd,
			LocalDate endedOn, String why, String actor) {
		checkPauseOrder(pause, endedOn);
		deadlines.replanPause(agencyCode, caseNumber, pause.kind(), pause.number(), plannedEnd, endedOn);
		return recomputeReply(agencyCode, caseNumber, new Why(DeadlineCause.PAUSE_CHANGED, pause.number(), why),
				actor);
	}

	private static void checkPauseOrder(Pause pause, LocalDate endedOn) {
		if (endedOn != null && endedOn.isBefore(pause.startedOn())) {
			throw InvalidInput.of("endedOn", "order", "A pause cannot end before it started on " + pause.startedOn());
		}
	}

	/** A pause in words for the ledger, e.g. "consultation 2". */
	static String label(PauseKind kind, int number) {
		return (kind.subject() == PauseKind.Subject.CONSULTATION ? "consultation " : "fee notice ") + number;
	}

	/** Records a request to extend the reply period; the office head decides it. */
	@Transactional
	public Extension requestExtension(String agencyCode, String caseNumber, ExtensionKind kind, int workingDays,
			String reason, String actor) {
		var all = deadlines.extensions(agencyCode, caseNumber);
		var existing = ofCurrentCycle(agencyCode, caseNumber, all);
		if (existing.stream().anyMatch(e -> e.status() == Extension.Status.REQUESTED)) {
			throw new ActionNotAllowed("extensionPending", "An extension request of case " + caseNumber
					+ " awaits the office head's decision already");
		}
		if (workingDays < 1) {
			throw InvalidInput.of("workingDays", "min", "An extension is at least 1 working day");
		}
		if (kind == ExtensionKind.EXTENSION) {
			int granted = approvedDays(existing, ExtensionKind.EXTENSION);
			int left = settings.maxExtensionWorkingDays() - granted;
			if (workingDays > left) {
				throw InvalidInput.of("workingDays", "maxExtension", "Art. 33(2) allows at most "
						+ settings.maxExtensionWorkingDays() + " working days of extension; " + granted
						+ " are granted already, so at most " + left + " more (beyond that only Art. 35 applies)");
			}
		}
		var extension = new Extension(agencyCode, caseNumber, all.size() + 1, kind, workingDays, reason,
				Extension.Status.REQUESTED, actor, Instant.now(clock), null, null, null, null);
		deadlines.insertExtension(extension);
		return extension;
	}

	/**
	 * The office head approves an extension (Art. 33(2)) or a reasonable delay (Art. 35): the approval and the notice
	 * to the applicant must both fall on or before the current due date, else the reply is already late and the
	 * extension is refused.
	 */
	@Transactional
	public Deadline approveExtension(String agencyCode, String caseNumber, LocalDate approvedOn, LocalDate noticedOn,
			String note, String approver) {
		var request = pendingExtension(agencyCode, caseNumber);
		var due = active(agencyCode, caseNumber, DeadlineKind.REPLY).orElseThrow(
				() -> new ActionNotAllowed("noReplyPeriod", "Case " + caseNumber + " has no running reply period"));
		if (approvedOn.isAfter(today()) || noticedOn.isAfter(today())) {
			throw InvalidInput.of(noticedOn.isAfter(today()) ? "noticedOn" : "approvedOn", "notInFuture",
					"The approval and the notice to the applicant are recorded once they happened");
		}
		if (approvedOn.isAfter(due.dueDate()) || noticedOn.isAfter(due.dueDate())) {
			throw new ActionNotAllowed("extensionAfterDueDate", "The reply was due on " + due.dueDate()
					+ "; an extension must be approved and noticed to the applicant by then (Art. 33(2)), but "
					+ (approvedOn.isAfter(due.dueDate()) ? "it was approved on " + approvedOn
							: "the notice is dated " + noticedOn));
		}
		if (noticedOn.isBefore(approvedOn)) {
			throw InvalidInput.of("noticedOn", "order", "The applicant is noticed of an extension once it is approved");
		}
		deadlines.decideExtension(new Extension(agencyCode, caseNumber, request.number(), request.kind(),
				request.workingDays(), request.reason(), Extension.Status.APPROVED, request.requestedBy(),
				request.requestedAt(), approver, approvedOn, noticedOn, note));
		return recomputeReply(agencyCode, caseNumber, new Why(DeadlineCause.EXTENSION_APPROVED, request.number(),
				request.kind() + " of " + request.workingDays() + " working days approved by " + approver + " on "
						+ approvedOn + ", applicant noticed " + noticedOn),
				approver);
	}

	/** The office head refuses the requested extension; the due date stays. */
	@Transactional
	public Extension refuseExtension(String agencyCode, String caseNumber, String note, String head) {
		var request = pendingExtension(agencyCode, caseNumber);
		var refused = new Extension(agencyCode, caseNumber, request.number(), request.kind(), request.workingDays(),
				request.reason(), Extension.Status.REFUSED, request.requestedBy(), request.requestedAt(), head, today(),
				null, note);
		deadlines.decideExtension(refused);
		return refused;
	}

	/**
	 * Recomputes a running working-day period on the calendar as it is now (after a notice or a regional calendar
	 * was loaded, or on another node's change) and records it with {@code reason} only if its due date or its
	 * provisional mark changed; returns the new entry, or empty when nothing changed.
	 */
	@Transactional
	public Optional<Deadline> recomputeIfChanged(String agencyCode, String caseNumber, DeadlineKind kind,
			String reason) {
		return recomputeIfChanged(agencyCode, caseNumber, kind, reason, () -> null);
	}

	/**
	 * The same for a period whose end a letter gave the person who must act within it (the supplement notice's date,
	 * Art. 30): see {@link #notBefore}.
	 *
	 * @param letter the date the letter gave, or null when no letter gave one; asked only when the period runs
	 */
	@Transactional
	public Optional<Deadline> recomputeIfChanged(String agencyCode, String caseNumber, DeadlineKind kind,
			String reason, java.util.function.Supplier<GivenDate> letter) {
		var current = active(agencyCode, caseNumber, kind);
		if (current.isPresent() && REMEDY_PERIODS.containsKey(kind)) {
			return recomputeRemedyWindow(current.get(), REMEDY_PERIODS.get(kind), reason);
		}
		if (current.isEmpty() || current.get().unit() != PeriodUnit.WORKING_DAYS || kind == DeadlineKind.RECEIPT) {
			return Optional.empty();
		}
		Deadline was = current.get();
		Why why = new Why(DeadlineCause.CALENDAR_CHANGED, null, reason);
		Deadline now = kind == DeadlineKind.REPLY
				? computeReply(agencyCode, caseNumber, was.startDate(), was.startReason(), why, "system")
				: notBefore(computeWorkingDays(agencyCode, caseNumber, kind, was.startDate(), was.length(),
						was.startReason(), why, "system"), letter.get());
		if (now.dueDate().equals(was.dueDate()) && now.provisional() == was.provisional()) {
			return Optional.empty();
		}
		record(now);
		return Optional.of(now);
	}

	/** The period as counted, ending on the letter's date if the count ends before it ({@link GivenDate}). */
	private static Deadline notBefore(Deadline counted, GivenDate letter) {
		if (letter == null || !letter.holds(counted.dueDate())) {
			return counted;
		}
		return new Deadline(null, counted.agencyCode(), counted.caseNumber(), counted.kind(), counted.startDate(),
				counted.startReason(), counted.length(), counted.unit(), counted.pausedWorkingDays(), letter.date(),
				counted.provisional(), counted.basis(), counted.explanation() + "; the " + letter.what() + " gave "
						+ letter.date() + ", and the period does not end before the date the agency gave",
				counted.reason(), true, counted.recordedBy(), counted.recordedAt(), counted.cause(),
				counted.causeNumber());
	}

	/**
	 * A reconsideration or lawsuit window counted again from its start on the calendar as it is now: its last day rolls
	 * past rest days (民事诉讼法 Art. 85), so a rest day loaded later, or a working day, around its end moves it, and a
	 * provisional end becomes final once its year's notice is loaded.
	 */
	private Optional<Deadline> recomputeRemedyWindow(Deadline was, RemedyPeriod period, String reason) {
		var end = remedyPeriodEnd(was.agencyCode(), period, was.startDate());
		if (end.lastDay().equals(was.dueDate()) && end.provisional() == was.provisional()) {
			return Optional.empty();
		}
		return Optional.of(record(candidate(was.agencyCode(), was.caseNumber(), was.kind(), was.startDate(),
				was.startReason(), period.length(), period.unit(), 0, end.lastDay(), end.provisional(),
				end.explanation(), new Why(DeadlineCause.CALENDAR_CHANGED, null, reason), "system")));
	}

	/**
	 * The applicant's remedy windows that a calendar change of days from {@code from} on may move: the final ones
	 * ending on or after it ({@code from} null: none), and the provisional ones; of {@code agencies} only (null: all).
	 */
	@ReadsOnly
	public List<Deadline> remedyWindowsEndingFrom(LocalDate from, java.util.Collection<String> agencies) {
		if (agencies != null && agencies.isEmpty()) {
			return List.of();
		}
		List<Deadline> windows = new ArrayList<>(deadlines.activeProvisional(REMEDY_PERIODS.keySet(), agencies));
		if (from != null) {
			windows.addAll(deadlines.activeFinalEndingFrom(REMEDY_PERIODS.keySet(), from, agencies));
		}
		return windows;
	}

	/**
	 * After delivery: the applicant's windows for reconsideration (60 calendar days, T12) and, except for refusals
	 * which must go to reconsideration first (复议法 Art. 23(四), spec G-2), a direct suit (6 months, T19); a last day
	 * on a rest day rolls to the next working day (民事诉讼法 Art. 85). The windows run from {@code knownOn}, the day
	 * the applicant knew the reply: the day they signed for it, or received it by post (spec G-5).
	 *
	 * @param howKnown how {@code knownOn} was fixed, in words for the ledger
	 */
	@Transactional
	public List<Deadline> startRemedyWindows(String agencyCode, String caseNumber, LocalDate knownOn,
			String howKnown, boolean reconsiderationFirst, String actor) {
		List<Deadline> windows = new ArrayList<>();
		windows.add(recordRemedyWindow(agencyCode, caseNumber, DeadlineKind.RECONSIDERATION_WINDOW,
				REMEDY_PERIODS.get(DeadlineKind.RECONSIDERATION_WINDOW), knownOn, howKnown, actor));
		if (!reconsiderationFirst) {
			windows.add(recordRemedyWindow(agencyCode, caseNumber, DeadlineKind.LAWSUIT_WINDOW,
					REMEDY_PERIODS.get(DeadlineKind.LAWSUIT_WINDOW), knownOn, howKnown, actor));
		}
		return windows;
	}

	private Deadline recordRemedyWindow(String agencyCode, String caseNumber, DeadlineKind kind, RemedyPeriod period,
			LocalDate knownOn, String howKnown, String actor) {
		var end = remedyPeriodEnd(agencyCode, period, knownOn);
		return insert(agencyCode, caseNumber, kind, knownOn, howKnown, period.length(), period.unit(), 0,
				end.lastDay(), end.provisional(), end.explanation(),
				new Why(DeadlineCause.DELIVERED, null, "reply delivered"), actor);
	}

	/**
	 * The last day of a reconsideration or litigation period starting on {@code start}, rolled past rest days, with
	 * the computation in words.
	 */
	public PeriodEnd remedyPeriodEnd(String agencyCode, RemedyPeriod period, LocalDate start) {
		var end = period.unit() == PeriodUnit.MONTHS ? calendar.monthPeriodEnd(agencyCode, start, period.length())
				: calendar.calendarDayPeriodEnd(agencyCode, start, period.length());
		LocalDate plain = period.unit() == PeriodUnit.MONTHS ? start.plusMonths(period.length())
				: start.plusDays(period.length());
		String explanation = "%s (%s): %d %s from %s, the start day not counted → %s%s".formatted(period.name(),
				period.basis(), period.length(), period.unit() == PeriodUnit.MONTHS ? "months" : "calendar days",
				start, plain, plain.equals(end.date()) ? ""
						: ", a rest day, so the period ends on the next working day " + end.date()
								+ " (民事诉讼法 Art. 85)");
		return new PeriodEnd(period, start, end.date(), end.provisional(), explanation);
	}

	/** A computed reconsideration or litigation period. */
	public record PeriodEnd(RemedyPeriod period, LocalDate start, LocalDate lastDay, boolean provisional,
			String explanation) {
	}

	/**
	 * Art. 33(2): the reply's timeliness by the one rule of {@link ReplyTimeliness}. The due date in force is the
	 * running reply period's, or, once the reply was delivered, the last one it had.
	 *
	 * @param deliveredOn the reply's delivery date, null while none was delivered
	 */
	@ReadsOnly
	public ReplyTimeliness timeliness(String agencyCode, String caseNumber, LocalDate deliveredOn) {
		var due = deliveredOn != null ? latest(agencyCode, caseNumber, DeadlineKind.REPLY)
				: active(agencyCode, caseNumber, DeadlineKind.REPLY);
		return ReplyTimeliness.of(due.map(Deadline::dueDate).orElse(null), deliveredOn, today());
	}

	/**
	 * Makes the latest period of {@code kind} run again, when the conclusion that closed it was undone by a fact
	 * recorded later (the fee was paid in time after all).
	 */
	@Transactional
	public Optional<Deadline> reinstate(String agencyCode, String caseNumber, DeadlineKind kind) {
		var latest = latest(agencyCode, caseNumber, kind);
		latest.filter(d -> !d.active()).ifPresent(d -> deadlines.reactivate(d.id()));
		return active(agencyCode, caseNumber, kind);
	}

	/** Ends a period that no longer runs (the supplement arrived, the reply was delivered). */
	@Transactional
	public void close(String agencyCode, String caseNumber, DeadlineKind kind) {
		deadlines.deactivate(agencyCode, caseNumber, kind);
	}

	@ReadsOnly
	public Optional<Deadline> active(String agencyCode, String caseNumber, DeadlineKind kind) {
		return deadlines.active(agencyCode, caseNumber, kind);
	}

	@ReadsOnly
	public List<Deadline> ledger(String agencyCode, String caseNumber) {
		return deadlines.ledger(agencyCode, caseNumber);
	}

	@ReadsOnly
	public List<Pause> pauses(String agencyCode, String caseNumber) {
		return deadlines.pauses(agencyCode, caseNumber);
	}

	/** The pause of a consultation or fee notice, running or ended. */
	@ReadsOnly
	public Optional<Pause> pause(String agencyCode, String caseNumber, PauseKind.Subject subject, int number) {
		return pauses(agencyCode, caseNumber).stream().filter(p -> p.is(subject, number)).findFirst();
	}

	/** The pause of a consultation or fee notice if it is still running. */
	@ReadsOnly
	public Optional<Pause> runningPause(String agencyCode, String caseNumber, PauseKind.Subject subject, int number) {
		return pause(agencyCode, caseNumber, subject, number).filter(Pause::isOpen);
	}

	/** The earliest planned end among the running pauses of {@code subject}. */
	@ReadsOnly
	public Optional<LocalDate> firstRunningPauseEnd(String agencyCode, String caseNumber, PauseKind.Subject subject) {
		return pauses(agencyCode, caseNumber).stream().filter(p -> p.isOpen() && p.kind().subject() == subject)
				.map(Pause::plannedEnd).min(LocalDate::compareTo);
	}

	@ReadsOnly
	public List<Extension> extensions(String agencyCode, String caseNumber) {
		return deadlines.extensions(agencyCode, caseNumber);
	}

	/**
	 * The extension or reasonable delay approved last, with the handler's reason and the notice date — what the
	 * notice to the applicant states (Arts. 33(2), 35).
	 *
	 * @throws NotFound when no extension of the case was approved
	 */
	@ReadsOnly
	public Extension latestApprovedExtension(String agencyCode, String caseNumber) {
		return deadlines.extensions(agencyCode, caseNumber).stream()
				.filter(e -> e.status() == Extension.Status.APPROVED).reduce((first, second) -> second)
				.orElseThrow(() -> new NotFound("Case " + caseNumber + " has no approved extension"));
	}

	/** The cases with an excluded stretch still running (a consultation or fee notice awaited). */
	@ReadsOnly
	public java.util.Set<ogi.casework.shared.CaseKey> casesWithOpenPause() {
		return new java.util.HashSet<>(deadlines.casesWithOpenPause());
	}

	/** Every running period of a kind, optionally of one agency. */
	@ReadsOnly
	public List<Deadline> allActive(DeadlineKind kind, String agencyCode) {
		return deadlines.allActive(kind, agencyCode);
	}

	/**
	 * Up to {@code limit} cases after {@code after} (in key order) with an active period of a {@code running} kind (none
	 * may be given), or of a {@code windows} kind that has not ended before {@code windowsFrom}: a page of a nightly
	 * sweep.
	 */
	@ogi.casework.shared.ReadsOnly
	public List<ogi.casework.shared.CaseKey> casesWithRunningPeriodAfter(ogi.casework.shared.CaseKey after,
			java.util.Set<DeadlineKind> running, java.util.Set<DeadlineKind> windows, LocalDate windowsFrom, int limit) {
		return deadlines.casesWithRunningPeriodAfter(after, running, windows, windowsFrom, limit);
	}

	/** The default supplement period, a choice of the agency (spec R-30 [I]). */
	public int defaultSupplementWorkingDays() {
		return settings.supplementWorkingDays();
	}

	/** The consulted party's window: 15 working days from its receipt of the letter (Arts. 32, 34). */
	public LocalDate consultationWindowEnd(String agencyCode, LocalDate letterReceivedOn) {
		return calendar.addWorkingDays(agencyCode, letterReceivedOn, settings.consultationWorkingDays()).date();
	}

	/** Working days after {@code fromExclusive} up to and including {@code toInclusive}. */
	public int workingDaysBetween(String agencyCode, LocalDate fromExclusive, LocalDate toInclusive) {
		return calendar.workingDaysBetween(agencyCode, fromExclusive, toInclusive);
	}

	/** The working day {@code workingDays} working days before {@code date}, for reminders. */
	public LocalDate workingDaysBefore(String agencyCode, LocalDate date, int workingDays) {
		LocalDate day = date;
		int counted = 0;
		while (counted < workingDays) {
			day = day.minusDays(1);
			if (calendar.isWorkingDay(agencyCode, day)) {
				counted++;
			}
		}
		return day;
	}

	/** Why an entry was computed: the typed cause, the extension, consultation or fee notice concerned, and words. */
	private record Why(DeadlineCause cause, Integer number, String words) {
	}

	private Deadline recomputeReply(String agencyCode, String caseNumber, Why why, String actor) {
		var current = active(agencyCode, caseNumber, DeadlineKind.REPLY).orElseThrow(
				() -> new ActionNotAllowed("noReplyPeriod", "Case " + caseNumber + " has no running reply period"));
		return recordReply(agencyCode, caseNumber, current.startDate(), current.startReason(), why, actor);
	}

	private Deadline recordReply(String agencyCode, String caseNumber, LocalDate startDate, String startReason,
			Why why, String actor) {
		return record(computeReply(agencyCode, caseNumber, startDate, startReason, why, actor));
	}

	private Deadline recordWorkingDays(String agencyCode, String caseNumber, DeadlineKind kind, LocalDate startDate,
			int workingDays, String startReason, Why why, String actor) {
		return record(computeWorkingDays(agencyCode, caseNumber, kind, startDate, workingDays, startReason, why,
				actor));
	}

	/** Art. 33: the reply period with its extensions and excluded time, explained; not yet recorded. */
	private Deadline computeReply(String agencyCode, String caseNumber, LocalDate startDate, String startReason,
			Why why, String actor) {
		return computeReply(agencyCode, caseNumber, startDate, startReason, why, actor,
				deadlines.extensions(agencyCode, caseNumber), deadlines.pauses(agencyCode, caseNumber),
				deadlines.latestCycle(agencyCode, caseNumber));
	}

	/** The same, given the case's extensions, pauses and latest reply cycle. */
	private Deadline computeReply(String agencyCode, String caseNumber, LocalDate startDate, String startReason,
			Why why, String actor, List<Extension> extensions, List<Pause> pauses, Optional<ReplyCycle> latestCycle) {
		// A reopened case's cycle: its own period, and only its own extensions and excluded time.
		var cycle = latestCycle.filter(c -> c.startedOn().equals(startDate));
		extensions = ofCycle(cycle, extensions);
		pauses = ofCycle(cycle, startDate, pauses);
		var pauseIntervals = pauses.stream().map(p -> new ReplyClock.Interval(p.startedOn(), p.effectiveEnd())).toList();
		LocalDate fixedDue = cycle.map(ReplyCycle::fixedDueOn).orElse(null);
		int base = cycle.map(ReplyCycle::workingDays).orElse(settings.replyWorkingDays());
		var late = noticedAfterThePeriod(agencyCode, startDate, base, fixedDue, pauseIntervals, extensions).stream()
			.map(LateExtension::extension).toList();
		extensions = extensions.stream().filter(e -> !late.contains(e)).toList();
		int extension = approvedDays(extensions, ExtensionKind.EXTENSION);
		int delay = approvedDays(extensions, ExtensionKind.REASONABLE_DELAY);
		String notCounted = late.stream().map(e -> ", not counting the " + e.workingDays() + " working days "
				+ (e.kind() == ExtensionKind.EXTENSION ? "extension" : "reasonable delay") + " noticed to the applicant on "
				+ e.noticedOn() + ", after the period it would extend had ended (" + e.kind().basis() + ")")
			.collect(java.util.stream.Collectors.joining());
		if (cycle.isPresent() && cycle.get().fixedDueOn() != null) {
			// [I] A date the decision sets is kept; an approved extension adds its working days to it.
			LocalDate fixed = cycle.get().fixedDueOn();
			var due = extension + delay == 0 ? new ogi.casework.calendar.WorkingDayResult(fixed, false)
					: calendar.addWorkingDays(agencyCode, fixed, extension + delay);
			String explanation = "the date the decision sets, " + fixed + " (" + startReason + ")"
					+ (extension + delay == 0 ? "" : ", + " + (extension + delay) + " working days approved")
					+ notCounted + " → due " + due.date() + provisionalNote(due.provisional());
			return candidate(agencyCode, caseNumber, DeadlineKind.REPLY, startDate, startReason,
					calendar.workingDaysBetween(agencyCode, startDate, due.date()), PeriodUnit.WORKING_DAYS, 0,
					due.date(), due.provisional(), explanation, why, actor);
		}
		int period = base + extension + delay;
		var result = ReplyClock.dueDate(calendar, agencyCode, startDate, period, pauseIntervals);
		var explanation = new StringBuilder().append(base).append(" working days from ")
				.append(startDate).append(" (").append(startReason).append(')');
		extensions.stream().filter(e -> e.status() == Extension.Status.APPROVED)
				.forEach(e -> explanation.append(", + ").append(e.workingDays()).append(" working days ")
						.append(e.kind() == ExtensionKind.EXTENSION ? "extension" : "reasonable delay").append(" (")
						.append(e.kind().basis()).append(", approved by ").append(e.decidedBy()).append(" on ")
						.append(e.decidedOn()).append(", applicant noticed ").append(e.noticedOn()).append(')'));
		explanation.append(notCounted);
		if (result.pausedWorkingDays() > 0) {
			explanation.append(", not counting ").append(result.pausedWorkingDays())
					.append(" working days of excluded time (Art. 33(3):");
			pauses.forEach(p -> explanation.append(' ').append(label(p.kind(), p.number())).append(' ').append(p.startedOn())
					.append(" → ").append(p.effectiveEnd()).append(p.isOpen() ? " (window end, still running)" : "")
					.append(';'));
			explanation.setLength(explanation.length() - 1);
			explanation.append(')');
		}
		explanation.append(", the start day not counted → due ").append(result.dueDate())
				.append(provisionalNote(result.provisional()));
		return candidate(agencyCode, caseNumber, DeadlineKind.REPLY, startDate, startReason, period,
				PeriodUnit.WORKING_DAYS, result.pausedWorkingDays(), result.dueDate(), result.provisional(),
				explanation.toString(), why, actor);
	}

	/**
	 * The approved extensions of the reply period (its latest entry, running or not) that do not count: noticed to the
	 * applicant after the period they would extend had ended (see {@link #noticedAfterThePeriod}). The one owner of
	 * that rule: the due date leaves them out, risk and evidence name them.
	 */
	@ReadsOnly
	public List<LateExtension> extensionsNoticedLate(String agencyCode, String caseNumber) {
		var extensions = deadlines.extensions(agencyCode, caseNumber);
		if (extensions.stream().noneMatch(e -> e.status() == Extension.Status.APPROVED)) {
			return List.of(); // most cases: one read, as every risk refresh makes it
		}
		var reply = deadlines.ledger(agencyCode, caseNumber).stream().filter(d -> d.kind() == DeadlineKind.REPLY)
			.reduce((first, second) -> second.active() || !first.active() ? second : first);
		if (reply.isEmpty()) {
			return List.of();
		}
		LocalDate startDate = reply.get().startDate();
		var cycle = deadlines.latestCycle(agencyCode, caseNumber).filter(c -> c.startedOn().equals(startDate));
		var pauses = ofCycle(cycle, startDate, deadlines.pauses(agencyCode, caseNumber)).stream()
			.map(p -> new ReplyClock.Interval(p.startedOn(), p.effectiveEnd())).toList();
		return noticedAfterThePeriod(agencyCode, startDate,
				cycle.map(ReplyCycle::workingDays).orElse(settings.replyWorkingDays()),
				cycle.map(ReplyCycle::fixedDueOn).orElse(null), pauses, ofCycle(cycle, extensions));
	}

	/** A reopened case's cycle counts only the extensions requested in it. */
	private static List<Extension> ofCycle(Optional<ReplyCycle> cycle, List<Extension> extensions) {
		return cycle.map(c -> extensions.stream().filter(e -> !e.requestedAt().isBefore(c.recordedAt())).toList())
			.orElse(extensions);
	}

	/** ... and only the excluded time from its start. */
	private static List<Pause> ofCycle(Optional<ReplyCycle> cycle, LocalDate startDate, List<Pause> pauses) {
		return cycle.isPresent() ? pauses.stream().filter(p -> !p.startedOn().isBefore(startDate)).toList() : pauses;
	}

	/**
	 * The approved extensions that do not count (Art. 33(2), Art. 35): each must be noticed to the applicant by the end
	 * of the period it extends — the period with the extensions approved before it, on the legal dates known now. One
	 * accepted against a later due date that a fact recorded afterwards brought forward (a consultation answer dated
	 * earlier) came too late, as it would have been refused had that fact been recorded on time.
	 */
	private List<LateExtension> noticedAfterThePeriod(String agencyCode, LocalDate startDate, int base,
			LocalDate fixedDue, List<ReplyClock.Interval> pauses, List<Extension> extensions) {
		List<LateExtension> late = new ArrayList<>();
		int counted = 0;
		for (Extension extension : extensions.stream().filter(e -> e.status() == Extension.Status.APPROVED)
				.sorted(java.util.Comparator.comparingInt(Extension::number)).toList()) {
			LocalDate end = fixedDue != null
					? counted == 0 ? fixedDue : calendar.addWorkingDays(agencyCode, fixedDue, counted).date()
					: ReplyClock.dueDate(calendar, agencyCode, startDate, base + counted, pauses).dueDate();
			if (extension.noticedOn() != null && extension.noticedOn().isAfter(end)) {
				late.add(new LateExtension(extension, end));
			}
			else {
				counted += extension.workingDays();
			}
		}
		return late;
	}

	private Deadline computeWorkingDays(String agencyCode, String caseNumber, DeadlineKind kind, LocalDate startDate,
			int workingDays, String startReason, Why why, String actor) {
		var result = calendar.addWorkingDays(agencyCode, startDate, workingDays);
		String explanation = "%d working days from %s (%s), the start day not counted → due %s%s".formatted(
				workingDays, startDate, startReason, result.date(), provisionalNote(result.provisional()));
		return candidate(agencyCode, caseNumber, kind, startDate, startReason, workingDays, PeriodUnit.WORKING_DAYS, 0,
				result.date(), result.provisional(), explanation, why, actor);
	}

	private static String provisionalNote(boolean provisional) {
		return provisional ? " (provisional: it reaches dates the official holiday notice of which is not published"
				+ " yet, late December included; recomputed when the notice is loaded)" : "";
	}

	private Deadline insert(String agencyCode, String caseNumber, DeadlineKind kind, LocalDate startDate,
			String startReason, int length, PeriodUnit unit, int paused, LocalDate dueDate, boolean provisional,
			String explanation, Why why, String actor) {
		return record(candidate(agencyCode, caseNumber, kind, startDate, startReason, length, unit, paused, dueDate,
				provisional, explanation, why, actor));
	}

	/** Makes {@code deadline} the active entry of its kind; the earlier one stays in the ledger as history. */
	private Deadline record(Deadline deadline) {
		deadlines.deactivate(deadline.agencyCode(), deadline.caseNumber(), deadline.kind());
		deadlines.insert(deadline);
		return deadline;
	}

	private Deadline candidate(String agencyCode, String caseNumber, DeadlineKind kind, LocalDate startDate,
			String startReason, int length, PeriodUnit unit, int paused, LocalDate dueDate, boolean provisional,
			String explanation, Why why, String actor) {
		return new Deadline(null, agencyCode, caseNumber, kind, startDate, startReason, length, unit, paused, dueDate,
				provisional, kind.basis(), explanation, why.words(), true, actor, Instant.now(clock), why.cause(),
				why.number());
	}

	/**
	 * The extensions of the reply cycle that runs: a reopened case's new reply has its own period and its own
	 * extensions (as {@link #computeReply} counts them) — what an earlier cycle was granted, or left undecided when its
	 * reply was delivered, neither uses up nor blocks this one's.
	 */
	private List<Extension> ofCurrentCycle(String agencyCode, String caseNumber, List<Extension> extensions) {
		return deadlines.latestCycle(agencyCode, caseNumber)
				.map(cycle -> extensions.stream().filter(e -> !e.requestedAt().isBefore(cycle.recordedAt())).toList())
				.orElse(extensions);
	}

	private Extension pendingExtension(String agencyCode, String caseNumber) {
		return ofCurrentCycle(agencyCode, caseNumber, deadlines.extensions(agencyCode, caseNumber)).stream()
				.filter(e -> e.status() == Extension.Status.REQUESTED).findFirst()
				.orElseThrow(() -> new ActionNotAllowed("noExtensionRequested",
						"Case " + caseNumber + " has no extension request to decide"));
	}

	private static int approvedDays(List<Extension> extensions, ExtensionKind kind) {
		return extensions.stream().filter(e -> e.kind() == kind && e.status() == Extension.Status.APPROVED)
				.mapToInt(Extension::workingDays).sum();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(settings.zone()));
	}
}
