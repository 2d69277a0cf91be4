package ogi.casework.reply;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What was searched, where and with what result (检索记录): the proof a NOT_EXIST reply rests on (Art. 36(4), spec
 * §8.3 item 6; SPC Guiding Case 101 asks for a sufficient and reasonable search).
 */
public record SearchRecord(String agencyCode, String caseNumber, int version, LocalDate searchedOn,
		String sourcesSearched, String keywords, String periodCovered, String departmentsAsked, boolean found,
		String notes, String recordedBy, Instant recordedAt) {
}
