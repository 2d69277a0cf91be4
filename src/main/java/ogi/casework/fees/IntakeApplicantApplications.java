package ogi.casework.fees;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import ogi.casework.intake.IntakeManagement;

/** Reads the applicant's applications from intake. */
@Component
class IntakeApplicantApplications implements ApplicantApplications {

	private final IntakeManagement intake;

	IntakeApplicantApplications(IntakeManagement intake) {
		this.intake = intake;
	}

	@Override
	public List<String> caseNumbers(String agencyCode, String applicantIdNumber, LocalDate from, LocalDate to) {
		return intake.caseNumbersOfApplicant(agencyCode, applicantIdNumber, from, to);
	}
}
