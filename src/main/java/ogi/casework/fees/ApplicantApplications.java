package ogi.casework.fees;

import java.time.LocalDate;
import java.util.List;

/** The case numbers of an applicant's applications received in a period, for the per-item month (spec F-3). */
@FunctionalInterface
interface ApplicantApplications {

	List<String> caseNumbers(String agencyCode, String applicantIdNumber, LocalDate from, LocalDate to);
}
