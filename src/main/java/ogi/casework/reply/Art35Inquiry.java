package ogi.casework.reply;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Art. 35 (spec R-35): the volume or frequency of requests clearly exceeds a reasonable range, so the agency asked the
 * applicant for reasons and judged them. Unreasonable (or none) → not processed (ART35_REFUSED, row (五)4);
 * reasonable but unmanageable in time → a reasonable delay with approval and notice.
 */
public record Art35Inquiry(String agencyCode, String caseNumber, LocalDate askedOn, String volume,
		LocalDate reasonsReceivedOn, String reasons, Assessment assessment, String note, String askedBy,
		Instant askedAt, String assessedBy) {

	/** The agency's judgement of the applicant's reasons. */
	public enum Assessment {
		REASONABLE, UNREASONABLE, NO_REASONS_GIVEN
	}
}
