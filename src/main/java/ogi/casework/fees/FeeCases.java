package ogi.casework.fees;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What the fee rules need to know about a case from the modules that own it: its applicant and receipt date (intake)
 * and its reply due date (deadlines).
 */
interface FeeCases {

	/** The application of {@code caseNumber}: who applied and when it counts as received (Art. 31). */
	Optional<Applied> application(String agencyCode, String caseNumber);

	/** The case numbers of the applicant's applications received (Art. 31) in {@code month}. */
	List<String> receivedIn(String agencyCode, String applicantKey, YearMonth month);

	/** The running reply period's due date, extensions and excluded time included (Art. 33); empty when none runs. */
	Optional<LocalDate> replyDue(String agencyCode, String caseNumber);

	/**
	 * The applicant, as the applicant key (a keyed hash of the identity number, {@code ApplicantKeys}: fee records
	 * never hold the number itself), and the receipt date.
	 */
	record Applied(String applicantKey, LocalDate receiptDate) {
	}
}
