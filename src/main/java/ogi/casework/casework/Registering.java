package ogi.casework.casework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.CaseProcess;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.documents.LetterData;
import ogi.casework.intake.Application;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.intake.NewApplication;
import ogi.casework.reply.Outcome;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseStatus;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.Today;

/**
 * Receiving and registering an application (登记): its receipt date (Art. 31) and periods, the registration decision,
 * and the supplement (补正, Art. 30) — including the consequence the law draws when no supplement comes in time, and
 * its reversal when a supplement received within the period is recorded later.
 */
@Service
public class Registering {

	private final CaseAction action;

	private final CaseFiles caseFiles;

	private final IntakeManagement intake;

	private final DeadlineManagement deadlines;

	private final DeadlineTimers timers;

	private final DocumentManagement letters;

	private final CaseProcess process;

	private final Reversals reversals;

	private final Delivering delivering;

	private final Today today;

	Registering(CaseAction action, CaseFiles caseFiles, IntakeManagement intake, DeadlineManagement deadlines,
			DeadlineTimers timers, DocumentManagement letters, CaseProcess process, Reversals reversals,
			Delivering delivering, Today today) {
		this.action = action;
		this.caseFiles = caseFiles;
		this.intake = intake;
		this.deadlines = deadlines;
		this.timers = timers;
		this.letters = letters;
		this.process = process;
		this.reversals = reversals;
		this.delivering = delivering;
		this.today = today;
	}

	/**
	 * Logs an application and opens its case: receipt date (Art. 31), supplement-notice period (Art. 30, T1), reply
	 * period (Art. 33(2), T3), and a running process with its timers.
	 */
	@Transactional
	public CaseFile open(NewApplication form, CurrentUser clerk) {
		CaseAction.requireRole(clerk, Role.CLERK);
		Application application = intake.receive(form, clerk);
		String agency = clerk.agencyCode();
		String caseNumber = application.caseNumber();
		var ledger = deadlines.openLedger(agency, caseNumber, application.receiptDate(),
				application.receiptExplanation(), "receipt date, Art. 31 (" + application.channel() + ")",
				clerk.username());
		Deadline supplementNotice = ledger.supplementNotice();
		Deadline reply = ledger.reply();
		String processInstanceId = process.newInstanceId();
		caseFiles.insert(new CaseFile(agency, caseNumber, processInstanceId, CaseStatus.RECEIVED,
				application.receiptDate(), reply.dueDate(), reply.provisional(), null, today.now(), null));
		Map<String, Object> variables = new HashMap<>();
		variables.put(CaseVariables.AGENCY_CODE, agency);
		variables.put(CaseVariables.CASE_NUMBER, caseNumber);
		variables.putAll(timers.replyVariables(agency, reply.dueDate()));
		variables.put(CaseVariables.FEE_PAYABLE_UNTIL, timers.endOf(CaseVariables.PARKED));
		variables.put(CaseVariables.SUPPLEMENT_NOTICE_DUE_AT, timers.endOf(supplementNotice.dueDate()));
		process.start(agency, caseNumber, processInstanceId, variables);
		letters.issue(agency, caseNumber, DocumentKind.ACKNOWLEDGEMENT,
				LetterData.acknowledgement(application, application.receiptDate()), clerk.username());
		var opened = action.load(agency, caseNumber);
		action.publish(agency, caseNumber, "APPLICATION_RECEIVED", clerk.username(), null, opened.status(),
				"Received by " + application.channel() + ", receipt date " + application.receiptDate()
						+ "; reply due " + reply.dueDate());
		return opened;
	}

	/** The clerk registers the application: accepted, a supplement notice (Art. 30), or an on-the-spot reply. */
	@Transactional
	public CaseFile register(String caseNumber, Forms.Registration form, CurrentUser clerk) {
		CaseAction.requireRole(clerk, Role.CLERK);
		CaseFile file = action.lock(clerk, caseNumber);
		var task = action.claim(file, Step.REGISTER_APPLICATION, clerk);
		Map<String, Object> variables = new HashMap<>();
		variables.put(CaseVariables.REGISTRATION, form.decision().name());
		String detail = switch (form.decision()) {
			case ACCEPT -> {
				deadlines.close(file.agencyCode(), caseNumber, DeadlineKind.SUPPLEMENT_NOTICE);
				yield "Registered as complete";
			}
			case SUPPLEMENT -> noticeSupplement(file, form.supplement(), clerk, variables);
			case ON_THE_SPOT -> delivering.replyOnTheSpot(file, form.onTheSpotReply(), clerk);
		};
		caseFiles.recordRegistration(file.agencyCode(), caseNumber, form.decision());
		action.complete(task, variables);
		return action.done(file, "APPLICATION_REGISTERED", clerk.username(), detail);
	}

	private String noticeSupplement(CaseFile file, Forms.SupplementNotice notice, CurrentUser clerk,
			Map<String, Object> variables) {
		if (notice == null) {
			throw InvalidInput.of("supplement", "required",
					"A supplement decision needs the notice: its date, every item to supplement and the period");
		}
		String caseNumber = file.caseNumber();
		CaseAction.checkNotBefore(notice.noticedOn(), file.receiptDate(), "supplement.noticedOn");
		action.checkNotInFuture(notice.noticedOn(), "supplement.noticedOn");
		var noticeDue = deadlines.active(file.agencyCode(), caseNumber, DeadlineKind.SUPPLEMENT_NOTICE);
		int workingDays = notice.workingDays() == null ? deadlines.defaultSupplementWorkingDays()
				: notice.workingDays();
		var period = deadlines.startSupplementPeriod(file.agencyCode(), caseNumber, notice.noticedOn(), workingDays,
				clerk.username());
		intake.noticeSupplement(file.agencyCode(), caseNumber, notice.noticedOn(), notice.items(), period.dueDate(),
				clerk);
		letters.issue(file.agencyCode(), caseNumber, DocumentKind.SUPPLEMENT_NOTICE, LetterData
				.supplementNotice(application(file), notice.items(), period.dueDate(), notice.noticedOn()),
				clerk.username());
		// Art. 30: the reply period runs again from the supplement's receipt; until then no reply is due.
		deadlines.close(file.agencyCode(), caseNumber, DeadlineKind.REPLY);
		timers.replyDueChanged(file, null);
		variables.put(CaseVariables.SUPPLEMENT_EXPIRES_AT, timers.endOf(period.dueDate()));
		boolean late = noticeDue.isPresent() && notice.noticedOn().isAfter(noticeDue.get().dueDate());
		return "Supplement notice of " + notice.noticedOn() + ", supplement due " + period.dueDate()
				+ (late ? "; the notice is later than the 7 working days of Art. 30 (due " + noticeDue.get().dueDate()
						+ ")" : "");
	}

	/**
	 * Art. 30: the supplement arrived; the reply period starts again from its receipt date. A supplement received
	 * after the period counts only with the applicant's good reason for the delay ("无正当理由逾期不补正" is what
	 * abandons). If the process had already deemed the application abandoned, a supplement received in time (or late
	 * with good reason) undoes that.
	 */
	@Transactional
	public CaseFile receiveSupplement(String caseNumber, Forms.SupplementReceived form, CurrentUser clerk) {
		CaseAction.requireRole(clerk, Role.CLERK);
		return supplementArrived(action.lock(clerk, caseNumber), form, clerk, true);
	}

	/**
	 * The supplement arrived, recorded by the clerk ({@code claim}: they take the step) or sent by the applicant on
	 * the portal, whose answer completes the step whoever holds it.
	 */
	CaseFile supplementArrived(CaseFile file, Forms.SupplementReceived form, CurrentUser clerk, boolean claim) {
		String caseNumber = file.caseNumber();
		action.checkNotInFuture(form.receivedOn(), "receivedOn");
		var notice = intake.supplements(file.agencyCode(), caseNumber).stream().filter(s -> s.noticedOn() != null)
				.reduce((first, second) -> second);
		if (notice.isPresent() && form.receivedOn().isBefore(notice.get().noticedOn())) {
			throw InvalidInput.of("receivedOn", "order", "The supplement notice is dated " + notice.get().noticedOn()
					+ "; a supplement to it cannot have been received before");
		}
		LocalDate periodEnd = supplementPeriodEnd(file);
		boolean late = periodEnd != null && form.receivedOn().isAfter(periodEnd);
		if (late && (form.lateReason() == null || form.lateReason().isBlank())) {
			throw InvalidInput.of("lateReason", "art30GoodReason", "The supplement period ended on " + periodEnd
					+ "; a supplement received on " + form.receivedOn() + " counts only with the applicant's good"
					+ " reason for the delay (Art. 30) — record it, or the application stays deemed abandoned");
		}
		var abandonment = reversals.standing(file, Consequence.Kind.ABANDONED_NO_SUPPLEMENT);
		if (abandonment.isPresent()) {
			file = reversals.undo(file, abandonment.get(), "supplement received " + form.receivedOn()
					+ (late ? " after the period ending " + periodEnd + ", with good reason: " + form.lateReason()
							: ", within the period ending " + periodEnd),
					clerk);
		}
		var task = claim ? action.claim(file, Step.AWAIT_SUPPLEMENT, clerk)
				: action.openStep(file, Step.AWAIT_SUPPLEMENT, "No supplement is awaited");
		intake.receiveSupplement(file.agencyCode(), caseNumber, form.receivedOn(), form.content(), clerk);
		deadlines.close(file.agencyCode(), caseNumber, DeadlineKind.SUPPLEMENT);
		Deadline reply = deadlines.startReplyPeriod(file.agencyCode(), caseNumber, form.receivedOn(),
				"receipt of the supplement, Art. 30", clerk.username());
		timers.replyDueChanged(file, reply);
		action.complete(task, timers.replyVariables(file.agencyCode(), reply.dueDate()));
		return action.done(file, "SUPPLEMENT_RECEIVED", clerk.username(), "Supplement received " + form.receivedOn()
				+ (late ? " after the period, with good reason: " + form.lateReason() : "") + "; reply now due "
				+ reply.dueDate());
	}

	/**
	 * The supplement period's end as the notice awaiting its supplement gave it (Art. 30): counted again, the period
	 * never ends before it. Null when no notice awaits a supplement.
	 */
	ogi.casework.deadlines.GivenDate supplementNoticeDate(CaseFile file) {
		return intake.supplements(file.agencyCode(), file.caseNumber()).stream()
			.filter(s -> s.noticedOn() != null && s.dueOn() != null && s.receivedOn() == null)
			.reduce((first, second) -> second)
			.map(s -> new ogi.casework.deadlines.GivenDate(s.dueOn(), "supplement notice of " + s.noticedOn()))
			.orElse(null);
	}

	/**
	 * Art. 30 (T2): the supplement period runs from the applicant's receipt of the notice, recorded later than the
	 * notice. Moves the period; an abandonment already taken is undone when the moved period has not yet ended, and
	 * re-dated to the moved end otherwise.
	 */
	void supplementNoticeReceived(CaseFile file, LocalDate receivedOn, CurrentUser user) {
		if (intake.supplements(file.agencyCode(), file.caseNumber()).stream().anyMatch(s -> s.receivedOn() != null)) {
			return;
		}
		var moved = deadlines.moveSupplementPeriodStart(file.agencyCode(), file.caseNumber(), receivedOn,
				user.username(), supplementNoticeDate(file));
		if (moved.isEmpty()) {
			return;
		}
		LocalDate end = moved.get().dueDate();
		var abandonment = reversals.standing(file, Consequence.Kind.ABANDONED_NO_SUPPLEMENT);
		if (abandonment.isPresent() && today.date().isAfter(end)) {
			deadlines.close(file.agencyCode(), file.caseNumber(), DeadlineKind.SUPPLEMENT);
			reversals.redate(file, abandonment.get(), end, "the applicant received the supplement notice on "
					+ receivedOn + ", so the supplement period ended on " + end, user);
			return;
		}
		if (abandonment.isPresent()) {
			process.setVariables(file.processInstanceId(), Map.of(CaseVariables.SUPPLEMENT_EXPIRES_AT,
					timers.endOf(end)));
			file = reversals.undo(file, abandonment.get(), "the applicant received the supplement notice on "
					+ receivedOn + ", so the supplement period runs until " + end, user);
		}
		timers.periodChanged(file, moved.get());
	}

	/**
	 * The supplement timer woke the case at the end of the period's last day (Art. 30). Deemed abandoned if the period
	 * has passed without a supplement; if a later-recorded receipt of the notice moved the period, the timer waits for
	 * its new end. Returns whether the application is abandoned.
	 */
	@Transactional
	boolean supplementPeriodEnded(String agencyCode, String caseNumber) {
		CaseFile file = action.lock(agencyCode, caseNumber);
		var period = deadlines.active(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT);
		if (period.isEmpty() || !today.date().isAfter(period.get().dueDate())) {
			// The period was moved (its receipt recorded later) or no longer runs: wait again, for its end or parked.
			process.setVariables(file.processInstanceId(), Map.of(CaseVariables.SUPPLEMENT_EXPIRES_AT,
					timers.endOf(period.map(Deadline::dueDate).orElse(CaseVariables.PARKED))));
			return false;
		}
		LocalDate end = period.get().dueDate();
		reversals.take(file, Consequence.Kind.ABANDONED_NO_SUPPLEMENT, end, List.of(Step.AWAIT_SUPPLEMENT));
		caseFiles.recordOutcome(agencyCode, caseNumber, Outcome.ABANDONED_NO_SUPPLEMENT);
		deadlines.close(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT);
		action.doneBySystem(file, "APPLICATION_ABANDONED", Step.ARCHIVE_CASE, "No supplement within the period"
				+ " ending " + end + ": deemed abandoned (Art. 30), row (六)1");
		return true;
	}

	/** Called by the T1 timer: the supplement notice can no longer be sent within 7 working days (Art. 30). */
	@Transactional
	void noteSupplementNoticePeriodPassed(String agencyCode, String caseNumber) {
		CaseFile file = action.load(agencyCode, caseNumber);
		action.doneBySystem(file, "SUPPLEMENT_NOTICE_PERIOD_PASSED", null,
				"7 working days since receipt passed without registration: a supplement notice now would be late"
						+ " (Art. 30)");
	}

	/** The last day of the supplement period, running or ended. */
	private LocalDate supplementPeriodEnd(CaseFile file) {
		return deadlines.latest(file.agencyCode(), file.caseNumber(), DeadlineKind.SUPPLEMENT).map(Deadline::dueDate)
				.orElse(null);
	}

	private Application application(CaseFile file) {
		return intake.find(file.agencyCode(), file.caseNumber()).orElseThrow();
	}
}
