package ogi.casework.litigation;

import java.time.LocalDate;
import java.util.List;

/**
 * A matter with its deadlines (basis and computation), its table-4 class as of today, the missed-deadline faults and
 * the cases reopened after a correction.
 *
 * @param flags what legal staff must look at (a direct suit against a refusal, a hearing noticed too late)
 * @param reopenable whether the decision orders a new reply, so that legal staff may reopen the linked cases
 */
public record MatterView(Matter matter, List<MatterDeadline> deadlines, ReportClass reportClass, boolean fault,
		List<String> faults, List<MatterFlag> flags, boolean reopenable, List<Reopened> reopened) {

	/** A linked case reopened as a new reply cycle, with its new reply deadline. */
	public record Reopened(String caseNumber, LocalDate replyDueOn, String reopenedBy) {
	}
}
