package ogi.casework.shared;

import java.util.Comparator;

/**
 * One case of one agency, as the nightly sweeps walk every case: ordered by agency code, then case number (the order
 * of every table's primary key), so that a sweep goes on after the last case it handled.
 */
public record CaseKey(String agencyCode, String caseNumber) implements Comparable<CaseKey> {

	/** Before every case: where a sweep starts. */
	public static final CaseKey FIRST = new CaseKey("", "");

	private static final Comparator<CaseKey> ORDER = Comparator.comparing(CaseKey::agencyCode)
		.thenComparing(CaseKey::caseNumber);

	@Override
	public int compareTo(CaseKey other) {
		return ORDER.compare(this, other);
	}
}
