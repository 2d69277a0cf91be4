package ogi.casework.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ogi.casework.litigation.LegalRates;
import ogi.casework.litigation.MatterSummary;

/**
 * What legal staff look at first: open reconsiderations and lawsuits by their nearest deadline, the agency's
 * watched cases by risk (counts per level and the riskiest), and the year's correction and loss rates against the
 * agency's target.
 *
 * @param mattersByDeadline open matters, the nearest open deadline first, missed ones flagged
 * @param casesByLevel how many watched cases stand at each level
 * @param highestRisks the riskiest watched cases with their reasons, highest first
 * @param rates this year's reconsideration correction rate and litigation loss rate against the target
 */
public record LegalDashboard(String agencyCode, LocalDate asOf, List<MatterSummary> mattersByDeadline,
		Map<RiskLevel, Long> casesByLevel, List<RiskAssessment> highestRisks, LegalRates rates) {
}
