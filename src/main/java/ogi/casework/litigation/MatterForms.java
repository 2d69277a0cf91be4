package ogi.casework.litigation;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Request bodies of the matters API. */
public final class MatterForms {

	private MatterForms() {
	}

	/**
	 * Registers a matter; in OpenAPI {@code MatterRegistration}, apart from the case's registration.
	 *
	 * @param procedure omitted: SIMPLIFIED, as OGI cases qualify (复议法 Art. 53(四); 行诉法 Art. 82(三))
	 * @param earlierMatterId for a suit after reconsideration: the reconsideration matter, if registered here
	 */
	@Schema(name = "MatterRegistration")
	public record Registration(MatterKind kind, String body, String referenceNumber, LocalDate copyReceivedOn,
			Procedure procedure, List<String> caseNumbers, Long earlierMatterId) {
	}

	/**
	 * Adds a hearing date.
	 *
	 * @param noticeReceivedOn the day the agency received the notice of the hearing; a reconsideration hearing noticed
	 *        less than five working days before is flagged (T17, 复议法 Art. 51), not refused
	 */
	public record HearingForm(LocalDate heldOn, String place, LocalDate noticeReceivedOn) {

		/** A hearing whose notice date is not recorded. */
		public HearingForm(LocalDate heldOn, String place) {
			this(heldOn, place, null);
		}
	}

	/** Records something filed with the body or court. */
	public record FilingForm(FilingKind kind, LocalDate filedOn, String note) {
	}

	/**
	 * Records the decision, judgment or ruling.
	 *
	 * @param receivedOn when the agency received it; omitted: the decision date
	 * @param newReplyOrdered omitted: whether the decision type orders a new reply by itself
	 * @param replyWorkingDays a reply period the decision sets, if any
	 * @param replyDueOn a reply date the decision sets, if any
	 */
	public record DecisionForm(DecisionType type, LocalDate decidedOn, LocalDate receivedOn, Boolean newReplyOrdered,
			Integer replyWorkingDays, LocalDate replyDueOn) {
	}

	/** Records the service of a judgment or ruling (day 0 of T23). */
	public record ServiceForm(ServedDocument document, LocalDate servedOn) {
	}

	/** Records a lodged appeal. */
	public record AppealForm(LocalDate lodgedOn, AppealParty lodgedBy) {
	}

	/** Records the second-instance result. */
	public record SecondInstanceForm(DecisionType type, LocalDate decidedOn) {
	}

	/** Reopens one linked case as a new reply cycle. */
	public record ReopenForm(String caseNumber) {
	}
}
