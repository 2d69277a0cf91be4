package ogi.casework.documents;

import java.time.Instant;

/**
 * A letter of a case was written and stored (its DOCX and PDF), e.g. the supplement notice or the reply: for those who
 * tell the addressee, such as the applicant portal's e-mail.
 *
 * @param pdfId the stored PDF, the form in which a letter is sent
 */
public record LetterIssued(String agencyCode, String caseNumber, DocumentKind kind, long pdfId, Instant at) {
}
