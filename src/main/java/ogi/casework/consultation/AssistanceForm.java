package ogi.casework.consultation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A request to another department to search and answer by {@code dueOn}. */
public record AssistanceForm(@NotBlank @Size(max = 200) String department, @NotBlank @Size(max = 4000) String request,
		@NotNull LocalDate askedOn, @NotNull LocalDate dueOn) {
}
