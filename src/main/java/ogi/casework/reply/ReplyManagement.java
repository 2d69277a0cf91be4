package ogi.casework.reply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.consultation.ConsultationManagement;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.ReadsOnly;

/** Records searches, reply drafts and deliveries, enforcing what each outcome's reply must contain. */
@Service
public class ReplyManagement {

	private final Replies replies;

	private final IntakeManagement intake;

	private final ConsultationManagement consultations;

	private final Clock clock;

	private final CaseworkSettings settings;

	private final DeliverySettings deliverySettings;

	private final ApplicationEventPublisher events;

	ReplyManagement(Replies replies, IntakeManagement intake, ConsultationManagement consultations, Clock clock,
			CaseworkSettings settings, DeliverySettings deliverySettings, ApplicationEventPublisher events) {
		this.events = events;
		this.deliverySettings = deliverySettings;
		this.consultations = consultations;
		this.replies = replies;
		this.intake = intake;
		this.clock = clock;
		this.settings = settings;
	}

	@Transactional
	public SearchRecord recordSearch(String agencyCode, String caseNumber, SearchForm form, CurrentUser handler) {
		notInFuture(form.searchedOn(), "searchedOn");
		var search = new SearchRecord(agencyCode, caseNumber, replies.searchCount(agencyCode, caseNumber) + 1,
				form.searchedOn(), form.sourcesSearched().strip(), form.keywords().strip(), form.periodCovered(),
				form.departmentsAsked(), form.found(), form.notes(), handler.username(), Instant.now(clock));
		replies.insertSearch(search);
		return search;
	}

	@ReadsOnly
	public Optional<SearchRecord> latestSearch(String agencyCode, String caseNumber) {
		return replies.latestSearch(agencyCode, caseNumber);
	}

	/** Records a new version of the reply after checking the content its outcome requires. */
	@Transactional
	public ReplyDraft draft(String agencyCode, String caseNumber, DraftForm form, CurrentUser author) {
		EarlierCase earlierCase = earlierCase(agencyCode, caseNumber, form.earlierCaseNumber());
		if (form.outcome() == Outcome.ART35_REFUSED && replies.art35(agencyCode, caseNumber)
				.map(Art35Inquiry::assessment).filter(a -> a != Art35Inquiry.Assessment.REASONABLE).isEmpty()) {
			throw InvalidInput.of("outcome", "art35Unreasonable", "Art. 35: ART35_REFUSED needs the applicant asked for"
					+ " reasons and the reasons judged unreasonable (or none given)");
		}
		ReplyContentRule.check(form, replies.latestSearch(agencyCode, caseNumber), earlierCase,
				consultations.of(agencyCode, caseNumber), consultations.assistance(agencyCode, caseNumber));
		var override = form.publicInterestOverride();
		var draft = new ReplyDraft(agencyCode, caseNumber, replies.draftCount(agencyCode, caseNumber) + 1,
				form.outcome(), form.ground(), form.reasons(), form.accessDetails(), form.responsibleAgencyName(),
				form.responsibleAgencyContact(),
				form.earlierCaseNumber() == null ? null : form.earlierCaseNumber().strip(),
				form.outcome() == Outcome.PARTIAL ? form.withheldParts() : List.of(),
				override == null ? null : override.reasoning(), override == null ? null : override.thirdPartyNoticedOn(),
				author.username(), Instant.now(clock));
		replies.insertDraft(draft);
		for (int i = 0; i < draft.withheldParts().size(); i++) {
			replies.insertWithheldPart(draft, i + 1, draft.withheldParts().get(i));
		}
		return draft;
	}

	/**
	 * Art. 36(6): a repeat cites the same applicant's earlier application (same identity number) whose reply was
	 * delivered; another applicant's answered request, or the applicant's own unanswered one, is no ground.
	 */
	private EarlierCase earlierCase(String agencyCode, String caseNumber, String earlierCaseNumber) {
		if (earlierCaseNumber == null || earlierCaseNumber.isBlank()) {
			return EarlierCase.NOT_FOUND;
		}
		String earlierNumber = earlierCaseNumber.strip();
		if (earlierNumber.equals(caseNumber)) {
			return EarlierCase.THIS_CASE;
		}
		var earlier = intake.find(agencyCode, earlierNumber);
		if (earlier.isEmpty()) {
			return EarlierCase.NOT_FOUND;
		}
		String applicant = intake.find(agencyCode, caseNumber).map(a -> a.idNumber()).orElse(null);
		if (applicant == null || earlier.get().idNumber() == null
				|| !applicant.strip().equalsIgnoreCase(earlier.get().idNumber().strip())) {
			return EarlierCase.OTHER_APPLICANT;
		}
		return replies.delivery(agencyCode, earlierNumber).isPresent() ? EarlierCase.ANSWERED_SAME_APPLICANT
				: EarlierCase.NOT_ANSWERED;
	}

	/** One version of the case's draft, with its withheld parts: what the draft said before it was returned. */
	@ReadsOnly
	public Optional<ReplyDraft> draft(String agencyCode, String caseNumber, int version) {
		return replies.draftVersion(agencyCode, caseNumber, version).map(draft -> draft
				.withWithheldParts(replies.withheldParts(agencyCode, caseNumber, version)));
	}

	@ReadsOnly
	public Optional<ReplyDraft> currentDraft(String agencyCode, String caseNumber) {
		return replies.latestDraft(agencyCode, caseNumber).map(draft -> draft
				.withWithheldParts(replies.withheldParts(agencyCode, caseNumber, draft.version())));
	}

	/** Art. 35: records the request to the applicant to give reasons for the volume or frequency of requests. */
	@Transactional
	public Art35Inquiry askForReasons(String agencyCode, String caseNumber, Art35Form.Request form,
			java.time.LocalDate receiptDate, CurrentUser handler) {
		if (replies.art35(agencyCode, caseNumber).isPresent()) {
			throw InvalidInput.of("art35", "once", "Reasons were asked for already in case " + caseNumber);
		}
		notInFuture(form.askedOn(), "askedOn");
		if (form.askedOn().isBefore(receiptDate)) {
			throw InvalidInput.of("askedOn", "order", "Reasons cannot be asked for before the receipt date " + receiptDate);
		}
		var inquiry = new Art35Inquiry(agencyCode, caseNumber, form.askedOn(), form.volume(), null, null, null, null,
				handler.username(), Instant.now(clock), null);
		replies.insertArt35(inquiry);
		return inquiry;
	}

	/** Art. 35: records the applicant's reasons (or that none came) and the agency's judgement of them. */
	@Transactional
	public Art35Inquiry assessReasons(String agencyCode, String caseNumber, Art35Form.Assessment form,
			CurrentUser handler) {
		var asked = replies.art35(agencyCode, caseNumber)
				.orElseThrow(() -> InvalidInput.of("art35", "asked", "Ask the applicant for reasons first (Art. 35)"));
		boolean none = form.assessment() == Art35Inquiry.Assessment.NO_REASONS_GIVEN;
		if (!none && (form.reasonsReceivedOn() == null || form.reasons() == null || form.reasons().isBlank())) {
			throw InvalidInput.of("reasons", "required", "Record the reasons received and their date, or NO_REASONS_GIVEN");
		}
		if (form.reasonsReceivedOn() != null) {
			notInFuture(form.reasonsReceivedOn(), "reasonsReceivedOn");
			if (form.reasonsReceivedOn().isBefore(asked.askedOn())) {
				throw InvalidInput.of("reasonsReceivedOn", "order", "The reasons cannot precede the request of "
						+ asked.askedOn());
			}
		}
		var assessed = new Art35Inquiry(agencyCode, caseNumber, asked.askedOn(), asked.volume(),
				none ? null : form.reasonsReceivedOn(), none ? null : form.reasons(), form.assessment(), form.note(),
				asked.askedBy(), asked.askedAt(), handler.username());
		replies.assessArt35(assessed);
		return assessed;
	}

	@ReadsOnly
	public Optional<Art35Inquiry> art35(String agencyCode, String caseNumber) {
		return replies.art35(agencyCode, caseNumber);
	}

	/** Records the delivery (送达); the date that counts depends on the method (国办公开办函〔2016〕235号). */
	@Transactional
	public Delivery recordDelivery(String agencyCode, String caseNumber, DeliveryForm form, LocalDate receiptDate,
			CurrentUser clerk) {
		return recordDelivery(agencyCode, caseNumber, form, receiptDate, clerk, false);
	}

	/**
	 * Records the delivery; {@code confirmedOnPortal}: the applicant applied on the portal, where an electronic reply
	 * is downloaded and the first download confirms its receipt, so the delivery may be recorded before that.
	 */
	@Transactional
	public Delivery recordDelivery(String agencyCode, String caseNumber, DeliveryForm form, LocalDate receiptDate,
			CurrentUser clerk, boolean confirmedOnPortal) {
		notInFuture(form.deliveredOn(), "deliveredOn");
		if (form.deliveredOn().isBefore(receiptDate)) {
			throw InvalidInput.of("deliveredOn", "order",
					"A reply cannot be delivered before the application was received on " + receiptDate);
		}
		var draft = currentDraft(agencyCode, caseNumber);
		if (draft.isPresent() && draft.get().thirdPartyNoticedOn() != null
				&& form.deliveredOn().isBefore(draft.get().thirdPartyNoticedOn())) {
			throw InvalidInput.of("deliveredOn", "thirdPartyNoticeFirst", "Art. 32: the third party is told in writing "
					+ "before the disclosure over its objection; its notice is dated "
					+ draft.get().thirdPartyNoticedOn());
		}
		requireProof(form, confirmedOnPortal);
		// Once per reply: a case reopened after a reconsideration or court decision is delivered again with a new draft.
		if (draft.isPresent() && replies.delivered(agencyCode, caseNumber, draft.get().version())) {
			throw InvalidInput.of("delivery", "once", "The reply of case " + caseNumber + " was delivered already");
		}
		checkReceipt(form);
		var delivery = new Delivery(agencyCode, caseNumber, form.method(), form.deliveredOn(), form.trackingNumber(),
				form.recipient(), form.method() == DeliveryMethod.IN_PERSON ? null : form.confirmedOn(),
				clerk.username(), Instant.now(clock));
		replies.insertDelivery(delivery, draft.map(ReplyDraft::version).orElse(1));
		events.publishEvent(new ReplyDelivered(agencyCode, caseNumber, form.method(), form.deliveredOn()));
		return delivery;
	}

	/**
	 * Records how a notice reached its addressee (spec §8.3 items 3–5), with the reply's proof rules; once per notice.
	 *
	 * @param noticeDate the date of the notice, before which it cannot have been delivered
	 */
	@Transactional
	public NoticeDelivery recordNoticeDelivery(String agencyCode, String caseNumber, NoticeDeliveryForm form,
			LocalDate noticeDate, CurrentUser user) {
		notInFuture(form.deliveredOn(), "deliveredOn");
		if (noticeDate != null && form.deliveredOn().isBefore(noticeDate)) {
			throw InvalidInput.of("deliveredOn", "order",
					"The notice is dated " + noticeDate + "; it cannot have been delivered before");
		}
		requireProof(form.asDelivery(), false);
		if (replies.noticeDelivered(agencyCode, caseNumber, form.notice(), form.reference())) {
			throw InvalidInput.of("reference", "once",
					"The delivery of " + form.notice() + " " + form.reference() + " is recorded already");
		}
		checkReceipt(form.asDelivery());
		var delivery = new NoticeDelivery(agencyCode, caseNumber, form.notice(), form.reference(), form.method(),
				form.deliveredOn(), form.trackingNumber(), form.recipient(),
				form.method() == DeliveryMethod.IN_PERSON ? null : form.confirmedOn(), user.username(),
				Instant.now(clock));
		replies.insertNoticeDelivery(delivery);
		return delivery;
	}

	/**
	 * The applicant's receipt of a posted reply, from its return receipt (回执) that came back after the delivery was
	 * recorded; the remedy windows then run from it (spec G-5).
	 */
	@Transactional
	public Delivery recordReplyReceipt(String agencyCode, String caseNumber, LocalDate receivedOn) {
		var delivery = replies.delivery(agencyCode, caseNumber).orElseThrow(() -> new ogi.casework.shared.ActionNotAllowed(
				"delivered", "The reply of case " + caseNumber + " is not delivered yet"));
		if (delivery.method() == DeliveryMethod.IN_PERSON) {
			throw InvalidInput.of("receivedOn", "postOrElectronic",
					"A reply handed over in person was received when it was signed for, on " + delivery.deliveredOn());
		}
		notInFuture(receivedOn, "receivedOn");
		if (receivedOn.isBefore(delivery.deliveredOn())) {
			throw InvalidInput.of("receivedOn", "order", "The reply was sent on " + delivery.deliveredOn()
					+ "; it cannot have been received before");
		}
		replies.recordDeliveryReceipt(agencyCode, caseNumber, receivedOn);
		return replies.delivery(agencyCode, caseNumber).orElseThrow();
	}

	/** When the applicant received the reply: recorded, or by post presumed (spec G-5, {@link DeliverySettings}). */
	public Receipt receipt(Delivery delivery) {
		return receipt(delivery.method(), delivery.deliveredOn(), delivery.receivedOn());
	}

	/** When the addressee received the notice: recorded, or by post presumed. */
	public Receipt receipt(NoticeDelivery delivery) {
		return receipt(delivery.method(), delivery.deliveredOn(), delivery.receivedOn());
	}

	private Receipt receipt(DeliveryMethod method, LocalDate deliveredOn, LocalDate receivedOn) {
		if (receivedOn != null) {
			return new Receipt(receivedOn, false, switch (method) {
				case IN_PERSON -> "signed for on " + receivedOn;
				case POST -> "posted " + deliveredOn + ", received " + receivedOn + " by the return receipt";
				case ELECTRONIC -> "sent " + deliveredOn + ", receipt confirmed " + receivedOn;
			});
		}
		if (method == DeliveryMethod.POST) {
			LocalDate presumed = deliveredOn.plusDays(deliverySettings.presumedPostalDays());
			return new Receipt(presumed, true, "posted " + deliveredOn + ", no return receipt recorded: presumed"
					+ " received " + deliverySettings.presumedPostalDays() + " days later, on " + presumed
					+ " (the agency's choice, ogi.delivery.presumed-postal-days)");
		}
		return new Receipt(deliveredOn, true, "sent " + deliveredOn + ", receipt not confirmed yet");
	}

	/** A receipt cannot come before the sending, nor lie in the future. */
	private void checkReceipt(DeliveryForm form) {
		if (form.confirmedOn() == null || form.method() == DeliveryMethod.IN_PERSON) {
			return;
		}
		notInFuture(form.confirmedOn(), "confirmedOn");
		if (form.confirmedOn().isBefore(form.deliveredOn())) {
			throw InvalidInput.of("confirmedOn", "order", "It was sent on " + form.deliveredOn()
					+ "; it cannot have been received before");
		}
	}

	/** Every recorded delivery of the case's notices. */
	@ReadsOnly
	public List<NoticeDelivery> noticeDeliveries(String agencyCode, String caseNumber) {
		return replies.noticeDeliveries(agencyCode, caseNumber);
	}

	/** The proof each method needs (国办公开办函〔2016〕235号): a tracking number, a signature, or a confirmation. */
	private void requireProof(DeliveryForm form, boolean confirmedOnPortal) {
		if (form.method() == DeliveryMethod.POST && (form.trackingNumber() == null || form.trackingNumber().isBlank())) {
			throw InvalidInput.of("trackingNumber", "required",
					"Delivery by post goes through the postal service and needs its tracking number as proof");
		}
		if (form.method() == DeliveryMethod.IN_PERSON && (form.recipient() == null || form.recipient().isBlank())) {
			throw InvalidInput.of("recipient", "required",
					"Delivery in person is proved by the signature: name who signed (国办公开办函〔2016〕235号)");
		}
		if (form.method() == DeliveryMethod.ELECTRONIC) {
			if (form.confirmedOn() == null && confirmedOnPortal) {
				return;
			}
			if (form.confirmedOn() == null) {
				throw InvalidInput.of("confirmedOn", "required",
						"Electronic delivery needs the date the addressee confirmed receipt");
			}
			notInFuture(form.confirmedOn(), "confirmedOn");
			if (form.confirmedOn().isBefore(form.deliveredOn())) {
				throw InvalidInput.of("confirmedOn", "order", "Receipt cannot be confirmed before it was sent");
			}
		}
	}

	/** The latest delivery: after a case was reopened and replied again, the new reply's. */
	@ReadsOnly
	public Optional<Delivery> delivery(String agencyCode, String caseNumber) {
		return replies.delivery(agencyCode, caseNumber);
	}

	/** Every delivery of the case, one per reply cycle, the first first. */
	@ReadsOnly
	public List<Delivery> deliveries(String agencyCode, String caseNumber) {
		return replies.deliveries(agencyCode, caseNumber);
	}

	private void notInFuture(LocalDate date, String field) {
		if (date.isAfter(LocalDate.now(clock.withZone(settings.zone())))) {
			throw InvalidInput.of(field, "notInFuture", field + " " + date + " is in the future");
		}
	}

	/**
	 * The agency's replies delivered in {@code [from, to]} whose outcome is one of {@code outcomes}, in order of
	 * delivery: e.g. the refusals and partial disclosures a periodic review looks at (Art. 44).
	 */
	@ReadsOnly
	public List<DeliveredReply> deliveredBetween(String agencyCode, LocalDate from, LocalDate to,
			java.util.Collection<Outcome> outcomes) {
		return replies.deliveredBetween(agencyCode, from, to, outcomes);
	}
}
