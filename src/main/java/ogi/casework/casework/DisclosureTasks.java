package ogi.casework.casework;

import org.springframework.stereotype.Component;

/**
 * The one bean behind every expression of {@code disclosure-request.bpmn20.xml}. Its bean name and method signatures
 * are a persisted contract: running process instances call them by name, so rename nothing without a migration.
 */
@Component("disclosureTasks")
class DisclosureTasks {

	private final CaseManagement cases;

	DisclosureTasks(CaseManagement cases) {
		this.cases = cases;
	}

	/** Art. 30: no supplement within the period, without good reason → deemed abandoned (row (六)1). */
	public void closeAsAbandoned(String agencyCode, String caseNumber) {
		cases.closeAsAbandoned(agencyCode, caseNumber);
	}

	/** Art. 33(2): the reply period has passed without a delivered reply. */
	public void markOverdue(String agencyCode, String caseNumber) {
		cases.markOverdue(agencyCode, caseNumber);
	}
}
