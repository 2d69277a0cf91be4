package ogi.casework.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An automatic consequence the process took on legal dates — the application deemed abandoned for want of a
 * supplement (Art. 30) or of payment (F-5) — with the steps it interrupted, so that a fact recorded later whose legal
 * date defeats it can undo it.
 *
 * @param legalDate the day the consequence took effect in law: the last day of the period that passed
 * @param interrupted the BPMN ids of the steps open when it was taken, comma-separated
 */
record Consequence(Long id, String agencyCode, String caseNumber, Kind kind, LocalDate legalDate,
		String interrupted, Instant takenAt, Instant reversedAt, String reversedBy, String reversalReason) {

	/** What the process concluded on its own. */
	enum Kind {
		/** Art. 30: no supplement within the period, deemed abandoned (row 三(六)1). */
		ABANDONED_NO_SUPPLEMENT,
		/** 国办函〔2020〕109号 (F-5): the fee not paid within the window, deemed abandoned (row 三(六)2). */
		ABANDONED_UNPAID
	}

	List<String> interruptedSteps() {
		return Arrays.stream(interrupted.split(",")).filter(s -> !s.isBlank()).toList();
	}

	boolean standing() {
		return reversedAt == null;
	}
}
