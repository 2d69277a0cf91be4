package ogi.casework.portal;

import java.time.LocalDate;
import java.util.List;

import ogi.casework.documents.DocumentKind;
import ogi.casework.shared.CaseStatus;

/**
 * An application as its applicant sees it on the portal: where it stands in plain words, its dates and the letters
 * addressed to them — never internal notes, staff names or other parties' data.
 *
 * @param dueNotes how the due date was reached (the period, extensions, excluded time), as messages
 * @param supplementItems what the supplement notice asks for, while a supplement is awaited
 * @param replyReady whether a reply was delivered electronically and can be downloaded here
 */
record StatusView(String caseNumber, String agencyName, LocalDate submittedOn, CaseStatus status,
		LocalDate receiptDate, LocalDate replyDueDate, List<PortalForm.Message> dueNotes, String supplementItems,
		LocalDate supplementDueOn, List<Letter> letters, Letter reply, boolean replyReady) {

	public boolean awaitsSupplement() {
		return status == CaseStatus.AWAITING_SUPPLEMENT;
	}

	/** A letter addressed to the applicant, as a PDF. */
	record Letter(long id, DocumentKind kind, LocalDate issuedOn) {
	}
}
