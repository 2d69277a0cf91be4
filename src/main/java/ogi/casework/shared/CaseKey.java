package ogi.casework.shared;

/**
 * One case of one agency, as the nightly sweeps walk every case: a keyset position in the database's order of agency
 * code, then case number (its collation, not Java's String order, which sorts '_' differently: compare keys in SQL).
 */
public record CaseKey(String agencyCode, String caseNumber) {

	/** Before every case: where a sweep starts. */
	public static final CaseKey FIRST = new CaseKey("", "");
}
