package ogi.casework.intake;

import java.time.LocalDate;

/**
 * A supplement (补正) of an application, Art. 30: one notice listing every item at once and a reasonable period, and
 * the supplement when it arrives.
 */
public record Supplement(Long id, String agencyCode, String caseNumber, LocalDate noticedOn, String items,
		LocalDate dueOn, String noticedBy, LocalDate receivedOn, String content, String receivedBy) {
}
