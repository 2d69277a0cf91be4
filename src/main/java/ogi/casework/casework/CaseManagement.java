package ogi.casework.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.archive.ArchiveManagement;
import ogi.casework.archive.CaseFileItems;
import ogi.casework.audit.AuditManagement;
import ogi.casework.consultation.AnswerForm;
import ogi.casework.consultation.AssistanceAnswerForm;
import ogi.casework.consultation.AssistanceForm;
import ogi.casework.consultation.ConsultationForm;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.ConsultationManagement;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.deadlines.ReplyCycle;
import ogi.casework.deadlines.Pause;
import ogi.casework.deadlines.PauseKind;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.documents.DocumentRendering;
import ogi.casework.documents.LetterData;
import ogi.casework.fees.FeeManagement;
import ogi.casework.fees.FeeNoticeForm;
import ogi.casework.intake.Application;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.intake.NewApplication;
import ogi.casework.deadlines.ExtensionKind;
import ogi.casework.reply.Art35Form;
import ogi.casework.reply.Art35Inquiry;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.NoticeDeliveryForm;
import ogi.casework.reply.NoticeDelivery;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.reply.SearchForm;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.ReviewManagement;
import ogi.casework.review.ReviewStage;
import ogi.casework.review.Verdict;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseEvent;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.NotFound;

/**
 * Moves cases through the disclosure-request process. Every action checks the case's agency, the current step and
 * the user's role, records its business data in the owning module, completes the user task and writes the audit
 * trail — all in one transaction.
 */
@Service
public class CaseManagement {

	static final String PROCESS_KEY = "disclosureRequest";

	static final String SYSTEM = "system";

	private final CaseFiles caseFiles;

	private final WorkItems workItems;

	private final IntakeManagement intake;

	private final DeadlineManagement deadlines;

	private final ReplyManagement replies;

	private final ReviewManagement reviews;

	private final ConsultationManagement consultations;

	private final AuditManagement audit;

	private final DeadlineTimers timers;

	private final Notifications notifications;

	private final FeeManagement fees;

	private final ArchiveManagement archive;

	private final CaseFileItems caseFileItems;

	private final DocumentManagement letters;

	private final DocumentRendering rendering;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ApplicationEventPublisher events;

	private final CaseworkSettings settings;

	private final Clock clock;

	CaseManagement(CaseFiles caseFiles, WorkItems workItems, IntakeManagement intake, DeadlineManagement deadlines,
			ReplyManagement replies, ReviewManagement reviews, ConsultationManagement consultations,
			AuditManagement audit, DeadlineTimers timers, Notifications notifications, FeeManagement fees,
			ArchiveManagement archive, CaseFileItems caseFileItems, DocumentManagement letters,
			DocumentRendering rendering, RuntimeService runtime,
			TaskService tasks, ApplicationEventPublisher events, CaseworkSettings settings, Clock clock) {
		this.caseFiles = caseFiles;
		this.workItems = workItems;
		this.intake = intake;
		this.deadlines = deadlines;
		this.replies = replies;
		this.reviews = reviews;
		this.consultations = consultations;
		this.audit = audit;
		this.timers = timers;
		this.notifications = notifications;
		this.fees = fees;
		this.archive = archive;
		this.caseFileItems = caseFileItems;
		this.letters = letters;
		this.rendering = rendering;
		this.runtime = runtime;
		this.tasks = tasks;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Logs an application and opens its case: receipt date (Art. 31), supplement-notice period (Art. 30, T1), reply
	 * period (Art. 33(2), T3), and a running process with the reply timer.
	 */
	@Transactional
	public CaseFile open(NewApplication form, CurrentUser clerk) {
		requireRole(clerk, Role.CLERK);
		Application application = intake.receive(form, clerk);
		String agency = clerk.agencyCode();
		String caseNumber = application.caseNumber();
		deadlines.recordReceipt(agency, caseNumber, application.receiptDate(), application.receiptExplanation(),
				clerk.username());
		Deadline supplementNotice = deadlines.startSupplementNoticePeriod(agency, caseNumber,
				application.receiptDate(), clerk.username());
		Deadline reply = deadlines.startReplyPeriod(agency, caseNumber, application.receiptDate(),
				"receipt date, Art. 31 (" + application.channel() + ")", clerk.username());
		var file = new CaseFile(agency, caseNumber, null, CaseStatus.RECEIVED, application.receiptDate(),
				reply.dueDate(), reply.provisional(), null, false, Instant.now(clock), null);
		caseFiles.insert(file);
		Map<String, Object> variables = new HashMap<>();
		variables.put(CaseVariables.AGENCY_CODE, agency);
		variables.put(CaseVariables.CASE_NUMBER, caseNumber);
		variables.putAll(timers.replyVariables(agency, reply.dueDate()));
		variables.put(CaseVariables.FEE_PAYABLE_UNTIL, CaseVariables.endOf(CaseVariables.PARKED, settings.zone()));
		variables.put(CaseVariables.SUPPLEMENT_NOTICE_DUE_AT,
				CaseVariables.endOf(supplementNotice.dueDate(), settings.zone()));
		var instance = runtime.createProcessInstanceBuilder()
				.processDefinitionKey(PROCESS_KEY)
				.overrideProcessDefinitionTenantId(agency)
				.businessKey(caseNumber)
				.variables(variables)
				.start();
		caseFiles.attachProcess(agency, caseNumber, instance.getId());
		letters.renderAndStore(agency, caseNumber, DocumentKind.ACKNOWLEDGEMENT,
				LetterData.acknowledgement(application, application.receiptDate()), clerk.username());
		publish(agency, caseNumber, "APPLICATION_RECEIVED", clerk.username(), null, CaseStatus.RECEIVED,
				"Received by " + application.channel() + ", receipt date " + application.receiptDate()
						+ "; reply due " + reply.dueDate());
		return load(agency, caseNumber);
	}

	/** The clerk registers the application: accepted, a supplement notice (Art. 30), or an on-the-spot reply. */
	@Transactional
	public CaseFile register(String caseNumber, Forms.Registration form, CurrentUser clerk) {
		CaseFile file = lockForAction(clerk, caseNumber);
		Task task = claimTask(file, Step.REGISTER_APPLICATION, clerk);
		Map<String, Object> variables = new HashMap<>();
		variables.put(CaseVariables.REGISTRATION, form.decision().name());
		CaseStatus next;
		String detail;
		switch (form.decision()) {
			case ACCEPT -> {
				next = CaseStatus.IN_HANDLING;
				deadlines.close(file.agencyCode(), caseNumber, DeadlineKind.SUPPLEMENT_NOTICE);
				detail = "Registered as complete";
			}
			case SUPPLEMENT -> {
				var notice = form.supplement();
				if (notice == null) {
					throw InvalidInput.of("supplement", "required",
							"A supplement decision needs the notice: its date, every item to supplement and the period");
				}
				checkNotBefore(notice.noticedOn(), file.receiptDate(), "supplement.noticedOn");
				checkNotInFuture(notice.noticedOn(), "supplement.noticedOn");
				var noticeDue = deadlines.active(file.agencyCode(), caseNumber, DeadlineKind.SUPPLEMENT_NOTICE);
				int workingDays = notice.workingDays() == null ? deadlines.defaultSupplementWorkingDays()
						: notice.workingDays();
				var period = deadlines.startSupplementPeriod(file.agencyCode(), caseNumber, notice.noticedOn(),
						workingDays, clerk.username());
				intake.noticeSupplement(file.agencyCode(), caseNumber, notice.noticedOn(), notice.items(),
						period.dueDate(), clerk);
				letters.renderAndStore(file.agencyCode(), caseNumber, DocumentKind.SUPPLEMENT_NOTICE,
						LetterData.supplementNotice(application(file), notice.items(), period.dueDate(),
								notice.noticedOn()), clerk.username());
				// Art. 30: the reply period runs again from the supplement's receipt; until then no reply is due.
				deadlines.close(file.agencyCode(), caseNumber, DeadlineKind.REPLY);
				caseFiles.updateReplyDue(file.agencyCode(), caseNumber, null, false);
				variables.put(CaseVariables.SUPPLEMENT_EXPIRES_AT,
						CaseVariables.endOf(period.dueDate(), settings.zone()));
				next = CaseStatus.AWAITING_SUPPLEMENT;
				boolean late = noticeDue.isPresent() && notice.noticedOn().isAfter(noticeDue.get().dueDate());
				detail = "Supplement notice of " + notice.noticedOn() + ", supplement due " + period.dueDate()
						+ (late ? "; the notice is later than the 7 working days of Art. 30 (due "
								+ noticeDue.get().dueDate() + ")" : "");
			}
			case ON_THE_SPOT -> {
				next = CaseStatus.REPLIED;
				detail = replyOnTheSpot(file, form.onTheSpotReply(), clerk);
			}
			default -> throw new IllegalStateException();
		}
		complete(task, variables);
		transition(file, next, "APPLICATION_REGISTERED", clerk, detail);
		return load(file.agencyCode(), caseNumber);
	}

	/** Art. 30: the supplement arrived; the reply period starts again from its receipt date. */
	@Transactional
	public CaseFile receiveSupplement(String caseNumber, Forms.SupplementReceived form, CurrentUser clerk) {
		CaseFile file = lockForAction(clerk, caseNumber);
		Task task = claimTask(file, Step.AWAIT_SUPPLEMENT, clerk);
		intake.receiveSupplement(file.agencyCode(), caseNumber, form.receivedOn(), form.content(), clerk);
		deadlines.close(file.agencyCode(), caseNumber, DeadlineKind.SUPPLEMENT);
		Deadline reply = deadlines.startReplyPeriod(file.agencyCode(), caseNumber, form.receivedOn(),
				"receipt of the supplement, Art. 30", clerk.username());
		caseFiles.updateReplyDue(file.agencyCode(), caseNumber, reply.dueDate(), reply.provisional());
		complete(task, timers.replyVariables(file.agencyCode(), reply.dueDate()));
		transition(file, CaseStatus.IN_HANDLING, "SUPPLEMENT_RECEIVED", clerk,
				"Supplement received " + form.receivedOn() + "; reply now due " + reply.dueDate());
		return load(file.agencyCode(), caseNumber);
	}

	/** The handler records the search; the case goes on to consultation answers or to drafting. */
	@Transactional
	public CaseFile recordSearch(String caseNumber, SearchForm form, CurrentUser handler) {
		CaseFile file = lockForAction(handler, caseNumber);
		Task task = claimTask(file, Step.HANDLE_REQUEST, handler);
		var search = replies.recordSearch(file.agencyCode(), caseNumber, form, handler);
		closeExpiredConsultations(file, today(), handler.username());
		boolean pending = consultations.anyPending(file.agencyCode(), caseNumber);
		Map<String, Object> variables = new HashMap<>();
		variables.put(CaseVariables.CONSULTATION_PENDING, pending);
		if (pending) {
			variables.put(CaseVariables.CONSULTATION_WINDOW_ENDS_AT, consultationWindowEndsAt(file));
		}
		complete(task, variables);
		transition(file, pending ? CaseStatus.CONSULTING : CaseStatus.DRAFTING, "SEARCH_RECORDED", handler,
				"Searched " + search.sourcesSearched() + " for \"" + search.keywords() + "\": "
						+ (search.found() ? "found" : "not found"));
		return load(file.agencyCode(), caseNumber);
	}

	/** The handler sends a consultation letter (Arts. 32, 34) while handling the request. */
	@Transactional
	public CaseFile requestConsultation(String caseNumber, ConsultationForm form, CurrentUser handler) {
		CaseFile file = lockForAction(handler, caseNumber);
		claimTask(file, openHandlingStep(file), handler);
		checkNotBefore(form.sentOn(), file.receiptDate(), "sentOn");
		checkNotInFuture(form.sentOn(), "sentOn");
		if (form.receivedOn() != null && form.receivedOn().isBefore(form.sentOn())) {
			throw InvalidInput.of("receivedOn", "order", "The letter cannot be received before it was sent");
		}
		var consultation = consultations.request(file.agencyCode(), caseNumber, form, handler);
		LocalDate windowEnd = deadlines.consultationWindowEnd(file.agencyCode(),
				form.receivedOn() != null ? form.receivedOn() : form.sentOn());
		Deadline reply = deadlines.startPause(file.agencyCode(), caseNumber,
				consultation.kind() == ConsultationKind.THIRD_PARTY ? PauseKind.THIRD_PARTY_CONSULTATION
						: PauseKind.AGENCY_CONSULTATION,
				pauseReference(consultation.number()), form.sentOn(), windowEnd, handler.username());
		timers.replyDueChanged(file, reply);
		letters.renderAndStore(file.agencyCode(), caseNumber, DocumentKind.CONSULTATION_LETTER,
				LetterData.consultationLetter(application(file), consultation, windowEnd), handler.username());
		if (openHandlingStep(file) == Step.AWAIT_CONSULTATION_ANSWERS) {
			moveConsultationWindowTimer(file);
		}
		transition(file, file.status(), "CONSULTATION_REQUESTED", handler,
				"Consultation " + consultation.number() + " (" + consultation.kind() + ") sent to "
						+ consultation.party() + " on " + consultation.sentOn() + ", window until " + windowEnd
						+ "; reply now due " + reply.dueDate() + " (Art. 33(3))");
		return load(file.agencyCode(), caseNumber);
	}

	/** Records a consultation's answer; when none is pending any more, the case goes on to drafting. */
	@Transactional
	public CaseFile answerConsultation(String caseNumber, int number, AnswerForm form, CurrentUser handler) {
		CaseFile file = lockForAction(handler, caseNumber);
		Step step = openHandlingStep(file);
		Task task = claimTask(file, step, handler);
		checkNotInFuture(form.answeredOn(), "answeredOn");
		var consultation = consultations.answer(file.agencyCode(), caseNumber, number, form, handler);
		Deadline reply = endConsultationPause(file, number, form.answeredOn(), handler.username());
		CaseStatus next = file.status();
		if (step == Step.AWAIT_CONSULTATION_ANSWERS && !consultations.anyPending(file.agencyCode(), caseNumber)) {
			complete(task, Map.of());
			next = CaseStatus.DRAFTING;
		}
		else if (step == Step.AWAIT_CONSULTATION_ANSWERS) {
			moveConsultationWindowTimer(file);
		}
		transition(file, next, "CONSULTATION_ANSWERED", handler,
				"Consultation " + number + " answered " + consultation.opinion() + " on " + consultation.answeredOn()
						+ (reply == null ? "" : "; reply now due " + reply.dueDate()));
		return load(file.agencyCode(), caseNumber);
	}

	/** The handler drafts the reply; it goes to review. */
	@Transactional
	public CaseFile draftReply(String caseNumber, DraftForm form, CurrentUser handler) {
		CaseFile file = lockForAction(handler, caseNumber);
		Task task = claimTask(file, Step.DRAFT_REPLY, handler);
		consultations.deliberation(file.agencyCode(), caseNumber).filter(d -> !d.awaiting().isEmpty())
				.ifPresent(d -> {
					throw new ActionNotAllowed("deliberationPending", "The deliberation (会商) awaits the opinions of "
							+ String.join(", ", d.awaiting()) + " before the reply is drafted");
				});
		ReplyDraft draft = replies.draft(file.agencyCode(), caseNumber, form, handler);
		complete(task, Map.of(CaseVariables.SIGN_OFF_REQUIRED, draft.outcome().requiresHeadSignOff()));
		transition(file, CaseStatus.IN_REVIEW, "REPLY_DRAFTED", handler,
				"Draft " + draft.version() + ": " + draft.outcome() + " (" + draft.legalBasis() + ")");
		return load(file.agencyCode(), caseNumber);
	}

	/** The reviewer approves the draft or returns it to the handler with a reason. */
	@Transactional
	public CaseFile reviewReply(String caseNumber, ReviewForm form, CurrentUser reviewer) {
		CaseFile file = lockForAction(reviewer, caseNumber);
		Task task = claimTask(file, Step.REVIEW_REPLY, reviewer);
		var decision = reviews.decide(file.agencyCode(), caseNumber, ReviewStage.REVIEW, form, reviewer);
		boolean signOff = currentDraft(file).outcome().requiresHeadSignOff();
		complete(task, Map.of(CaseVariables.REVIEW, decision.verdict().name(), CaseVariables.SIGN_OFF_REQUIRED,
				signOff));
		boolean legalReview = atStep(file, Step.LEGAL_REVIEW_REPLY);
		CaseStatus next = decision.verdict() == Verdict.RETURN ? CaseStatus.DRAFTING
				: legalReview ? CaseStatus.IN_LEGAL_REVIEW
						: signOff ? CaseStatus.AWAITING_SIGN_OFF : CaseStatus.AWAITING_DELIVERY;
		transition(file, next, decision.verdict() == Verdict.RETURN ? "REPLY_RETURNED" : "REPLY_APPROVED", reviewer,
				"Draft " + decision.draftVersion() + " " + decision.verdict()
						+ (decision.reason() == null ? "" : ": " + decision.reason())
						+ (legalReview ? "; its litigation risk calls for legal review" : ""));
		return load(file.agencyCode(), caseNumber);
	}

	/**
	 * Legal staff approve a reply whose litigation risk reached the agency's legal-review level (on to the head's
	 * sign-off or to delivery), or return it to the handler with a reason; the drafter cannot legally review.
	 */
	@Transactional
	public CaseFile legalReviewReply(String caseNumber, ReviewForm form, CurrentUser legal) {
		CaseFile file = lockForAction(legal, caseNumber);
		Task task = claimTask(file, Step.LEGAL_REVIEW_REPLY, legal);
		var decision = reviews.decide(file.agencyCode(), caseNumber, ReviewStage.LEGAL_REVIEW, form, legal);
		boolean signOff = currentDraft(file).outcome().requiresHeadSignOff();
		complete(task, Map.of(CaseVariables.LEGAL_REVIEW, decision.verdict().name(), CaseVariables.SIGN_OFF_REQUIRED,
				signOff));
		CaseStatus next = decision.verdict() == Verdict.RETURN ? CaseStatus.DRAFTING
				: signOff ? CaseStatus.AWAITING_SIGN_OFF : CaseStatus.AWAITING_DELIVERY;
		transition(file, next, decision.verdict() == Verdict.RETURN ? "LEGAL_REVIEW_RETURNED" : "LEGAL_REVIEW_APPROVED",
				legal, "Draft " + decision.draftVersion() + " " + decision.verdict()
						+ (decision.reason() == null ? "" : ": " + decision.reason()));
		return load(file.agencyCode(), caseNumber);
	}

	/** The office head signs off a refusal or partial disclosure, or returns it. */
	@Transactional
	public CaseFile signOffReply(String caseNumber, ReviewForm form, CurrentUser head) {
		CaseFile file = lockForAction(head, caseNumber);
		Task task = claimTask(file, Step.SIGN_OFF_REPLY, head);
		var decision = reviews.decide(file.agencyCode(), caseNumber, ReviewStage.SIGN_OFF, form, head);
		complete(task, Map.of(CaseVariables.SIGN_OFF, decision.verdict().name()));
		CaseStatus next = decision.verdict() == Verdict.RETURN ? CaseStatus.DRAFTING : CaseStatus.AWAITING_DELIVERY;
		transition(file, next, decision.verdict() == Verdict.RETURN ? "SIGN_OFF_RETURNED" : "REPLY_SIGNED_OFF",
				head, "Draft " + decision.draftVersion() + " " + decision.verdict()
						+ (decision.reason() == null ? "" : ": " + decision.reason()));
		return load(file.agencyCode(), caseNumber);
	}

	/** The clerk records the delivery (送达); the approved draft's outcome becomes the case's outcome. */
	@Transactional
	public CaseFile deliverReply(String caseNumber, DeliveryForm form, CurrentUser clerk) {
		CaseFile file = lockForAction(clerk, caseNumber);
		Task task = claimTask(file, Step.DELIVER_REPLY, clerk);
		var delivery = replies.recordDelivery(file.agencyCode(), caseNumber, form, file.receiptDate(), clerk);
		ReplyDraft approved = currentDraft(file);
		Outcome outcome = approved.outcome();
		letters.renderAndStore(file.agencyCode(), caseNumber, DocumentKind.REPLY_LETTER,
				LetterData.reply(application(file), approved, delivery.deliveredOn()), clerk.username());
		caseFiles.recordOutcome(file.agencyCode(), caseNumber, outcome);
		deadlines.close(file.agencyCode(), caseNumber, DeadlineKind.REPLY);
		deadlines.startRemedyWindows(file.agencyCode(), caseNumber, delivery.knownOn(),
				outcome.requiresReconsiderationFirst(), clerk.username());
		complete(task, Map.of());
		boolean late = file.replyDueDate() != null && delivery.deliveredOn().isAfter(file.replyDueDate());
		transition(file, CaseStatus.REPLIED, "REPLY_DELIVERED", clerk, outcome + " delivered " + delivery.method()
				+ " on " + delivery.deliveredOn() + (late ? ", after the due date " + file.replyDueDate() : ""));
		return load(file.agencyCode(), caseNumber);
	}

	/**
	 * The clerk or handler records how a supplement notice, extension notice or consultation letter reached its
	 * addressee (spec §8.3 items 3–5); the case's step does not change.
	 */
	@Transactional
	public NoticeDelivery recordNoticeDelivery(String caseNumber, NoticeDeliveryForm form, CurrentUser user) {
		if (!user.has(Role.CLERK) && !user.has(Role.HANDLER)) {
			throw new AccessDeniedException("deliveries of notices are recorded by clerks and handlers");
		}
		CaseFile file = lockForAction(user, caseNumber);
		String agency = file.agencyCode();
		long ref = form.reference();
		LocalDate noticeDate = switch (form.notice()) {
			case SUPPLEMENT_NOTICE -> intake.supplements(agency, caseNumber).stream()
				.filter(s -> s.id() != null && s.id() == ref).findFirst()
				.map(s -> s.noticedOn())
				.orElseThrow(() -> InvalidInput.of("reference", "exists", "Case " + caseNumber
						+ " has no supplement notice " + ref));
			case EXTENSION_NOTICE -> deadlines.extensions(agency, caseNumber).stream()
				.filter(x -> x.number() == ref && x.noticedOn() != null).findFirst()
				.map(x -> x.noticedOn())
				.orElseThrow(() -> InvalidInput.of("reference", "exists", "Case " + caseNumber
						+ " has no noticed extension " + ref));
			case CONSULTATION_LETTER -> consultations.of(agency, caseNumber).stream()
				.filter(c -> c.number() == ref).findFirst()
				.map(c -> c.sentOn())
				.orElseThrow(() -> InvalidInput.of("reference", "exists", "Case " + caseNumber
						+ " has no consultation " + ref));
		};
		var delivery = replies.recordNoticeDelivery(agency, caseNumber, form, noticeDate, user);
		publish(agency, caseNumber, "NOTICE_DELIVERED", user.username(), file.status(), file.status(),
				form.notice() + " " + ref + " (" + form.notice().article() + ") delivered: " + delivery.proof());
		return delivery;
	}

	/** The clerk archives the case file (Art. 45: 归档); the case is closed. */
	@Transactional
	public CaseFile archive(String caseNumber, CurrentUser clerk) {
		CaseFile file = lockForAction(clerk, caseNumber);
		Task task = claimTask(file, Step.ARCHIVE_CASE, clerk);
		complete(task, Map.of());
		caseFiles.close(file.agencyCode(), caseNumber, Instant.now(clock));
		transition(file, CaseStatus.ARCHIVED, "CASE_ARCHIVED", clerk, "Archived with outcome " + file.outcome());
		// Sealed after the archiving is recorded, so that the sealed audit trail ends with it. A case reopened by a
		// correcting decision was sealed after its first reply: its later cycle is appended as a new manifest version.
		var items = caseFileItems.of(file.agencyCode(), caseNumber);
		if (archive.find(file.agencyCode(), caseNumber).isPresent()) {
			int cycle = deadlines.latestReplyCycle(file.agencyCode(), caseNumber).map(ReplyCycle::cycle).orElse(1);
			archive.reseal(file.agencyCode(), caseNumber, items, "Reply cycle " + cycle + " archived",
					clerk.username());
		}
		else {
			archive.seal(file.agencyCode(), caseNumber, items, clerk.username());
		}
		return load(file.agencyCode(), caseNumber);
	}

	/** The office head records the supervision of an overdue reply. */
	@Transactional
	public CaseFile superviseOverdueReply(String caseNumber, Forms.OverdueSupervision form, CurrentUser head) {
		CaseFile file = lockForAction(head, caseNumber);
		Task task = claimTask(file, Step.SUPERVISE_OVERDUE_REPLY, head);
		complete(task, Map.of());
		transition(file, file.status(), "OVERDUE_SUPERVISED", head, form.note());
		return load(file.agencyCode(), caseNumber);
	}

	/** The handler asks the office head to extend the reply period (Art. 33(2)) or to delay it (Art. 35). */
	@Transactional
	public CaseFile requestExtension(String caseNumber, Forms.ExtensionRequest form, CurrentUser handler) {
		requireRole(handler, Role.HANDLER);
		CaseFile file = lockForAction(handler, caseNumber);
		var subscription = runtime.createExecutionQuery().processInstanceId(file.processInstanceId())
				.messageEventSubscriptionName("extensionRequested").singleResult();
		if (subscription == null) {
			throw notAtStep(file, "An extension can be requested while the case is handled, before the reply is delivered");
		}
		if (form.kind() == ExtensionKind.REASONABLE_DELAY && replies.art35(file.agencyCode(), caseNumber)
				.map(Art35Inquiry::assessment).filter(a -> a == Art35Inquiry.Assessment.REASONABLE).isEmpty()) {
			throw InvalidInput.of("kind", "art35Reasonable", "Art. 35: a reasonable delay follows reasons asked for"
					+ " and judged reasonable; record them first");
		}
		var extension = deadlines.requestExtension(file.agencyCode(), caseNumber, form.kind(), form.workingDays(),
				form.reason(), handler.username());
		runtime.messageEventReceived("extensionRequested", subscription.getId());
		transition(file, file.status(), "EXTENSION_REQUESTED", handler, extension.kind() + " of "
				+ extension.workingDays() + " working days requested: " + extension.reason());
		return load(file.agencyCode(), caseNumber);
	}

	/**
	 * The office head approves or refuses the requested extension; an approval moves the reply due date and its
	 * timers, and is refused when it or the applicant's notice comes after the current due date.
	 */
	@Transactional
	public CaseFile decideExtension(String caseNumber, Forms.ExtensionDecision form, CurrentUser head) {
		CaseFile file = lockForAction(head, caseNumber);
		Task task = claimTask(file, Step.APPROVE_EXTENSION, head);
		String detail;
		if (form.verdict() == Verdict.APPROVE) {
			if (form.noticedOn() == null) {
				throw InvalidInput.of("noticedOn", "required",
						"Art. 33(2): an extension is noticed to the applicant; give the date of the notice");
			}
			Deadline reply = deadlines.approveExtension(file.agencyCode(), caseNumber,
					form.approvedOn() == null ? today() : form.approvedOn(), form.noticedOn(), form.note(),
					head.username());
			timers.replyDueChanged(file, reply);
			var approved = deadlines.latestApprovedExtension(file.agencyCode(), caseNumber);
			letters.renderAndStore(file.agencyCode(), caseNumber, DocumentKind.noticeOf(approved.kind()),
					LetterData.extensionNotice(application(file), approved, reply), head.username());
			detail = "Approved; reply now due " + reply.dueDate();
		}
		else {
			var refused = deadlines.refuseExtension(file.agencyCode(), caseNumber, form.note(), head.username());
			detail = "Refused " + refused.kind() + " of " + refused.workingDays() + " working days"
					+ (form.note() == null ? "" : ": " + form.note());
		}
		complete(task, Map.of());
		transition(file, file.status(),
				form.verdict() == Verdict.APPROVE ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED", head, detail);
		return load(file.agencyCode(), caseNumber);
	}

	/**
	 * The handler sends a fee notice (spec F-5): the payment window starts, and, where the agency so chose (F-6),
	 * the time until payment is excluded from the reply period.
	 */
	@Transactional
	public CaseFile noticeFee(String caseNumber, FeeNoticeForm form, CurrentUser handler) {
		requireRole(handler, Role.HANDLER);
		CaseFile file = lockForAction(handler, caseNumber);
		if (!EnumSet.of(CaseStatus.IN_HANDLING, CaseStatus.CONSULTING, CaseStatus.DRAFTING).contains(file.status())) {
			throw notAtStep(file, "A fee notice is sent while the request is handled, before the reply is drafted");
		}
		checkNotBefore(form.noticedOn(), file.receiptDate(), "noticedOn");
		Application application = intake.find(file.agencyCode(), caseNumber).orElseThrow();
		var notice = fees.notice(file.agencyCode(), caseNumber, application.idNumber(), form, handler);
		String pause = "";
		if (settings.feeNoticePausesReply()) {
			Deadline reply = deadlines.startPause(file.agencyCode(), caseNumber, PauseKind.FEE_NOTICE,
					feeReference(notice.number()), notice.noticedOn(), notice.payableUntil(), handler.username());
			timers.replyDueChanged(file, reply);
			pause = "; reply period paused until payment (F-6), now due " + reply.dueDate();
		}
		letters.renderAndStore(file.agencyCode(), caseNumber, DocumentKind.FEE_NOTICE,
				LetterData.feeNotice(application, notice), handler.username());
		var payableUntil = CaseVariables.endOf(notice.payableUntil(), settings.zone());
		runtime.setVariable(file.processInstanceId(), CaseVariables.FEE_PAYABLE_UNTIL, payableUntil);
		timers.reschedule(file, "feeWindowExpired", payableUntil);
		transition(file, file.status(), "FEE_NOTICE_SENT", handler, notice.method() + " fee of " + notice.amount()
				+ " yuan (" + notice.basis() + "), received " + notice.receivedOn() + ", payable until "
				+ notice.payableUntil() + pause);
		return load(file.agencyCode(), caseNumber);
	}

	/** Records the fee payment: the payment window closes and the reply period runs again. */
	@Transactional
	public CaseFile recordFeePayment(String caseNumber, LocalDate paidOn, CurrentUser user) {
		CaseFile file = lockForAction(user, caseNumber);
		if (!user.has(Role.HANDLER) && !user.has(Role.CLERK)) {
			throw new AccessDeniedException("fee payments are recorded by the clerk or the handler");
		}
		var paid = fees.recordPayment(file.agencyCode(), caseNumber, paidOn);
		String resumed = "";
		String reference = feeReference(paid.number());
		if (deadlines.runningPause(file.agencyCode(), caseNumber, reference).isPresent()) {
			Deadline reply = deadlines.endPause(file.agencyCode(), caseNumber, reference, paidOn, user.username());
			timers.replyDueChanged(file, reply);
			resumed = "; reply now due " + reply.dueDate();
		}
		var parked = CaseVariables.endOf(CaseVariables.PARKED, settings.zone());
		runtime.setVariable(file.processInstanceId(), CaseVariables.FEE_PAYABLE_UNTIL, parked);
		timers.reschedule(file, "feeWindowExpired", parked);
		transition(file, file.status(), "FEE_PAID", user, "Fee of " + paid.amount() + " yuan paid on " + paidOn
				+ resumed);
		return load(file.agencyCode(), caseNumber);
	}

	/** Art. 35: the handler asks the applicant for reasons for the volume or frequency of requests. */
	@Transactional
	public CaseFile askForReasons(String caseNumber, Art35Form.Request form, CurrentUser handler) {
		CaseFile file = lockForAction(handler, caseNumber);
		claimHandlingTask(file, handler, "Reasons are asked for while the request is handled, before review");
		var inquiry = replies.askForReasons(file.agencyCode(), caseNumber, form, file.receiptDate(), handler);
		transition(file, file.status(), "ART35_REASONS_REQUESTED", handler, "Reasons asked for on " + inquiry.askedOn()
				+ " (Art. 35): " + inquiry.volume());
		return load(file.agencyCode(), caseNumber);
	}

	/** Art. 35: the handler records the reasons (or that none came) and judges them. */
	@Transactional
	public CaseFile assessReasons(String caseNumber, Art35Form.Assessment form, CurrentUser handler) {
		requireRole(handler, Role.HANDLER);
		CaseFile file = lockForAction(handler, caseNumber);
		var assessed = replies.assessReasons(file.agencyCode(), caseNumber, form, handler);
		transition(file, file.status(), "ART35_REASONS_ASSESSED", handler, assessed.assessment() + ": "
				+ assessed.note());
		return load(file.agencyCode(), caseNumber);
	}

	/** The handler asks another department of the agency to search (协查). */
	@Transactional
	public CaseFile requestAssistance(String caseNumber, AssistanceForm form, CurrentUser handler) {
		CaseFile file = lockForAction(handler, caseNumber);
		claimHandlingTask(file, handler, "Departments are asked to search while the request is handled, before review");
		checkNotBefore(form.askedOn(), file.receiptDate(), "askedOn");
		var assistance = consultations.requestAssistance(file.agencyCode(), caseNumber, form, handler);
		transition(file, file.status(), "ASSISTANCE_REQUESTED", handler, assistance.department()
				+ " asked to search by " + assistance.dueOn() + ": " + assistance.request());
		return load(file.agencyCode(), caseNumber);
	}

	/** Records a department's answer to an assistance request; it joins the search record. */
	@Transactional
	public CaseFile answerAssistance(String caseNumber, int number, AssistanceAnswerForm form, CurrentUser handler) {
		requireRole(handler, Role.HANDLER);
		CaseFile file = lockForAction(handler, caseNumber);
		checkNotInFuture(form.answeredOn(), "answeredOn");
		var answer = consultations.answerAssistance(file.agencyCode(), caseNumber, number, form, handler);
		transition(file, file.status(), "ASSISTANCE_ANSWERED", handler, answer.department() + " "
				+ (answer.found() ? "holds the information" : "does not hold the information") + "; searched "
				+ answer.searched());
		return load(file.agencyCode(), caseNumber);
	}

	/** The handler opens a joint deliberation (会商); the reply waits for every participant's opinion. */
	@Transactional
	public CaseFile openDeliberation(String caseNumber, Forms.DeliberationRequest form, CurrentUser handler) {
		CaseFile file = lockForAction(handler, caseNumber);
		if (openTasks(file).stream().noneMatch(t -> t.getTaskDefinitionKey().equals(Step.HANDLE_REQUEST.taskId())
				|| t.getTaskDefinitionKey().equals(Step.AWAIT_CONSULTATION_ANSWERS.taskId())
				|| t.getTaskDefinitionKey().equals(Step.DRAFT_REPLY.taskId()))) {
			throw notAtStep(file, "A deliberation is opened while the request is handled, before the reply is drafted");
		}
		requireRole(handler, Role.HANDLER);
		var deliberation = consultations.openDeliberation(file.agencyCode(), caseNumber, form.topic(),
				form.participants(), handler);
		transition(file, file.status(), "DELIBERATION_OPENED", handler, "会商: " + deliberation.topic() + " with "
				+ String.join(", ", deliberation.participants()));
		return load(file.agencyCode(), caseNumber);
	}

	/** A participant of the deliberation records their opinion. */
	@Transactional
	public CaseFile recordDeliberationOpinion(String caseNumber, Forms.DeliberationOpinion form, CurrentUser user) {
		CaseFile file = lockForAction(user, caseNumber);
		var deliberation = consultations.recordOpinion(file.agencyCode(), caseNumber, form.opinion(), user);
		transition(file, file.status(), "DELIBERATION_OPINION", user, form.opinion()
				+ (deliberation.awaiting().isEmpty() ? " (all opinions in)" : ""));
		return load(file.agencyCode(), caseNumber);
	}

	/** Claims a task for the user, so colleagues see it is taken. */
	@Transactional
	public void claim(String taskId, CurrentUser user) {
		Task task = tasks.createTaskQuery().taskId(taskId).taskTenantId(user.agencyCode()).singleResult();
		if (task == null) {
			throw new NotFound("No open task " + taskId);
		}
		Step step = Step.of(task.getTaskDefinitionKey()).orElseThrow();
		requireRole(user, step.role());
		if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
			throw new ActionNotAllowed("claimedByOther", "The task is claimed by " + task.getAssignee());
		}
		if (task.getAssignee() == null) {
			tasks.claim(taskId, user.username());
		}
	}

	/** Called by the supplement timer: Art. 30 deems the application abandoned. */
	@Transactional
	void closeAsAbandoned(String agencyCode, String caseNumber) {
		CaseFile file = caseFiles.lock(agencyCode, caseNumber).orElseThrow();
		caseFiles.recordOutcome(agencyCode, caseNumber, Outcome.ABANDONED_NO_SUPPLEMENT);
		deadlines.close(agencyCode, caseNumber, DeadlineKind.SUPPLEMENT);
		publish(agencyCode, caseNumber, "APPLICATION_ABANDONED", SYSTEM, file.status(), CaseStatus.ABANDONED,
				"No supplement within the period: deemed abandoned (Art. 30), row (六)1");
		caseFiles.updateStatus(agencyCode, caseNumber, CaseStatus.ABANDONED);
	}

	/** Called by the reply timer: the reply period passed without delivery. */
	@Transactional
	void markOverdue(String agencyCode, String caseNumber) {
		CaseFile file = caseFiles.lock(agencyCode, caseNumber).orElseThrow();
		caseFiles.markOverdue(agencyCode, caseNumber);
		publish(agencyCode, caseNumber, "REPLY_OVERDUE", SYSTEM, file.status(), file.status(),
				"Reply due " + file.replyDueDate() + " not delivered (Art. 33(2)); escalated to the office head");
	}

	/** Called by the fee window timer: spec F-5 deems the application abandoned (row (六)2). */
	@Transactional
	void closeAsUnpaid(String agencyCode, String caseNumber) {
		CaseFile file = caseFiles.lock(agencyCode, caseNumber).orElseThrow();
		var notice = fees.openNotice(agencyCode, caseNumber).orElseThrow(
				() -> new IllegalStateException("Fee window of case " + caseNumber + " fired without an open notice"));
		caseFiles.recordOutcome(agencyCode, caseNumber, Outcome.ABANDONED_UNPAID);
		String reference = feeReference(notice.number());
		if (deadlines.runningPause(agencyCode, caseNumber, reference).isPresent()) {
			deadlines.endPause(agencyCode, caseNumber, reference, notice.payableUntil(), SYSTEM);
		}
		deadlines.close(agencyCode, caseNumber, DeadlineKind.REPLY);
		publish(agencyCode, caseNumber, "APPLICATION_ABANDONED", SYSTEM, file.status(), CaseStatus.ABANDONED,
				"Fee of " + notice.amount() + " yuan not paid by " + notice.payableUntil()
						+ ": deemed abandoned (国办函〔2020〕109号, F-5), row (六)2");
		caseFiles.updateStatus(agencyCode, caseNumber, CaseStatus.ABANDONED);
	}

	/**
	 * Called by the consultation timer at the end of the earliest running window: whoever's window has passed
	 * without an answer is recorded as silent; returns when the next window ends, if any party still has time.
	 */
	@Transactional
	Optional<java.util.Date> recordConsultationSilence(String agencyCode, String caseNumber) {
		CaseFile file = caseFiles.lock(agencyCode, caseNumber).orElseThrow();
		int closed = closeExpiredConsultations(file, today(), SYSTEM);
		boolean pending = consultations.anyPending(agencyCode, caseNumber);
		CaseStatus next = pending ? CaseStatus.CONSULTING : CaseStatus.DRAFTING;
		caseFiles.updateStatus(agencyCode, caseNumber, next);
		publish(agencyCode, caseNumber, "CONSULTATION_WINDOW_PASSED", SYSTEM, file.status(), next,
				closed + " consulted part" + (closed == 1 ? "y" : "ies") + " did not answer within "
						+ settings.consultationWorkingDays() + " working days (Arts. 32, 34): recorded as no answer"
						+ (pending ? "; still waiting for the others" : ""));
		return pending ? Optional.of(consultationWindowEndsAt(file)) : Optional.empty();
	}

	/** Called by the T1 timer: the supplement notice can no longer be sent within 7 working days (Art. 30). */
	@Transactional
	void noteSupplementNoticePeriodPassed(String agencyCode, String caseNumber) {
		CaseFile file = caseFiles.find(agencyCode, caseNumber).orElseThrow();
		publish(agencyCode, caseNumber, "SUPPLEMENT_NOTICE_PERIOD_PASSED", SYSTEM, file.status(), file.status(),
				"7 working days since receipt passed without registration: a supplement notice now would be late (Art. 30)");
	}

	/** Called by the reminder timers: tells whoever holds the case's open steps that the reply is due soon. */
	@Transactional
	void remindOfReplyDeadline(String agencyCode, String caseNumber) {
		CaseFile file = caseFiles.find(agencyCode, caseNumber).orElseThrow();
		LocalDate today = today();
		int left = file.replyDueDate() == null ? 0 : deadlines.workingDaysBetween(agencyCode, today, file.replyDueDate());
		String message = "Case " + caseNumber + ": the reply is due on " + file.replyDueDate() + " (" + left
				+ " working days left, Art. 33(2))";
		var recipients = workItems.ofCase(agencyCode, caseNumber).stream()
				.map(item -> item.assignee() != null ? item.assignee() : "role:" + item.candidateRole().name())
				.distinct().toList();
		for (String recipient : recipients) {
			notifications.insert(new Notification(null, agencyCode, recipient, caseNumber, "REPLY_DUE_SOON", message,
					Instant.now(clock)));
		}
		publish(agencyCode, caseNumber, "REMINDER_SENT", SYSTEM, file.status(), file.status(),
				message + " → " + String.join(", ", recipients));
	}

	@Transactional(readOnly = true)
	public CaseFile find(String caseNumber, CurrentUser user) {
		return caseFiles.find(user.agencyCode(), caseNumber)
				.orElseThrow(() -> new NotFound("No case " + caseNumber + " in your agency"));
	}

	/**
	 * The register entry of a case, for other modules' read models (reporting); it carries no personal data, and the
	 * caller answers for the reader's agency and role.
	 */
	@Transactional(readOnly = true)
	public Optional<CaseFile> caseFile(String agencyCode, String caseNumber) {
		return caseFiles.find(agencyCode, caseNumber);
	}

	/** The case as the user may see it. */
	@Transactional(readOnly = true)
	public CaseView view(String caseNumber, CurrentUser user) {
		CaseFile file = find(caseNumber, user);
		String agency = file.agencyCode();
		Application application = intake.find(agency, caseNumber).orElseThrow();
		boolean seesPersonalData = user.has(Role.CLERK) || user.has(Role.HANDLER);
		var steps = workItems.ofCase(agency, caseNumber).stream()
				.map(item -> new CaseView.OpenStep(item.taskId(), item.step(),
						item.candidateRole() == null ? null : item.candidateRole().name(), item.assignee(),
						item.dueDate()))
				.toList();
		return new CaseView(caseNumber, file.status(), steps, file.receiptDate(), file.replyDueDate(),
				file.replyDueProvisional(), file.overdue(), file.outcome(),
				seesPersonalData ? application.applicant() : application.maskedApplicant(),
				CaseView.Request.of(application), deadlines.ledger(agency, caseNumber),
				deadlines.pauses(agency, caseNumber), deadlines.extensions(agency, caseNumber),
				fees.of(agency, caseNumber), consultations.assistance(agency, caseNumber),
				consultations.deliberation(agency, caseNumber).orElse(null),
				replies.art35(agency, caseNumber).orElse(null),
				intake.supplements(agency, caseNumber), replies.latestSearch(agency, caseNumber).orElse(null),
				consultations.of(agency, caseNumber), replies.currentDraft(agency, caseNumber).orElse(null),
				reviews.decisions(agency, caseNumber), replies.delivery(agency, caseNumber).orElse(null),
				audit.history(agency, caseNumber));
	}

	/**
	 * The reply letter of the current draft as it would be rendered today: what the reviewer approves and the head
	 * signs off is exactly this text.
	 */
	@Transactional(readOnly = true)
	public String replyLetterPreview(String caseNumber, CurrentUser user) {
		CaseFile file = find(caseNumber, user);
		ReplyDraft draft = replies.currentDraft(file.agencyCode(), caseNumber)
				.orElseThrow(() -> new NotFound("Case " + caseNumber + " has no reply draft yet"));
		return rendering.html(file.agencyCode(), DocumentKind.REPLY_LETTER,
				LetterData.reply(application(file), draft, today()));
	}

	@Transactional(readOnly = true)
	public List<Deadline> deadlines(String caseNumber, CurrentUser user) {
		CaseFile file = find(caseNumber, user);
		return deadlines.ledger(file.agencyCode(), caseNumber);
	}

	/**
	 * Records as silent every pending consultation whose 15 working days have passed before {@code before} (all of
	 * them when {@code before} is null) and ends their pauses at the window's end.
	 */
	private int closeExpiredConsultations(CaseFile file, LocalDate before, String actor) {
		var windows = deadlines.pauses(file.agencyCode(), file.caseNumber()).stream()
				.collect(java.util.stream.Collectors.toMap(Pause::reference, Pause::plannedEnd));
		int closed = 0;
		for (var consultation : consultations.of(file.agencyCode(), file.caseNumber())) {
			LocalDate windowEnd = windows.get(pauseReference(consultation.number()));
			if (consultation.isPending() && windowEnd != null && (before == null || windowEnd.isBefore(before))) {
				consultations.recordSilence(file.agencyCode(), file.caseNumber(), consultation.number(), windowEnd,
						actor);
				endConsultationPause(file, consultation.number(), windowEnd, actor);
				closed++;
			}
		}
		return closed;
	}

	/** Ends a consultation's pause on the answer, or on its window's end if the answer came later. */
	private Deadline endConsultationPause(CaseFile file, int number, LocalDate answeredOn, String actor) {
		String reference = pauseReference(number);
		var pause = deadlines.runningPause(file.agencyCode(), file.caseNumber(), reference);
		if (pause.isEmpty()) {
			return null;
		}
		LocalDate end = answeredOn.isAfter(pause.get().plannedEnd()) ? pause.get().plannedEnd() : answeredOn;
		Deadline reply = deadlines.endPause(file.agencyCode(), file.caseNumber(), reference, end, actor);
		timers.replyDueChanged(load(file.agencyCode(), file.caseNumber()), reply);
		return reply;
	}

	/** The end of the earliest running consultation window: each window gets the timer in its turn. */
	private java.util.Date consultationWindowEndsAt(CaseFile file) {
		LocalDate first = deadlines.firstRunningPauseEnd(file.agencyCode(), file.caseNumber(), CONSULTATION_PAUSE)
				.orElse(today());
		return CaseVariables.endOf(first, settings.zone());
	}

	private void moveConsultationWindowTimer(CaseFile file) {
		var endsAt = consultationWindowEndsAt(file);
		runtime.setVariable(file.processInstanceId(), CaseVariables.CONSULTATION_WINDOW_ENDS_AT, endsAt);
		timers.reschedule(file, "consultationWindowsExpired", endsAt);
	}

	static String feeReference(int feeNoticeNumber) {
		return "fee notice " + feeNoticeNumber;
	}

	/** Consultations' pauses are referenced {@code consultation <number>}. */
	static final String CONSULTATION_PAUSE = "consultation ";

	static String pauseReference(int consultationNumber) {
		return CONSULTATION_PAUSE + consultationNumber;
	}

	private String replyOnTheSpot(CaseFile file, DraftForm reply, CurrentUser clerk) {
		if (reply == null) {
			throw InvalidInput.of("onTheSpotReply", "required", "An on-the-spot reply needs its outcome and content");
		}
		Application application = intake.find(file.agencyCode(), file.caseNumber()).orElseThrow();
		LocalDate today = today();
		if (application.channel() != Channel.IN_PERSON || !application.receiptDate().equals(today)) {
			throw new ActionNotAllowed("onTheSpot",
					"Art. 33(1): only an application handed in in person today can be answered on the spot");
		}
		if (!reply.outcome().isAnswerableOnTheSpot()) {
			throw InvalidInput.of("onTheSpotReply.outcome", "answerableOnTheSpot", reply.outcome()
					+ " cannot be answered on the spot: it needs review (and a refusal the head's sign-off)");
		}
		var draft = replies.draft(file.agencyCode(), file.caseNumber(), reply, clerk);
		replies.recordDelivery(file.agencyCode(), file.caseNumber(),
				new DeliveryForm(DeliveryMethod.IN_PERSON, today, null, application.applicantName()),
				file.receiptDate(), clerk);
		letters.renderAndStore(file.agencyCode(), file.caseNumber(), DocumentKind.REPLY_LETTER,
				LetterData.reply(application, draft, today), clerk.username());
		caseFiles.recordOutcome(file.agencyCode(), file.caseNumber(), draft.outcome());
		deadlines.close(file.agencyCode(), file.caseNumber(), DeadlineKind.REPLY);
		deadlines.close(file.agencyCode(), file.caseNumber(), DeadlineKind.SUPPLEMENT_NOTICE);
		deadlines.startRemedyWindows(file.agencyCode(), file.caseNumber(), today,
				draft.outcome().requiresReconsiderationFirst(), clerk.username());
		return "Replied on the spot (Art. 33(1)): " + draft.outcome() + " (" + draft.legalBasis() + ")";
	}

	private Application application(CaseFile file) {
		return intake.find(file.agencyCode(), file.caseNumber()).orElseThrow();
	}

	private ReplyDraft currentDraft(CaseFile file) {
		return replies.currentDraft(file.agencyCode(), file.caseNumber()).orElseThrow();
	}

	/** Consultations can be sent and answered while the handler researches, or while the case waits for answers. */
	private Step openHandlingStep(CaseFile file) {
		var open = openTasks(file);
		for (Task task : open) {
			if (task.getTaskDefinitionKey().equals(Step.HANDLE_REQUEST.taskId())) {
				return Step.HANDLE_REQUEST;
			}
			if (task.getTaskDefinitionKey().equals(Step.AWAIT_CONSULTATION_ANSWERS.taskId())) {
				return Step.AWAIT_CONSULTATION_ANSWERS;
			}
		}
		throw notAtStep(file, "Consultations are handled while researching the request");
	}

	/** Claims whichever of research, consultation answers or drafting is open: the handler's working steps. */
	private Task claimHandlingTask(CaseFile file, CurrentUser handler, String why) {
		for (Task task : openTasks(file)) {
			var step = Step.of(task.getTaskDefinitionKey());
			if (step.isPresent() && EnumSet.of(Step.HANDLE_REQUEST, Step.AWAIT_CONSULTATION_ANSWERS, Step.DRAFT_REPLY)
					.contains(step.get())) {
				return claimTask(file, step.get(), handler);
			}
		}
		throw notAtStep(file, why);
	}

	/** Locks the case for an action; an archived case is sealed and changes only through a recorded correction. */
	private CaseFile lockForAction(CurrentUser user, String caseNumber) {
		CaseFile file = caseFiles.lock(user.agencyCode(), caseNumber)
				.orElseThrow(() -> new NotFound("No case " + caseNumber + " in your agency"));
		if (file.status() == CaseStatus.ARCHIVED) {
			throw new ActionNotAllowed("archived", "Case " + caseNumber
					+ " is archived and sealed; it changes only through a recorded correction of its case file");
		}
		return file;
	}

	private Task claimTask(CaseFile file, Step step, CurrentUser user) {
		requireRole(user, step.role());
		Task task = openTasks(file).stream().filter(t -> t.getTaskDefinitionKey().equals(step.taskId())).findFirst()
				.orElseThrow(() -> notAtStep(file, "This action belongs to step " + step.taskId()));
		if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
			throw new ActionNotAllowed("claimedByOther",
					"Step " + step.taskId() + " of case " + file.caseNumber() + " is claimed by " + task.getAssignee());
		}
		if (task.getAssignee() == null) {
			tasks.claim(task.getId(), user.username());
		}
		return task;
	}

	private boolean atStep(CaseFile file, Step step) {
		return openTasks(file).stream().anyMatch(t -> t.getTaskDefinitionKey().equals(step.taskId()));
	}

	private List<Task> openTasks(CaseFile file) {
		return tasks.createTaskQuery().processInstanceId(file.processInstanceId()).taskTenantId(file.agencyCode())
				.list();
	}

	private ActionNotAllowed notAtStep(CaseFile file, String why) {
		var steps = openTasks(file).stream().map(Task::getTaskDefinitionKey).toList();
		return new ActionNotAllowed("currentStep", "Case " + file.caseNumber() + " is " + file.status()
				+ (steps.isEmpty() ? "" : " at step " + String.join(", ", steps)) + ". " + why + ".");
	}

	private void complete(Task task, Map<String, Object> variables) {
		tasks.complete(task.getId(), variables);
	}

	private void transition(CaseFile file, CaseStatus next, String action, CurrentUser user, String detail) {
		if (next != file.status()) {
			caseFiles.updateStatus(file.agencyCode(), file.caseNumber(), next);
		}
		publish(file.agencyCode(), file.caseNumber(), action, user.username(), file.status(), next, detail);
	}

	private void publish(String agency, String caseNumber, String action, String actor, CaseStatus from,
			CaseStatus to, String detail) {
		events.publishEvent(new CaseEvent(agency, caseNumber, action, actor, Instant.now(clock),
				from == null ? null : from.name(), to == null ? null : to.name(), detail));
	}

	private static void requireRole(CurrentUser user, Role role) {
		if (!user.has(role)) {
			throw new AccessDeniedException("this step is for role " + role);
		}
	}

	private void checkNotInFuture(LocalDate date, String field) {
		if (date.isAfter(today())) {
			throw InvalidInput.of(field, "notInFuture", field + " " + date + " is in the future");
		}
	}

	private static void checkNotBefore(LocalDate date, LocalDate earliest, String field) {
		if (date.isBefore(earliest)) {
			throw InvalidInput.of(field, "order", field + " " + date + " is before the receipt date " + earliest);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(settings.zone()));
	}

	private CaseFile load(String agency, String caseNumber) {
		return caseFiles.find(agency, caseNumber).orElseThrow();
	}
}
