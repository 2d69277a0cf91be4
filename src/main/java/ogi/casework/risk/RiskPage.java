package ogi.casework.risk;

import java.util.List;

/** One page of an agency's watched cases, highest risk first. */
public record RiskPage(RiskLevel level, int page, int size, long total, List<RiskAssessment> cases) {
}
