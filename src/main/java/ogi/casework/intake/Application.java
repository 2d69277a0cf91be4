package ogi.casework.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import ogi.casework.shared.PersonalDataView;

/** An application for disclosure of government information as received and registered (Arts. 29, 31). */
public record Application(
		String caseNumber,
		String agencyCode,
		ApplicantType applicantType,
		String applicantName,
		IdDocumentType idDocumentType,
		String idNumber,
		String phone,
		String email,
		String address,
		String requestedInformation,
		String documentNumber,
		ProvisionForm provisionForm,
		ObtainingMethod obtainingMethod,
		Channel channel,
		LocalDate submittedOn,
		LocalDate signedForOn,
		LocalDate arrivedOn,
		LocalDate confirmedOn,
		LocalDate receiptDate,
		boolean needsAssistance,
		String purpose,
		String receivedBy,
		Instant receivedAt) {

	/** Who received an application the applicant submitted on the portal themselves. */
	public static final String ONLINE = "portal";

	/** Submitted by the applicant on the portal, where they look up the case and download the reply. */
	public boolean submittedOnPortal() {
		return ONLINE.equals(receivedBy);
	}

	/** Submitted online and not yet confirmed by the agency: not yet received in law, no period runs (Art. 31(3)). */
	public boolean awaitingConfirmation() {
		return receiptDate == null;
	}

	/** Art. 31: which date fixed the receipt date, in words, for the ledger and the case file. */
	public String receiptExplanation() {
		if (awaitingConfirmation()) {
			return "submitted online " + submittedOn + ", awaiting the agency's confirmation (Art. 31(3))";
		}
		return switch (channel) {
			case IN_PERSON -> "handed in on " + submittedOn + "; the submission date counts (Art. 31(1))";
			case POST_SIGNED -> "signed for on " + signedForOn + "; the signing date counts (Art. 31(2))";
			case POST_UNSIGNED -> "ordinary letter arrived " + arrivedOn + ", confirmed with the applicant on "
					+ confirmedOn + "; the confirmation date counts (Art. 31(2))";
			case INTERNET -> "submitted online " + submittedOn + ", confirmed by both sides on " + confirmedOn
					+ "; the confirmation date counts (Art. 31(3))";
			case FAX -> "fax received " + arrivedOn + ", confirmed by both sides on " + confirmedOn
					+ "; the confirmation date counts (Art. 31(3))";
		};
	}

	/** The same application with other identity number and contacts (encrypted ones, or decrypted ones). */
	Application withPersonalData(String idNumber, String phone, String email, String address) {
		return new Application(caseNumber, agencyCode, applicantType, applicantName, idDocumentType, idNumber, phone,
				email, address, requestedInformation, documentNumber, provisionForm, obtainingMethod, channel,
				submittedOn, signedForOn, arrivedOn, confirmedOn, receiptDate, needsAssistance, purpose, receivedBy,
				receivedAt);
	}

	/** The applicant with personal data in full, for the roles that contact or write to the applicant. */
	public ApplicantView applicant() {
		return new ApplicantView(applicantType, applicantName, idDocumentType, idNumber, phone, email, address, false,
				agencyCode, caseNumber);
	}

	/** The applicant with identity number and contact masked, for roles that do not need them. */
	public ApplicantView maskedApplicant() {
		return new ApplicantView(applicantType, applicantName, idDocumentType, mask(idNumber, 4, 2),
				mask(phone, 3, 4), maskEmail(email), address == null ? null : mask(address, 6, 0), true, agencyCode,
				caseNumber);
	}

	static String mask(String value, int keepStart, int keepEnd) {
		if (value == null) {
			return null;
		}
		if (value.length() <= keepStart + keepEnd) {
			return "*".repeat(value.length());
		}
		return value.substring(0, keepStart) + "*".repeat(value.length() - keepStart - keepEnd)
				+ value.substring(value.length() - keepEnd);
	}

	private static String maskEmail(String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		return at <= 0 ? mask(email, 1, 0) : email.charAt(0) + "***" + email.substring(at);
	}

	/**
	 * The applicant as shown; {@code masked} says whether personal data was hidden. An unmasked view in a response or
	 * page is recorded as a read of personal data (see {@link PersonalDataView}).
	 */
	public record ApplicantView(ApplicantType type, String name, IdDocumentType idDocumentType, String idNumber,
			String phone, String email, String address, boolean masked, @JsonIgnore String agencyCode,
			@JsonIgnore String caseNumber) implements PersonalDataView {

		@Override
		public List<String> shownInFull() {
			if (masked) {
				return List.of();
			}
			List<String> shown = new ArrayList<>();
			for (var field : new String[][] { { "idNumber", idNumber }, { "phone", phone }, { "email", email },
					{ "address", address } }) {
				if (field[1] != null) {
					shown.add(field[0]);
				}
			}
			return List.copyOf(shown);
		}
	}
}
