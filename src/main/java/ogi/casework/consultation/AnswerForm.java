package ogi.casework.consultation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The answer to a consultation, or the record that none came. */
public record AnswerForm(@NotNull Opinion opinion, @Size(max = 4000) String answer, @NotNull LocalDate answeredOn) {
}
