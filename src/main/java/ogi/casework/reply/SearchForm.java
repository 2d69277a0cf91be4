package ogi.casework.reply;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The handler's record of the search (spec §8.3 item 6). */
public record SearchForm(
		@NotNull LocalDate searchedOn,
		@NotBlank @Size(max = 2000) String sourcesSearched,
		@NotBlank @Size(max = 1000) String keywords,
		@Size(max = 200) String periodCovered,
		@Size(max = 1000) String departmentsAsked,
		@NotNull Boolean found,
		@Size(max = 4000) String notes) {
}
