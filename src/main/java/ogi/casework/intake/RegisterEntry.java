package ogi.casework.intake;

import java.time.LocalDate;

/**
 * One application as the case register lists it: who applied, how and when it counts as received (Art. 31); no
 * identity number or contact details.
 */
public record RegisterEntry(String caseNumber, String applicantName, ApplicantType applicantType, Channel channel,
		LocalDate receiptDate) {
}
