package ogi.casework.casework;

import java.time.LocalDate;

import ogi.casework.reply.Outcome;
import ogi.casework.shared.CaseStatus;

/**
 * A search of the case register; every field is optional.
 *
 * @param caseNumber any part of a case number that starts it, starts its year-and-serial tail, or ends it, in any case
 * @param applicantName the applicant's name or any part of it
 * @param idNumber an identity number, whole
 * @param phone a phone number, whole (digits only are compared)
 * @param words words of the request's subject
 * @param oldestFirst order by receipt date ascending instead of newest first
 */
public record RegisterQuery(String caseNumber, String applicantName, String idNumber, String phone,
		LocalDate receivedFrom, LocalDate receivedTo, CaseStatus status, Outcome outcome, String handler, String words,
		boolean oldestFirst) {

	public static RegisterQuery all() {
		return new RegisterQuery(null, null, null, null, null, null, null, null, null, null, false);
	}

	public static RegisterQuery byText(String text) {
		return new RegisterQuery(text, null, null, null, null, null, null, null, null, null, false);
	}
}
