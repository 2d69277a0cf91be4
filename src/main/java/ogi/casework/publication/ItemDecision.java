package ogi.casework.publication;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A decision on one review item: publish proactively with the title, date, where it was published and optionally a
 * link and summary; or keep it as it is, with the reason.
 */
public record ItemDecision(
		@NotNull ReviewItem.Decision decision,
		@Size(max = 300) String title,
		LocalDate publishedOn,
		@Size(max = 500) String location,
		@Size(max = 4000) String summary,
		@Size(max = 1000) String link,
		@Size(max = 4000) String reason) {
}
