package ogi.casework.fees;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The applications and reply periods the fee rules read, in memory: what intake and the ledger would say. */
class InMemoryFeeCases implements FeeCases {

	private final Map<String, Applied> applications = new LinkedHashMap<>();

	private final Map<String, LocalDate> replyDue = new HashMap<>();

	/**
	 * An application of the applicant with identity number {@code applicant} to {@code agency}, received on
	 * {@code receiptDate}; stored under its applicant key as intake gives it (the test profile's lookup key).
	 */
	InMemoryFeeCases received(String agency, String caseNumber, String applicant, LocalDate receiptDate) {
		applications.put(agency + "/" + caseNumber,
				new Applied(ogi.casework.support.TestKeys.APPLICANT_KEYS.applicantKey(applicant), receiptDate));
		return this;
	}

	/** The case's running reply period ends on {@code due}. */
	InMemoryFeeCases replyDue(String agency, String caseNumber, LocalDate due) {
		replyDue.put(agency + "/" + caseNumber, due);
		return this;
	}

	@Override
	public Optional<Applied> application(String agencyCode, String caseNumber) {
		return Optional.ofNullable(applications.get(agencyCode + "/" + caseNumber));
	}

	@Override
	public List<String> receivedIn(String agencyCode, String applicantKey, YearMonth month) {
		return applications.entrySet().stream()
				.filter(e -> e.getKey().startsWith(agencyCode + "/")
						&& e.getValue().applicantKey().equals(applicantKey)
						&& YearMonth.from(e.getValue().receiptDate()).equals(month))
				.map(e -> e.getKey().substring(agencyCode.length() + 1)).sorted().toList();
	}

	@Override
	public Optional<LocalDate> replyDue(String agencyCode, String caseNumber) {
		return Optional.ofNullable(replyDue.get(agencyCode + "/" + caseNumber));
	}
}
