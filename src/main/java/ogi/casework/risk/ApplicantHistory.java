package ogi.casework.risk;

import org.springframework.stereotype.Component;

/** The applicant's earlier reconsiderations and lawsuits against the agency. */
@Component
class ApplicantHistory {

	CaseFacts.RemedyHistory of(String agencyCode, String idNumber) {
		return CaseFacts.RemedyHistory.NONE;
	}
}
