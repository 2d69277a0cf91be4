package ogi.casework.reply;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reply as the handler drafts it; which fields are required depends on the outcome (see {@link Outcome}).
 *
 * @param ground DENY: the exemption ground (Arts. 14–16)
 * @param reasons the reasons given to the applicant; required for every refusal and non-disclosure
 * @param accessDetails DISCLOSE / ALREADY_PUBLIC / PUBLICATION: how, where and when to get the information
 * @param responsibleAgencyName NOT_RESPONSIBLE: the responsible agency where it can be determined (Art. 36(5))
 * @param earlierCaseNumber REPEAT: the case that already answered the same request (Art. 36(6))
 * @param withheldParts PARTIAL: each withheld part with ground and reasons (Art. 37)
 * @param publicInterestOverride disclosing over a third party's objection (Art. 32)
 */
public record DraftForm(
		@NotNull Outcome outcome,
		ExemptionGround ground,
		@Size(max = 8000) String reasons,
		@Size(max = 2000) String accessDetails,
		@Size(max = 200) String responsibleAgencyName,
		@Size(max = 500) String responsibleAgencyContact,
		@Size(max = 64) String earlierCaseNumber,
		@Valid @Size(max = 50) List<WithheldPart> withheldParts,
		@Valid PublicInterestOverride publicInterestOverride) {

	/** A draft without a public-interest override, the usual case. */
	public DraftForm(Outcome outcome, ExemptionGround ground, String reasons, String accessDetails,
			String responsibleAgencyName, String responsibleAgencyContact, String earlierCaseNumber,
			List<WithheldPart> withheldParts) {
		this(outcome, ground, reasons, accessDetails, responsibleAgencyName, responsibleAgencyContact,
				earlierCaseNumber, withheldParts, null);
	}
}
