package ogi.casework.intake;

import java.time.LocalDate;

/** One application of an applicant, as another module counts them: its case number and receipt date. */
public record ApplicantApplication(String caseNumber, LocalDate receiptDate) {
}
