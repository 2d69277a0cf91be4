package ogi.casework.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Information the agency published proactively after applications showed it should (Art. 44), as the reading room
 * lists it, with the applications that led to it.
 *
 * @param location where it was published (the agency's website column, gazette, reading room …)
 * @param link the address where it can be read, if online
 */
public record PublishedItem(long id, String agencyCode, String title, LocalDate publishedOn, String location,
		String summary, String link, List<String> caseNumbers, String createdBy, Instant createdAt) {

	public PublishedItem {
		caseNumbers = caseNumbers == null ? List.of() : List.copyOf(caseNumbers);
	}
}
