package ogi.casework.archive;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The evidence checklist of one case (spec §8.3): the twelve items in order, each present, missing or not applicable,
 * for legal staff filing with a reconsideration body (10 or 5 working days, spec T15) or a court (15 days, G-4).
 *
 * @param agencyCode the agency (tenant)
 * @param caseNumber the case
 * @param caseStatus the case's status as its audit trail last recorded it
 * @param outcome the delivered or concluded outcome, or null while none is
 * @param source LIVE (read from the modules while the case is open) or SEALED (the archived case file)
 * @param complete whether no item is missing
 * @param missing the numbers of the missing items
 * @param checkedAt when the checklist was made
 * @param items the twelve items in spec §8.3 order
 */
public record EvidenceChecklist(String agencyCode, String caseNumber, String caseStatus, String outcome,
		Source source, boolean complete, List<Integer> missing, Instant checkedAt, List<EvidenceCheck> items) {

	public EvidenceChecklist {
		missing = List.copyOf(missing);
		items = List.copyOf(items);
	}

	static EvidenceChecklist of(String agencyCode, String caseNumber, String caseStatus, String outcome,
			Source source, Instant checkedAt, List<EvidenceCheck> items) {
		List<Integer> missing = items.stream().filter(i -> i.status() == EvidenceCheck.Status.MISSING)
				.map(EvidenceCheck::number).toList();
		return new EvidenceChecklist(agencyCode, caseNumber, caseStatus, outcome, source, missing.isEmpty(), missing,
				checkedAt, items);
	}

	/** The items with what is missing first, then in spec order: how the bundle's checklist page lists them. */
	public List<EvidenceCheck> missingFirst() {
		return items.stream().sorted(Comparator.comparing((EvidenceCheck i) -> i.status() != EvidenceCheck.Status.MISSING)
				.thenComparing(EvidenceCheck::number)).toList();
	}

	/** Where the documents came from. */
	public enum Source {
		/** An open case: the records as the modules hold them now. */
		LIVE,
		/** An archived case: the documents of its sealed case file. */
		SEALED
	}
}
