package ogi.casework.publication;

import java.time.LocalDate;

/**
 * One agency's periodic review of a period (Art. 44): open until every item is decided.
 *
 * @param periodFrom the first day whose replies and applications it covers
 * @param periodTo the last day
 */
public record Review(long id, String agencyCode, LocalDate periodFrom, LocalDate periodTo, LocalDate openedOn,
		LocalDate closedOn) {

	public boolean decided() {
		return closedOn != null;
	}
}
