package ogi.casework.reply;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** Art. 35 forms: the request for reasons, and the agency's assessment of the answer. */
public final class Art35Form {

	private Art35Form() {
	}

	/** The request for reasons (说明理由告知书): when, and what volume or frequency prompted it. */
	@Schema(name = "Art35Request")
	public record Request(@NotNull LocalDate askedOn, @NotBlank @Size(max = 2000) String volume) {
	}

	/** The assessment of the reasons; {@code reasonsReceivedOn} and {@code reasons} are absent when none came. */
	public record Assessment(@NotNull Art35Inquiry.Assessment assessment, LocalDate reasonsReceivedOn,
			@Size(max = 8000) String reasons, @NotBlank @Size(max = 4000) String note) {
	}
}
