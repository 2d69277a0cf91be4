package ogi.casework.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * Applications from several different applicants asking the agency for the same information — a candidate for
 * proactive disclosure under Art. 44(1) if the information may be disclosed; the office decides.
 *
 * @param applicants how many different applicants asked
 * @param documentNumber the document number they share, if that is what linked them
 * @param firstReceived the earliest receipt date in the cluster
 * @param lastReceived the latest receipt date
 * @param applications the applications, earliest first
 */
public record DisclosureCluster(int applicants, String documentNumber, LocalDate firstReceived,
		LocalDate lastReceived, List<Member> applications) {

	public DisclosureCluster {
		applications = List.copyOf(applications);
	}

	/**
	 * One application of the cluster.
	 *
	 * @param caseNumber its case
	 * @param receiptDate its receipt date
	 * @param requestedInformation what it asked for
	 * @param reason how it joined the cluster, e.g. "82% similar wording to ALPHA-2026-000012"; empty for the first
	 */
	public record Member(String caseNumber, LocalDate receiptDate, String requestedInformation, String reason) {
	}
}
