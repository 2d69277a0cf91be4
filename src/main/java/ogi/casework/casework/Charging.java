package ogi.casework.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.CaseProcess;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.deadlines.PauseKind;
import ogi.casework.deadlines.PauseKind.Subject;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.documents.LetterData;
import ogi.casework.fees.FeeManagement;
import ogi.casework.fees.FeeNotice;
import ogi.casework.fees.FeeNoticeForm;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.Outcome;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseworkSettings;

/**
 * Charging the information-processing fee (国办函〔2020〕109号): the fee notice with its payment window, the time
 * excluded from the reply period until payment (F-6, the agency's choice), the payment — and the consequence the
 * rules draw when the window passes unpaid (F-5), undone when a payment made within the window is recorded later.
 */
@Service
public class Charging {

	private final CaseAction action;

	private final CaseFiles caseFiles;

	private final FeeManagement fees;

	private final DeadlineManagement deadlines;

	private final DeadlineTimers timers;

	private final IntakeManagement intake;

	private final DocumentManagement letters;

	private final CaseProcess process;

	private final Reversals reversals;

	private final CaseworkSettings settings;

	Charging(CaseAction action, CaseFiles caseFiles, FeeManagement fees, DeadlineManagement deadlines,
			DeadlineTimers timers, IntakeManagement intake, DocumentManagement letters, CaseProcess process,
			Reversals reversals, CaseworkSettings settings) {
		this.action = action;
		this.caseFiles = caseFiles;
		this.fees = fees;
		this.deadlines = deadlines;
		this.timers = timers;
		this.intake = intake;
		this.letters = letters;
		this.process = process;
		this.reversals = reversals;
		this.settings = settings;
	}

	/**
	 * The handler sends a fee notice (spec F-5): the payment window starts, and, where the agency so chose (F-6), the
	 * time until payment is excluded from the reply period.
	 */
	@Transactional
	public CaseFile noticeFee(String caseNumber, FeeNoticeForm form, CurrentUser handler) {
		CaseAction.requireRole(handler, Role.HANDLER);
		CaseFile file = action.lock(handler, caseNumber);
		action.openOneOf(file, "A fee notice is sent while the request is handled, before the reply is drafted",
				Step.HANDLE_REQUEST, Step.AWAIT_CONSULTATION_ANSWERS, Step.DRAFT_REPLY);
		CaseAction.checkNotBefore(form.noticedOn(), file.receiptDate(), "noticedOn");
		var application = intake.find(file.agencyCode(), caseNumber).orElseThrow();
		var notice = fees.notice(file.agencyCode(), caseNumber, form, handler);
		String pause = "";
		if (settings.feeNoticePausesReply()) {
			var reply = deadlines.startPause(file.agencyCode(), caseNumber, PauseKind.FEE_NOTICE, notice.number(),
					notice.noticedOn(), notice.payableUntil(), handler.username());
			timers.replyDueChanged(file, reply);
			pause = "; reply period paused until payment (F-6), now due " + reply.dueDate();
		}
		letters.issue(file.agencyCode(), caseNumber, DocumentKind.FEE_NOTICE,
				LetterData.feeNotice(application, notice), handler.username());
		timers.moveTimer(file, CaseProcess.FEE_WINDOW_EXPIRED, CaseVariables.FEE_PAYABLE_UNTIL,
				timers.endOf(notice.payableUntil()));
		return action.done(file, "FEE_NOTICE_SENT", handler.username(), notice.method() + " fee of "
				+ notice.amount() + " yuan (" + notice.basis() + "), received " + notice.receivedOn()
				+ ", payable until " + notice.payableUntil() + pause);
	}

	/**
	 * Records the fee payment: the payment window closes and the reply period runs again. A payment made within the
	 * window but recorded after the process deemed the application abandoned undoes that conclusion; one made after
	 * the window is refused, the application stays abandoned (F-5).
	 */
	@Transactional
	public CaseFile recordFeePayment(String caseNumber, LocalDate paidOn, CurrentUser user) {
		if (!user.has(Role.HANDLER) && !user.has(Role.CLERK)) {
			throw new AccessDeniedException("fee payments are recorded by the clerk or the handler");
		}
		CaseFile file = action.lock(user, caseNumber);
		var abandonment = reversals.standing(file, Consequence.Kind.ABANDONED_UNPAID);
		if (abandonment.isPresent()) {
			LocalDate until = abandonment.get().legalDate();
			if (paidOn.isAfter(until)) {
				throw new ActionNotAllowed("paidAfterWindow", "The fee was payable until " + until + "; paid on "
						+ paidOn + ", the application stays deemed abandoned (国办函〔2020〕109号, F-5)");
			}
			process.setVariables(file.processInstanceId(),
					Map.of(CaseVariables.FEE_PAYABLE_UNTIL, timers.endOf(CaseVariables.PARKED)));
			deadlines.reinstate(file.agencyCode(), caseNumber, DeadlineKind.REPLY);
			file = reversals.undo(file, abandonment.get(), "fee paid " + paidOn + ", within the window ending "
					+ until, user);
		}
		FeeNotice paid = fees.recordPayment(file.agencyCode(), caseNumber, paidOn);
		String resumed = "";
		var pause = deadlines.pause(file.agencyCode(), caseNumber, Subject.FEE_NOTICE, paid.number());
		if (pause.isPresent() && deadlines.active(file.agencyCode(), caseNumber, DeadlineKind.REPLY).isPresent()) {
			var reply = deadlines.replanPause(file.agencyCode(), caseNumber, Subject.FEE_NOTICE, paid.number(),
					pause.get().plannedEnd(), paidOn, "fee notice " + paid.number() + " paid on " + paidOn,
					user.username()).orElseThrow();
			timers.replyDueChanged(file, reply);
			resumed = "; reply now due " + reply.dueDate();
		}
		timers.moveTimer(file, CaseProcess.FEE_WINDOW_EXPIRED, CaseVariables.FEE_PAYABLE_UNTIL,
				timers.endOf(CaseVariables.PARKED));
		return action.done(file, "FEE_PAID", user.username(), "Fee of " + paid.amount() + " yuan paid on " + paidOn
				+ resumed);
	}

	/**
	 * The fee-window timer woke the case at the end of the window's last day and interrupted its handling (F-5): the
	 * application is deemed abandoned. The window's timer is always on the open notice's last day (every change moves
	 * it in the same transaction), so an open notice whose window has not passed means the timer drifted: the job
	 * fails, visibly, instead of concluding wrongly.
	 */
	@Transactional
	void feeWindowEnded(String agencyCode, String caseNumber) {
		CaseFile file = action.lock(agencyCode, caseNumber);
		var notice = fees.openNotice(agencyCode, caseNumber).orElseThrow(
				() -> new IllegalStateException("Fee window of case " + caseNumber + " fired without an open notice"));
		if (!action.today().isAfter(notice.payableUntil())) {
			throw new IllegalStateException("Fee window of case " + caseNumber + " fired before its last day "
					+ notice.payableUntil() + " had passed");
		}
		Step interrupted = Step.waitingAt(file.status());
		reversals.take(file, Consequence.Kind.ABANDONED_UNPAID, notice.payableUntil(), List.of(interrupted));
		caseFiles.recordOutcome(agencyCode, caseNumber, Outcome.ABANDONED_UNPAID);
		if (deadlines.runningPause(agencyCode, caseNumber, Subject.FEE_NOTICE, notice.number()).isPresent()) {
			deadlines.endPause(agencyCode, caseNumber, Subject.FEE_NOTICE, notice.number(), notice.payableUntil(),
					CaseAction.SYSTEM);
		}
		deadlines.close(agencyCode, caseNumber, DeadlineKind.REPLY);
		timers.wakeReplyClock(file, true);
		action.doneBySystem(file, "APPLICATION_ABANDONED", Step.ARCHIVE_CASE, "Fee of " + notice.amount()
				+ " yuan not paid by " + notice.payableUntil() + ": deemed abandoned (国办函〔2020〕109号, F-5), row"
				+ " (六)2");
	}

	/**
	 * F-5 on the calendar as it is now: the open fee notice's window counted again from the applicant's receipt (a
	 * holiday notice or regional rest days loaded since); its timer and the reply's excluded time (F-6) follow, so
	 * the application is not deemed abandoned a day early nor a payment on the window's true last day refused. Where
	 * the abandonment was already taken, it is undone when the moved window has not ended yet (the applicant may
	 * still pay), and re-dated to the moved end otherwise — as a supplement notice's receipt recorded late does.
	 * Returns 1 if the window moved, else 0.
	 */
	int recomputeFeeWindow(CaseFile file, String reason) {
		var abandonment = reversals.standing(file, Consequence.Kind.ABANDONED_UNPAID);
		if (file.outcome() != null && abandonment.isEmpty()) {
			return 0; // replied: a notice left unpaid is history
		}
		var moved = fees.recomputeWindow(file.agencyCode(), file.caseNumber());
		if (moved.isEmpty()) {
			return 0;
		}
		FeeNotice notice = moved.get();
		String why = "fee notice " + notice.number() + " payable until " + notice.payableUntil() + " (" + reason + ")";
		if (abandonment.isPresent() && action.today().isAfter(notice.payableUntil())) {
			reversals.redate(file, abandonment.get(), notice.payableUntil(), why, CaseAction.SYSTEM);
			return 1;
		}
		if (abandonment.isPresent()) {
			process.setVariables(file.processInstanceId(),
					Map.of(CaseVariables.FEE_PAYABLE_UNTIL, timers.endOf(notice.payableUntil())));
			deadlines.reinstate(file.agencyCode(), file.caseNumber(), DeadlineKind.REPLY);
			CaseFile undone = reversals.undo(file, abandonment.get(), why, CaseAction.SYSTEM);
			if (deadlines.pause(undone.agencyCode(), undone.caseNumber(), Subject.FEE_NOTICE, notice.number())
					.isPresent()) {
				deadlines.replanPause(undone.agencyCode(), undone.caseNumber(), Subject.FEE_NOTICE, notice.number(),
						notice.payableUntil(), null, why, CaseAction.SYSTEM)
					.ifPresent(reply -> timers.replyDueChanged(undone, reply));
			}
			return 1;
		}
		if (deadlines.runningPause(file.agencyCode(), file.caseNumber(), Subject.FEE_NOTICE, notice.number())
				.isPresent()) {
			deadlines.replanPause(file.agencyCode(), file.caseNumber(), Subject.FEE_NOTICE, notice.number(),
					notice.payableUntil(), null, why, CaseAction.SYSTEM)
				.ifPresent(reply -> timers.replyDueChanged(file, reply));
		}
		timers.moveTimer(file, CaseProcess.FEE_WINDOW_EXPIRED, CaseVariables.FEE_PAYABLE_UNTIL,
				timers.endOf(notice.payableUntil()));
		action.done(file, "DEADLINE_RECOMPUTED", CaseAction.SYSTEM, "Fee window now ends " + notice.payableUntil()
				+ ": " + reason);
		return 1;
	}
}
