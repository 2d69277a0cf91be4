package ogi.casework.reply;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Art. 32 (spec R-32): the agency discloses over a third party's objection because withholding would seriously affect
 * the public interest; it must give its reasoning and tell the third party in writing, before disclosure, what it
 * discloses and why.
 *
 * @param reasoning why the public interest outweighs the objection (the agency bears the burden in court, spec §8.2)
 * @param thirdPartyNoticedOn the date of the written notice to the third party (公开决定告知书)
 */
public record PublicInterestOverride(@NotBlank @Size(max = 8000) String reasoning,
		@NotNull LocalDate thirdPartyNoticedOn) {
}
