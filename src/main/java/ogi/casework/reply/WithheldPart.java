package ogi.casework.reply;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Art. 37: one withheld part of a partial disclosure, with its ground and reasons. */
public record WithheldPart(@NotBlank @Size(max = 1000) String description, @NotNull ExemptionGround ground,
		@NotBlank @Size(max = 2000) String reasons) {
}
