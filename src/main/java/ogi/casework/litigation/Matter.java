package ogi.casework.litigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A reconsideration or lawsuit against the agency's OGI act on one or more of its cases: who hears it, when the agency
 * received the copy, the hearings, what the agency filed, the decision and any appeal.
 *
 * @param id the matter's number within the system
 * @param agencyCode the agency that is respondent or defendant
 * @param kind reconsideration, direct suit or suit after reconsideration
 * @param body the reconsideration body or the court
 * @param referenceNumber the body's or court's reference (案号)
 * @param copyReceivedOn the day the agency received the application copy or complaint copy (day 0 of T15 / T21)
 * @param procedure the reconsideration procedure (simplified by default, 复议法 Art. 53(四)); courts: as the court set it
 * @param earlierMatterId for a suit after reconsideration, the reconsideration matter, if registered
 * @param caseNumbers the cases the act was made in
 * @param hearings the hearing dates in order
 * @param filings what the agency filed, in order
 * @param decision the (first-instance) decision, if any
 * @param service the service of a judgment or ruling, for lawsuits
 * @param appeal the appeal and its second-instance result, if any
 * @param registeredBy who registered the matter
 * @param registeredAt when
 */
public record Matter(long id, String agencyCode, MatterKind kind, String body, String referenceNumber,
		LocalDate copyReceivedOn, Procedure procedure, Long earlierMatterId, List<String> caseNumbers,
		List<Hearing> hearings, List<Filing> filings, Decision decision, Service service, Appeal appeal,
		String registeredBy, Instant registeredAt) {

	/** Copies the lists. */
	public Matter {
		caseNumbers = List.copyOf(caseNumbers);
		hearings = List.copyOf(hearings);
		filings = List.copyOf(filings);
	}

	/**
	 * A hearing (听证 / 开庭) date; the agency's head should attend (复议法 Art. 51; 行诉法 Art. 3).
	 *
	 * @param noticeReceivedOn the day the agency received the notice of the hearing, if recorded (T17: at least five
	 *        working days before a reconsideration hearing, 复议法 Art. 51)
	 */
	public record Hearing(int number, LocalDate heldOn, String place, LocalDate noticeReceivedOn, String recordedBy,
			Instant recordedAt) {
	}

	/** Something the agency filed on a date. */
	public record Filing(int number, FilingKind kind, LocalDate filedOn, String note, String recordedBy,
			Instant recordedAt) {
	}

	/**
	 * The decision and what it orders.
	 *
	 * @param type the decision type
	 * @param decidedOn the date of the decision
	 * @param receivedOn the day the agency received it (day 0 of a new reply period, Art. 33 by analogy [I])
	 * @param newReplyOrdered whether it orders the agency to reply again (reopens the case as a new cycle)
	 * @param replyWorkingDays a reply period the decision sets, in working days, if any
	 * @param replyDueOn a reply date the decision sets, if any
	 */
	public record Decision(DecisionType type, LocalDate decidedOn, LocalDate receivedOn, boolean newReplyOrdered,
			Integer replyWorkingDays, LocalDate replyDueOn) {
	}

	/** The court served a judgment or ruling on a date (day 0 of the appeal window, T23). */
	public record Service(ServedDocument document, LocalDate servedOn) {
	}

	/** An appeal lodged against the first-instance judgment or ruling, and the second-instance result. */
	public record Appeal(LocalDate lodgedOn, AppealParty lodgedBy, DecisionType secondInstance,
			LocalDate secondInstanceDecidedOn) {
	}

	/** The first filing of the written reply (or defence) with evidence, if any. */
	public Optional<Filing> replyFiling() {
		return filings.stream().filter(f -> f.kind() == FilingKind.REPLY_AND_EVIDENCE).findFirst();
	}

	/** The first written request to delay evidence, if any (lawsuits only). */
	public Optional<Filing> evidenceDelayRequest() {
		return filings.stream().filter(f -> f.kind() == FilingKind.EVIDENCE_DELAY_REQUEST).findFirst();
	}

	/**
	 * The decision in force, as far as the agency knows on {@code day}: the second-instance result once given, none
	 * while an appeal lodged by then is pending, else the first decision made by then.
	 */
	public Optional<DecisionType> finalDecisionAsOf(LocalDate day) {
		if (appeal != null && !appeal.lodgedOn().isAfter(day)) {
			return appeal.secondInstance() != null && !appeal.secondInstanceDecidedOn().isAfter(day)
					? Optional.of(appeal.secondInstance()) : Optional.empty();
		}
		return decision != null && !decision.decidedOn().isAfter(day) ? Optional.of(decision.type())
				: Optional.empty();
	}

	/** The day the matter was concluded (审结): the second-instance date if appealed, else the decision date. */
	public Optional<LocalDate> concludedOn() {
		if (appeal != null) {
			return Optional.ofNullable(appeal.secondInstanceDecidedOn());
		}
		return decision == null ? Optional.empty() : Optional.of(decision.decidedOn());
	}
}
