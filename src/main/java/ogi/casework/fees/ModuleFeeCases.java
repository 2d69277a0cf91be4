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

/** Reads the applicant and receipt date from intake and the reply due date from the deadline ledger. */
@Component
class ModuleFeeCases implements FeeCases {

	private final IntakeManagement intake;

	private final DeadlineManagement deadlines;

	ModuleFeeCases(IntakeManagement intake, DeadlineManagement deadlines) {
		this.intake = intake;
		this.deadlines = deadlines;
	}

	@Override
	public Optional<Applied> application(String agencyCode, String caseNumber) {
		return intake.find(agencyCode, caseNumber).map(a -> new Applied(a.idNumber(), a.receiptDate()));
	}

	@Override
	public List<String> receivedIn(String agencyCode, String applicantIdNumber, YearMonth month) {
		return intake.caseNumbersOfApplicant(agencyCode, applicantIdNumber, month.atDay(1), month.atEndOfMonth());
	}

	@Override
	public Optional<LocalDate> replyDue(String agencyCode, String caseNumber) {
		return deadlines.active(agencyCode, caseNumber, DeadlineKind.REPLY).map(Deadline::dueDate);
	}
}
