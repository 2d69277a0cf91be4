package ogi.casework.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's or head's decision; a return must give its reason. */
public record ReviewForm(@NotNull Verdict verdict, @Size(max = 4000) String reason) {
}
