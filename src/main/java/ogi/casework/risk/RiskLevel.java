package ogi.casework.risk;

/** How likely a case is to end in reconsideration or a lawsuit that the agency loses, in three bands. */
public enum RiskLevel {
	LOW, MEDIUM, HIGH;

	/** Whether this level is {@code other} or above. */
	public boolean atLeast(RiskLevel other) {
		return compareTo(other) >= 0;
	}
}
