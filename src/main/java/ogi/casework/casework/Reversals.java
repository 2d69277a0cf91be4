package ogi.casework.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.casework.process.CaseProcess;
import ogi.casework.shared.Today;

/**
 * Takes and undoes the consequences the process draws on legal dates. Taking one records the steps it interrupts;
 * undoing it — because a fact recorded later shows its legal premise was false — moves the case back to those steps,
 * clears the outcome, and says in the audit trail what was reversed and why. A reversal that would change a year
 * whose annual report is locked is refused by the reporting module, in the same transaction.
 */
@Component
class Reversals {

	private final Consequences consequences;

	private final CaseFiles caseFiles;

	private final CaseProcess process;

	private final CaseAction action;

	private final ApplicationEventPublisher events;

	private final Today today;

	Reversals(Consequences consequences, CaseFiles caseFiles, CaseProcess process, CaseAction action,
			ApplicationEventPublisher events, Today today) {
		this.consequences = consequences;
		this.caseFiles = caseFiles;
		this.process = process;
		this.action = action;
		this.events = events;
		this.today = today;
	}

	/** Records a consequence taken on {@code legalDate}, and the steps open when it was taken. */
	void take(CaseFile file, Consequence.Kind kind, LocalDate legalDate, List<Step> interrupted) {
		consequences.insert(new Consequence(null, file.agencyCode(), file.caseNumber(), kind, legalDate,
				interrupted.stream().map(Step::taskId).collect(Collectors.joining(",")), today.now(), null, null,
				null));
	}

	/** The consequence of {@code kind} that still stands for the case. */
	java.util.Optional<Consequence> standing(CaseFile file, Consequence.Kind kind) {
		return consequences.standing(file.agencyCode(), file.caseNumber(), kind);
	}

	/**
	 * Undoes a standing consequence: the case returns to the steps it interrupted, its outcome is cleared, the reply
	 * clock — stopped by the conclusion — runs again (it asks the legal dates at once and arms its timer, or escalates
	 * a reply already overdue), and the audit trail says {@code why}. Returns the case as it now stands, at the
	 * restored steps.
	 */
	CaseFile undo(CaseFile file, Consequence consequence, String why, CurrentUser user) {
		return undo(file, consequence, why, user.username());
	}

	/** The same, by {@code actor} (a user name, or {@link CaseAction#SYSTEM} when a calendar change undoes it). */
	CaseFile undo(CaseFile file, Consequence consequence, String why, String actor) {
		events.publishEvent(new ConclusionWithdrawn(file.agencyCode(), file.caseNumber(), consequence.legalDate()));
		consequences.reverse(consequence.id(), today.now(), actor, why);
		caseFiles.recordOutcome(file.agencyCode(), file.caseNumber(), null);
		List<String> resumed = new java.util.ArrayList<>(consequence.interruptedSteps());
		if (!process.replyClockRunning(file.processInstanceId())) {
			resumed.add(CaseProcess.REPLY_CLOCK_WOKE);
		}
		process.move(file.processInstanceId(), List.of(CaseProcess.ARCHIVE_CASE), resumed);
		return action.done(file, "CONSEQUENCE_REVERSED", actor,
				"Reversed: " + describe(consequence.kind()) + " of " + consequence.legalDate() + " — " + why);
	}

	/**
	 * Moves the legal date of a standing consequence, when a fact recorded later moves the end of its period (the
	 * period still passed, but on another day): the conclusion now counts on {@code legalDate}.
	 */
	void redate(CaseFile file, Consequence consequence, LocalDate legalDate, String why, CurrentUser user) {
		redate(file, consequence, legalDate, why, user.username());
	}

	/** The same, by {@code actor}. */
	void redate(CaseFile file, Consequence consequence, LocalDate legalDate, String why, String actor) {
		if (legalDate.equals(consequence.legalDate())) {
			return;
		}
		events.publishEvent(new ConclusionWithdrawn(file.agencyCode(), file.caseNumber(), consequence.legalDate()));
		consequences.redate(consequence.id(), legalDate);
		action.done(file, "CONSEQUENCE_REDATED", actor, describe(consequence.kind()) + " now dates from "
				+ legalDate + " instead of " + consequence.legalDate() + " — " + why);
	}

	static String describe(Consequence.Kind kind) {
		return switch (kind) {
			case ABANDONED_NO_SUPPLEMENT -> "deemed abandoned for want of a supplement (Art. 30)";
			case ABANDONED_UNPAID -> "deemed abandoned for want of payment (国办函〔2020〕109号, F-5)";
		};
	}
}
