package ogi.casework.fees;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.shared.ApplicantKeys;

/** Reads the applicant (as the applicant key) and receipt date from intake and the reply due date from the deadline ledger. */
@Component
class ModuleFeeCases implements FeeCases {

	private final IntakeManagement intake;

	private final DeadlineManagement deadlines;

	private final ApplicantKeys applicantKeys;

	ModuleFeeCases(IntakeManagement intake, DeadlineManagement deadlines, ApplicantKeys applicantKeys) {
		this.intake = intake;
		this.deadlines = deadlines;
		this.applicantKeys = applicantKeys;
	}

	@Override
	public Optional<Applied> application(String agencyCode, String caseNumber) {
		return intake.find(agencyCode, caseNumber)
				.map(a -> new Applied(applicantKeys.applicantKey(a.idNumber()), a.receiptDate()));
	}

	@Override
	public List<String> receivedIn(String agencyCode, String applicantKey, YearMonth month) {
		return intake.caseNumbersOfApplicantKey(agencyCode, applicantKey, month.atDay(1), month.atEndOfMonth());
	}

	@Override
	public Optional<LocalDate> replyDue(String agencyCode, String caseNumber) {
		return deadlines.active(agencyCode, caseNumber, DeadlineKind.REPLY).map(Deadline::dueDate);
	}
}
