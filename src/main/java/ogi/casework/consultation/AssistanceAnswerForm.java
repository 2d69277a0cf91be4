package ogi.casework.consultation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A department's answer: whether it holds the information and what it searched. */
public record AssistanceAnswerForm(@NotNull Boolean found, @NotBlank @Size(max = 4000) String searched,
		@Size(max = 4000) String answer, @NotNull LocalDate answeredOn) {
}
