package ogi.casework.reply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.consultation.ConsultationManagement;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;

/** Records searches, reply drafts and deliveries, enforcing what each outcome's reply must contain. */
@Service
public class ReplyManagement {

	private final Replies replies;

	private final IntakeManagement intake;

	private final ConsultationManagement consultations;

	private final Clock clock;

	private final CaseworkSettings settings;

	ReplyManagement(Replies replies, IntakeManagement intake, ConsultationManagement consultations, Clock clock,
			CaseworkSettings settings) {
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

	@Transactional(readOnly = true)
	public Optional<SearchRecord> latestSearch(String agencyCode, String caseNumber) {
		return replies.latestSearch(agencyCode, caseNumber);
	}

	/** Records a new version of the reply after checking the content its outcome requires. */
	@Transactional
	public ReplyDraft draft(String agencyCode, String caseNumber, DraftForm form, CurrentUser author) {
		boolean earlierCaseExists = form.earlierCaseNumber() != null
				&& !form.earlierCaseNumber().equals(caseNumber)
				&& intake.find(agencyCode, form.earlierCaseNumber().strip()).isPresent();
		ReplyContentRule.check(form, replies.latestSearch(agencyCode, caseNumber), earlierCaseExists,
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

	@Transactional(readOnly = true)
	public Optional<ReplyDraft> currentDraft(String agencyCode, String caseNumber) {
		return replies.latestDraft(agencyCode, caseNumber).map(draft -> draft
				.withWithheldParts(replies.withheldParts(agencyCode, caseNumber, draft.version())));
	}

	/** Records the delivery (送达); the date that counts depends on the method (国办公开办函〔2016〕235号). */
	@Transactional
	public Delivery recordDelivery(String agencyCode, String caseNumber, DeliveryForm form, LocalDate receiptDate,
			CurrentUser clerk) {
		notInFuture(form.deliveredOn(), "deliveredOn");
		if (form.deliveredOn().isBefore(receiptDate)) {
			throw InvalidInput.of("deliveredOn", "order",
					"A reply cannot be delivered before the application was received on " + receiptDate);
		}
		if (form.method() == DeliveryMethod.POST && (form.trackingNumber() == null || form.trackingNumber().isBlank())) {
			throw InvalidInput.of("trackingNumber", "required",
					"Delivery by post goes through the postal service and needs its tracking number as proof");
		}
		var draft = currentDraft(agencyCode, caseNumber);
		if (draft.isPresent() && draft.get().thirdPartyNoticedOn() != null
				&& form.deliveredOn().isBefore(draft.get().thirdPartyNoticedOn())) {
			throw InvalidInput.of("deliveredOn", "thirdPartyNoticeFirst", "Art. 32: the third party is told in writing "
					+ "before the disclosure over its objection; its notice is dated "
					+ draft.get().thirdPartyNoticedOn());
		}
		if (replies.delivery(agencyCode, caseNumber).isPresent()) {
			throw InvalidInput.of("delivery", "once", "The reply of case " + caseNumber + " was delivered already");
		}
		var delivery = new Delivery(agencyCode, caseNumber, form.method(), form.deliveredOn(), form.trackingNumber(),
				form.recipient(), clerk.username(), Instant.now(clock));
		replies.insertDelivery(delivery);
		return delivery;
	}

	@Transactional(readOnly = true)
	public Optional<Delivery> delivery(String agencyCode, String caseNumber) {
		return replies.delivery(agencyCode, caseNumber);
	}

	private void notInFuture(LocalDate date, String field) {
		if (date.isAfter(LocalDate.now(clock.withZone(settings.zone())))) {
			throw InvalidInput.of(field, "notInFuture", field + " " + date + " is in the future");
		}
	}
}
