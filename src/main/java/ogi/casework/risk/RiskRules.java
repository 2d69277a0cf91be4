package ogi.casework.risk;

import java.util.ArrayList;
import java.util.List;

import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchRecord;

/** Applies every {@link RiskRule} to a case's facts; each rule that fires explains itself with the facts it saw. */
class RiskRules {

	private final RiskSettings settings;

	RiskRules(RiskSettings settings) {
		this.settings = settings;
	}

	List<RiskReason> reasons(CaseFacts facts) {
		var reasons = new ArrayList<RiskReason>();
		Outcome outcome = facts.outcome();
		if (outcome == Outcome.DENY) {
			reasons.add(reason(RiskRule.REFUSAL, "The reply refuses disclosure (DENY)"));
		}
		if (outcome == Outcome.PARTIAL) {
			reasons.add(reason(RiskRule.PARTIAL_DISCLOSURE, "The reply withholds parts of the information (PARTIAL)"));
		}
		if (outcome == Outcome.NOT_EXIST || outcome == Outcome.NOT_RESPONSIBLE) {
			var missing = missingFromSearch(facts.search());
			if (!missing.isEmpty()) {
				reasons.add(reason(RiskRule.INCOMPLETE_SEARCH_RECORD,
						"The reply says " + outcome + " but the search record lacks " + String.join(", ", missing)));
			}
		}
		return List.copyOf(reasons);
	}

	RiskLevel level(List<RiskReason> reasons) {
		return settings.levelOf(score(reasons));
	}

	static int score(List<RiskReason> reasons) {
		return reasons.stream().mapToInt(RiskReason::weight).sum();
	}

	/** Spec §8.3 item 6: systems searched, keywords, date range and departments asked. */
	static List<String> missingFromSearch(SearchRecord search) {
		if (search == null) {
			return List.of("a search record altogether");
		}
		var missing = new ArrayList<String>();
		if (blank(search.sourcesSearched())) {
			missing.add("the systems and archives searched");
		}
		if (blank(search.keywords())) {
			missing.add("the keywords");
		}
		if (blank(search.periodCovered())) {
			missing.add("the period covered");
		}
		if (blank(search.departmentsAsked())) {
			missing.add("the departments asked");
		}
		return missing;
	}

	private RiskReason reason(RiskRule rule, String facts) {
		return new RiskReason(rule.name(), settings.weight(rule), facts, rule.basis());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
