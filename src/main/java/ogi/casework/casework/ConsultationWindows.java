package ogi.casework.casework;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import ogi.casework.consultation.Consultation;
import ogi.casework.consultation.ConsultationManagement;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.deadlines.GivenDate;

/**
 * A consulted party's window (Arts. 32, 34): 15 working days from its receipt of the letter, counted on the calendar
 * as it is now — and never ending before the date the letter gave it ({@link GivenDate}), which is kept when the
 * letter goes out.
 */
@Component
class ConsultationWindows {

	private final DeadlineManagement deadlines;

	private final ConsultationManagement consultations;

	ConsultationWindows(DeadlineManagement deadlines, ConsultationManagement consultations) {
		this.deadlines = deadlines;
		this.consultations = consultations;
	}

	/** The window of a letter going out now: the date the letter gives, kept. */
	LocalDate first(CaseFile file, Consultation consultation) {
		LocalDate end = deadlines.consultationWindowEnd(file.agencyCode(), consultation.windowStart());
		consultations.recordReplyByGiven(file.agencyCode(), file.caseNumber(), consultation.number(), end);
		return end;
	}

	/** The window counted again (the calendar changed, or the party's receipt was recorded), and why it ends then. */
	Window of(CaseFile file, Consultation consultation) {
		LocalDate counted = deadlines.consultationWindowEnd(file.agencyCode(), consultation.windowStart());
		LocalDate end = GivenDate.notBefore(counted,
				consultations.replyByGiven(file.agencyCode(), file.caseNumber(), consultation.number()));
		return new Window(end, end.equals(counted) ? "" : "; counted, the 15 working days end on " + counted
				+ ", but the letter gave " + end + " and the window does not end before it");
	}

	/** A window's last day, and the words saying the letter's date holds it there ("" when the count does). */
	record Window(LocalDate end, String heldByLetter) {
	}
}
