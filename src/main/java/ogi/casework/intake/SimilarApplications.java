package ogi.casework.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * The agency's applications that ask for the same information as one application, as suggestions for the clerk or
 * handler: the same applicant's earlier ones (Art. 36(6)) and other applicants' (Art. 44).
 *
 * @param caseNumber the application compared
 * @param suggestions the similar applications, best match first
 * @param applicantsAskingAlike how many different applicants, this one included, asked alike
 * @param proactiveDisclosureSuggested whether enough applicants asked alike to propose proactive disclosure
 * @param advice what the suggestions mean, in words
 */
public record SimilarApplications(String caseNumber, List<SimilarApplication> suggestions, int applicantsAskingAlike,
		boolean proactiveDisclosureSuggested, String advice) {

	public SimilarApplications {
		suggestions = List.copyOf(suggestions);
	}

	/**
	 * One similar application; the applicant's identity is not shown, only whether it is the same applicant.
	 *
	 * @param caseNumber the other application's case
	 * @param receiptDate its receipt date (Art. 31)
	 * @param requestedInformation what it asked for
	 * @param suggestion {@code REPEAT} for the same applicant's earlier application, else {@code PROACTIVE_DISCLOSURE}
	 * @param score 100 for the same document number, else the wording's similarity in percent
	 * @param reason why it matched, e.g. "same document number 京政发〔2025〕3号" or "82% similar wording"
	 */
	public record SimilarApplication(String caseNumber, LocalDate receiptDate, String requestedInformation,
			Suggestion suggestion, int score, String reason) {
	}
}
