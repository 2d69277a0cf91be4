package ogi.casework.consultation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A consultation letter as sent.
 *
 * @param receivedOn when the consulted party received the letter, if known: its 15 working days run from then (Arts.
 *        32, 34); until it is known they run from {@code sentOn}
 */
public record ConsultationForm(@NotNull ConsultationKind kind, @NotBlank @Size(max = 200) String party,
		@NotBlank @Size(max = 4000) String question, @NotNull LocalDate sentOn, LocalDate receivedOn) {
}
