package ogi.casework.risk;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import ogi.casework.intake.ApplicantApplication;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.litigation.LitigationManagement;
import ogi.casework.litigation.MatterCounts;

/**
 * The applicant's reconsiderations and lawsuits against the agency about their OTHER cases: the applicant's
 * applications within {@code ogi.risk.remedy-history-window} (from intake, by identity number) except the case being
 * assessed, and the matters brought about them (from litigation). A matter about two of the applicant's other cases
 * counts for each. A matter about the case itself is not history — it is the case's own remedy, which legal staff
 * see in the matter.
 */
@Component
class ApplicantHistory {

	private final IntakeManagement intake;

	private final LitigationManagement litigation;

	private final RiskSettings settings;

	ApplicantHistory(IntakeManagement intake, LitigationManagement litigation, RiskSettings settings) {
		this.intake = intake;
		this.litigation = litigation;
		this.settings = settings;
	}

	/** The reconsiderations and lawsuits brought about {@code caseNumbers}, the applicant's other cases. */
	CaseFacts.RemedyHistory of(String agencyCode, List<String> caseNumbers) {
		int reconsiderations = 0;
		int lawsuits = 0;
		for (MatterCounts counts : litigation.matterCountsByCase(agencyCode, caseNumbers).values()) {
			reconsiderations += counts.reconsiderations();
			lawsuits += counts.lawsuits();
		}
		return new CaseFacts.RemedyHistory(reconsiderations, lawsuits);
	}

	/** The applicant's cases within the window (the case itself included), to refresh once a matter about one changed. */
	List<String> casesOfApplicantOf(String agencyCode, String caseNumber, LocalDate today) {
		return intake.applicationsOfSameApplicant(agencyCode, caseNumber, today.minus(settings.remedyHistoryWindow()),
				today).stream().map(ApplicantApplication::caseNumber).toList();
	}
}
