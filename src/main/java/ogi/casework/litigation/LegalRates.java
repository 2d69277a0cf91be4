package ogi.casework.litigation;

import java.math.BigDecimal;

/**
 * The year's reconsideration correction rate (corrected / decided reconsiderations) and litigation loss rate
 * (corrected / decided lawsuits, both kinds) against the agency's target — a work-plan target, not law (2% by
 * default). Counted as table 4 counts (see {@link TableFour}); a rate is null when nothing was decided.
 */
public record LegalRates(String agencyCode, int year, int reconsiderationsDecided, int reconsiderationsCorrected,
		BigDecimal reconsiderationCorrectionRate, int lawsuitsDecided, int lawsuitsLost, BigDecimal litigationLossRate,
		BigDecimal target, boolean reconsiderationWithinTarget, boolean litigationWithinTarget) {
}
