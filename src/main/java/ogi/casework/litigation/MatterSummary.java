package ogi.casework.litigation;

import java.time.LocalDate;
import java.util.List;

/**
 * A line of the matters list: the next open deadline with the days left and whether a filing deadline was missed.
 *
 * @param nextDeadline the earliest open deadline, null when none is open
 * @param daysLeft calendar days to it, null when none is open
 * @param fault whether a reply / defence deadline was missed or met late (复议法 Art. 70 / 行诉法 Art. 34)
 * @param faults the missed deadlines' consequences
 * @param reportClass the table-4 class as of today
 * @param flags what legal staff must look at (see {@link MatterFlagKind})
 */
public record MatterSummary(long id, MatterKind kind, String body, String referenceNumber, LocalDate copyReceivedOn,
		List<String> caseNumbers, MatterDeadline nextDeadline, Long daysLeft, boolean fault, List<String> faults,
		DecisionType decision, ReportClass reportClass, List<MatterFlag> flags) {
}
