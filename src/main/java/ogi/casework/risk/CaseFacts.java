package ogi.casework.risk;

import java.time.LocalDate;
import java.util.List;

import ogi.casework.consultation.Consultation;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.LateExtension;
import ogi.casework.reply.Delivery;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchRecord;

/**
 * What the risk rules look at, gathered through the owning modules' APIs: nothing here is read from another
 * module's tables.
 *
 * @param today the agency's local date
 * @param outcome the current draft's outcome (once delivered, the delivered reply's), or null
 * @param publicInterestOverride the current draft discloses over a third party's objection (Arts. 15, 32)
 * @param search the latest search record, or null
 * @param replyLedger every ledger entry of the reply period (T3), oldest first, active or not
 * @param workingDaysLeft working days from today to the running reply period's due date, or null if none runs or it
 *        has passed
 * @param lateExtensions the approved extensions that do not count, noticed after the period they would extend had
 *        ended (the deadlines module's rule)
 * @param delivery the delivery of the reply, or null
 * @param consultations third parties and agencies consulted
 * @param applicantApplications the applicant's applications to this agency within the configured window, this one
 *        included
 * @param remedies the applicant's earlier reconsiderations and lawsuits against this agency
 */
record CaseFacts(String agencyCode, String caseNumber, LocalDate today, Outcome outcome,
		boolean publicInterestOverride, SearchRecord search, List<Deadline> replyLedger, Integer workingDaysLeft,
		List<LateExtension> lateExtensions, Delivery delivery, List<Consultation> consultations, int applicantApplications,
		RemedyHistory remedies) {

	CaseFacts {
		replyLedger = List.copyOf(replyLedger);
		lateExtensions = List.copyOf(lateExtensions);
		consultations = List.copyOf(consultations);
		remedies = remedies == null ? RemedyHistory.NONE : remedies;
	}

	/** How often the applicant went to reconsideration or court before, over any of their cases. */
	record RemedyHistory(int reconsiderations, int lawsuits) {

		static final RemedyHistory NONE = new RemedyHistory(0, 0);

		int total() {
			return reconsiderations + lawsuits;
		}
	}
}
