package ogi.casework.reply;

import java.time.Instant;
import java.util.List;

/**
 * A drafted reply: the outcome, its legal ground and the content the outcome requires. Each redraft is a new
 * version; the latest is the one reviewed.
 */
public record ReplyDraft(String agencyCode, String caseNumber, int version, Outcome outcome, ExemptionGround ground,
		String reasons, String accessDetails, String responsibleAgencyName, String responsibleAgencyContact,
		String earlierCaseNumber, List<WithheldPart> withheldParts, String publicInterestReasoning,
		java.time.LocalDate thirdPartyNoticedOn, String draftedBy, Instant draftedAt) {

	public ReplyDraft {
		withheldParts = withheldParts == null ? List.of() : List.copyOf(withheldParts);
	}

	/** A draft as stored, before its withheld parts are read. */
	ReplyDraft(String agencyCode, String caseNumber, int version, Outcome outcome, ExemptionGround ground,
			String reasons, String accessDetails, String responsibleAgencyName, String responsibleAgencyContact,
			String earlierCaseNumber, String publicInterestReasoning, java.time.LocalDate thirdPartyNoticedOn,
			String draftedBy, Instant draftedAt) {
		this(agencyCode, caseNumber, version, outcome, ground, reasons, accessDetails, responsibleAgencyName,
				responsibleAgencyContact, earlierCaseNumber, List.of(), publicInterestReasoning, thirdPartyNoticedOn,
				draftedBy, draftedAt);
	}

	/** The legal basis as a reply letter cites it. */
	public String legalBasis() {
		return ground == null ? outcome.article() : outcome.article() + " + " + ground.article();
	}

	ReplyDraft withWithheldParts(List<WithheldPart> parts) {
		return new ReplyDraft(agencyCode, caseNumber, version, outcome, ground, reasons, accessDetails,
				responsibleAgencyName, responsibleAgencyContact, earlierCaseNumber, parts, publicInterestReasoning,
				thirdPartyNoticedOn, draftedBy, draftedAt);
	}
}
