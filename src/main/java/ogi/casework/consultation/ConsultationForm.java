package ogi.casework.consultation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A consultation letter as sent. */
public record ConsultationForm(@NotNull ConsultationKind kind, @NotBlank @Size(max = 200) String party,
		@NotBlank @Size(max = 4000) String question, @NotNull LocalDate sentOn) {
}
