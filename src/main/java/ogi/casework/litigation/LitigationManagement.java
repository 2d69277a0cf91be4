package ogi.casework.litigation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.calendar.CalendarChanged;
import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseEvent;
import ogi.casework.shared.CaseworkSettings;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.InvalidInput.FieldViolation;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.ReadsOnly;

/**
 * The litigation module's API: legal staff register reconsiderations and lawsuits against the agency's OGI acts,
 * record hearings, filings, decisions and appeals; everyone who may read sees the deadlines with their basis; the
 * annual report and the legal dashboard read table 4, counts and rates. Legal staff ({@link Role#LEGAL}) change
 * matters; the head and legal staff read them; every query is confined to one agency.
 */
@Service
public class LitigationManagement {

	private final Matters matters;

	private final MatterDeadlines deadlines;

	private final MatterFlags flags;

	private final IntakeManagement intake;

	private final OfficialCalendar calendar;

	private final LitigationSettings settings;

	private final CaseworkSettings casework;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	LitigationManagement(Matters matters, MatterDeadlines deadlines, MatterFlags flags, IntakeManagement intake,
			OfficialCalendar calendar, LitigationSettings settings, CaseworkSettings casework, Clock clock,
			ApplicationEventPublisher events) {
		this.matters = matters;
		this.deadlines = deadlines;
		this.flags = flags;
		this.intake = intake;
		this.calendar = calendar;
		this.settings = settings;
		this.casework = casework;
		this.clock = clock;
		this.events = events;
	}

	// ---------------------------------------------------------------- changes (legal staff)

	/**
	 * Registers a matter about one or more of the agency's cases; the reconsideration procedure defaults to the
	 * simplified one (复议法 Art. 53(四)).
	 */
	@Transactional
	public MatterView register(MatterForms.Registration form, CurrentUser user) {
		requireLegal(user);
		var violations = new ArrayList<FieldViolation>();
		if (form.kind() == null) {
			violations.add(new FieldViolation("kind", "required",
					"Say whether this is a RECONSIDERATION, a LAWSUIT_DIRECT or a LAWSUIT_AFTER_RECONSIDERATION."));
		}
		requireText(violations, "body", form.body(), 200, "Name the reconsideration body or the court.");
		requireText(violations, "referenceNumber", form.referenceNumber(), 100,
				"Give the body's or court's reference number (案号).");
		requireDate(violations, "copyReceivedOn", form.copyReceivedOn(), null,
				"Give the day the agency received the application copy or the complaint copy.");
		var caseNumbers = form.caseNumbers() == null ? List.<String>of()
				: form.caseNumbers().stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
		if (caseNumbers.isEmpty()) {
			violations.add(new FieldViolation("caseNumbers", "required", "Link the matter to at least one case."));
		}
		for (int i = 0; i < caseNumbers.size(); i++) {
			if (intake.find(user.agencyCode(), caseNumbers.get(i)).isEmpty()) {
				violations.add(new FieldViolation("caseNumbers[" + i + "]", "exists",
						"Case " + caseNumbers.get(i) + " is not a case of your agency."));
			}
		}
		if (form.earlierMatterId() != null) {
			if (form.kind() != MatterKind.LAWSUIT_AFTER_RECONSIDERATION) {
				violations.add(new FieldViolation("earlierMatterId", "lawsuitAfterReconsiderationOnly",
						"Only a lawsuit after reconsideration links to an earlier reconsideration."));
			}
			else {
				var earlier = matters.find(user.agencyCode(), form.earlierMatterId());
				if (earlier.isEmpty() || earlier.get().kind() != MatterKind.RECONSIDERATION) {
					violations.add(new FieldViolation("earlierMatterId", "reconsiderationMatter",
							"Matter " + form.earlierMatterId() + " is not a reconsideration of your agency."));
				}
			}
		}
		throwIfAny(violations);
		var procedure = form.procedure() == null ? Procedure.SIMPLIFIED : form.procedure();
		var row = new NewMatter(user.agencyCode(), form.kind(), form.body().strip(), form.referenceNumber().strip(),
				form.copyReceivedOn(), procedure, form.earlierMatterId(), user.username(), clock.instant());
		matters.insert(row);
		for (String caseNumber : caseNumbers) {
			matters.insertCase(user.agencyCode(), row.id, caseNumber);
		}
		var matter = load(user.agencyCode(), row.id);
		String flagged = flags.of(matter).stream().map(f -> "; flagged " + f.kind() + " (case " + f.caseNumber() + ")")
				.collect(Collectors.joining());
		announce(matter, "MATTER_REGISTERED", user, "%s %s %s registered (copy received %s, %s procedure)%s".formatted(
				MatterDeadlines.kindText(matter.kind()), matter.body(), matter.referenceNumber(),
				matter.copyReceivedOn(), procedure, flagged));
		if (form.earlierMatterId() != null) {
			events.publishEvent(new MatterChanged(user.agencyCode(), form.earlierMatterId()));
		}
		return view(matter);
	}

	/**
	 * Adds a hearing; the head attends (复议法 Art. 51), and the reminder moves with it. A reconsideration hearing
	 * noticed less than five working days before is flagged (T17), not refused: the agency records what the body did.
	 */
	@Transactional
	public MatterView addHearing(long matterId, MatterForms.HearingForm form, CurrentUser user) {
		requireLegal(user);
		matters.lock(user.agencyCode(), matterId);
		var matter = load(user.agencyCode(), matterId);
		var violations = new ArrayList<FieldViolation>();
		if (form.heldOn() == null) {
			violations.add(new FieldViolation("heldOn", "required", "Give the hearing date."));
		}
		else if (form.heldOn().isBefore(matter.copyReceivedOn())) {
			violations.add(new FieldViolation("heldOn", "notBeforeCopy",
					"A hearing cannot be before the copy was received (" + matter.copyReceivedOn() + ")."));
		}
		if (form.place() != null && form.place().length() > 200) {
			violations.add(new FieldViolation("place", "length", "Keep the place under 200 characters."));
		}
		if (form.noticeReceivedOn() != null) {
			if (form.noticeReceivedOn().isAfter(today())) {
				violations.add(new FieldViolation("noticeReceivedOn", "notInFuture",
						"noticeReceivedOn " + form.noticeReceivedOn() + " is in the future."));
			}
			else if (form.heldOn() != null && form.noticeReceivedOn().isAfter(form.heldOn())) {
				violations.add(new FieldViolation("noticeReceivedOn", "notAfterHearing",
						"The notice of a hearing cannot arrive after the hearing (" + form.heldOn() + ")."));
			}
		}
		throwIfAny(violations);
		matters.insertHearing(user.agencyCode(), matterId, form.heldOn(), blankToNull(form.place()),
				form.noticeReceivedOn(), user.username(), clock.instant());
		var changed = load(user.agencyCode(), matterId);
		var hearing = changed.hearings().stream().max(java.util.Comparator.comparing(Matter.Hearing::number))
				.orElseThrow();
		String late = flags.of(changed).stream().filter(f -> Objects.equals(f.hearingNumber(), hearing.number()))
				.map(f -> " — flagged " + f.kind() + ": " + f.explanation()).findFirst().orElse("");
		announce(changed, "MATTER_HEARING_ADDED", user, "hearing on %s in %s %s%s%s".formatted(form.heldOn(),
				matter.body(), matter.referenceNumber(), form.noticeReceivedOn() == null ? ""
						: " (notice received " + form.noticeReceivedOn() + ")", late));
		return view(changed);
	}

	/**
	 * Records a filing. A request to delay evidence exists only in lawsuits and only within the 15 days of T21
	 * (解释 Art. 34).
	 */
	@Transactional
	public MatterView recordFiling(long matterId, MatterForms.FilingForm form, CurrentUser user) {
		requireLegal(user);
		matters.lock(user.agencyCode(), matterId);
		var matter = load(user.agencyCode(), matterId);
		var violations = new ArrayList<FieldViolation>();
		if (form.kind() == null) {
			violations.add(new FieldViolation("kind", "required",
					"Say what was filed: REPLY_AND_EVIDENCE, EVIDENCE_DELAY_REQUEST or SUPPLEMENTARY_EVIDENCE."));
		}
		requireDate(violations, "filedOn", form.filedOn(), matter.copyReceivedOn(), "Give the day it was filed.");
		if (form.note() != null && form.note().length() > 1000) {
			violations.add(new FieldViolation("note", "length", "Keep the note under 1000 characters."));
		}
		if (form.kind() == FilingKind.EVIDENCE_DELAY_REQUEST) {
			if (!matter.kind().lawsuit()) {
				violations.add(new FieldViolation("kind", "lawsuitOnly",
						"A request to delay evidence exists only in a lawsuit (解释 Art. 34)."));
			}
			else if (form.filedOn() != null) {
				var due = defenceDue(matter);
				if (form.filedOn().isAfter(due)) {
					violations.add(new FieldViolation("filedOn", "withinDefencePeriod",
							"A request to delay evidence must be filed in writing within the 15 days for the defence, by "
									+ due + " (解释 Art. 34); a later request has no effect."));
				}
			}
		}
		throwIfAny(violations);
		matters.insertFiling(user.agencyCode(), matterId, form.kind(), form.filedOn(), blankToNull(form.note()),
				user.username(), clock.instant());
		var changed = load(user.agencyCode(), matterId);
		var view = view(changed);
		String late = view.deadlines().stream().filter(d -> d.state() == DeadlineState.MET_LATE)
				.map(d -> " — late: " + d.code() + " was due " + d.dueOn() + "; " + d.consequence()).findFirst()
				.orElse("");
		announce(changed, "MATTER_FILING_RECORDED", user, "%s filed %s in %s %s%s".formatted(form.kind(),
				form.filedOn(), matter.body(), matter.referenceNumber(), late));
		return view;
	}

	/** Records the decision, judgment or ruling and its table-4 class; a correction may order a new reply. */
	@Transactional
	public MatterView recordDecision(long matterId, MatterForms.DecisionForm form, CurrentUser user) {
		requireLegal(user);
		var matter = load(user.agencyCode(), matterId);
		if (matter.appeal() != null) {
			throw new ActionNotAllowed("appealed",
					"The first-instance decision is under appeal; record the second-instance result instead.");
		}
		var violations = new ArrayList<FieldViolation>();
		if (form.type() == null) {
			violations.add(new FieldViolation("type", "required", "Give the decision type."));
		}
		else if (!form.type().appliesTo(matter.kind())) {
			violations.add(new FieldViolation("type", "decisionOfBody", form.type() + " is not a decision "
					+ (matter.kind().lawsuit() ? "a court makes" : "a reconsideration body makes") + "."));
		}
		requireDate(violations, "decidedOn", form.decidedOn(), matter.copyReceivedOn(), "Give the decision date.");
		var receivedOn = form.receivedOn() == null ? form.decidedOn() : form.receivedOn();
		if (form.receivedOn() != null && form.decidedOn() != null) {
			requireDate(violations, "receivedOn", form.receivedOn(), form.decidedOn(), "Give the day it was received.");
		}
		boolean newReply = form.newReplyOrdered() != null ? form.newReplyOrdered()
				: form.type() != null && form.type().ordersNewReply();
		if (newReply && form.type() != null && !form.type().mayOrderNewReply()) {
			violations.add(new FieldViolation("newReplyOrdered", "correctionOnly",
					"Only a correction (纠正) can order the agency to reply again; " + form.type() + " does not."));
		}
		if (form.replyWorkingDays() != null && form.replyDueOn() != null) {
			violations.add(new FieldViolation("replyDueOn", "eitherPeriodOrDate",
					"Give either the reply period the decision sets or its date, not both."));
		}
		if (form.replyWorkingDays() != null && (form.replyWorkingDays() < 1 || form.replyWorkingDays() > 60)) {
			violations.add(new FieldViolation("replyWorkingDays", "range", "A reply period is 1 to 60 working days."));
		}
		if (form.replyDueOn() != null && receivedOn != null && !form.replyDueOn().isAfter(receivedOn)) {
			violations.add(new FieldViolation("replyDueOn", "afterReceipt",
					"The reply date the decision sets must be after the decision was received."));
		}
		if (!newReply && (form.replyWorkingDays() != null || form.replyDueOn() != null)) {
			violations.add(new FieldViolation("newReplyOrdered", "required",
					"A reply period only comes with a decision that orders a new reply."));
		}
		throwIfAny(violations);
		var decision = new Matter.Decision(form.type(), form.decidedOn(), receivedOn, newReply,
				form.replyWorkingDays(), form.replyDueOn());
		matters.recordDecision(user.agencyCode(), matterId, decision, clock.instant());
		var changed = load(user.agencyCode(), matterId);
		announce(changed, "MATTER_DECIDED", user, "%s %s: %s on %s (%s)%s".formatted(matter.body(),
				matter.referenceNumber(), form.type(), form.decidedOn(),
				settings.classOf(matter.kind(), form.type()).label(), newReply ? "; a new reply is ordered" : ""));
		return view(changed);
	}

	/** Records the service of a judgment or ruling: the appeal window T23 starts (行诉法 Art. 85). */
	@Transactional
	public MatterView recordService(long matterId, MatterForms.ServiceForm form, CurrentUser user) {
		requireLegal(user);
		var matter = load(user.agencyCode(), matterId);
		if (!matter.kind().lawsuit()) {
			throw new ActionNotAllowed("lawsuitOnly", "Only a court serves a judgment or ruling that can be appealed.");
		}
		if (matter.decision() == null) {
			throw new ActionNotAllowed("decisionFirst", "Record the judgment or ruling before its service.");
		}
		var violations = new ArrayList<FieldViolation>();
		if (form.document() == null) {
			violations.add(new FieldViolation("document", "required", "Say whether a JUDGMENT or a RULING was served."));
		}
		requireDate(violations, "servedOn", form.servedOn(), matter.decision().decidedOn(),
				"Give the day it was served.");
		throwIfAny(violations);
		matters.recordService(user.agencyCode(), matterId, new Matter.Service(form.document(), form.servedOn()),
				clock.instant());
		var changed = load(user.agencyCode(), matterId);
		announce(changed, "MATTER_JUDGMENT_SERVED", user, "%s served %s in %s %s; appeal within %d days".formatted(
				form.document(), form.servedOn(), matter.body(), matter.referenceNumber(),
				form.document().appealDays()));
		return view(changed);
	}

	/** Records a lodged appeal; it must be within the window of T23 (行诉法 Art. 85). */
	@Transactional
	public MatterView recordAppeal(long matterId, MatterForms.AppealForm form, CurrentUser user) {
		requireLegal(user);
		var matter = load(user.agencyCode(), matterId);
		if (matter.service() == null) {
			throw new ActionNotAllowed("serviceFirst", "Record the service of the judgment or ruling first.");
		}
		if (matter.appeal() != null) {
			throw new ActionNotAllowed("appealRecorded", "An appeal is already recorded.");
		}
		var violations = new ArrayList<FieldViolation>();
		requireDate(violations, "lodgedOn", form.lodgedOn(), matter.service().servedOn(),
				"Give the day the appeal was lodged.");
		if (form.lodgedBy() == null) {
			violations.add(new FieldViolation("lodgedBy", "required", "Say who appealed: AGENCY or OPPONENT."));
		}
		var window = view(matter).deadlines().stream().filter(d -> d.code().equals("T23")).findFirst().orElseThrow();
		if (form.lodgedOn() != null && form.lodgedOn().isAfter(window.dueOn())) {
			violations.add(new FieldViolation("lodgedOn", "withinAppealWindow",
					"The appeal window ended " + window.dueOn() + " (行政诉讼法 Art. 85)."));
		}
		throwIfAny(violations);
		matters.recordAppeal(user.agencyCode(), matterId, new Matter.Appeal(form.lodgedOn(), form.lodgedBy(), null,
				null), clock.instant());
		var changed = load(user.agencyCode(), matterId);
		announce(changed, "MATTER_APPEALED", user, "appeal lodged %s by %s in %s %s".formatted(form.lodgedOn(),
				form.lodgedBy(), matter.body(), matter.referenceNumber()));
		return view(changed);
	}

	/** Records the second-instance result, which replaces the first in table 4. */
	@Transactional
	public MatterView recordSecondInstance(long matterId, MatterForms.SecondInstanceForm form, CurrentUser user) {
		requireLegal(user);
		var matter = load(user.agencyCode(), matterId);
		if (matter.appeal() == null) {
			throw new ActionNotAllowed("appealFirst", "Record the appeal before its result.");
		}
		var violations = new ArrayList<FieldViolation>();
		if (form.type() == null) {
			violations.add(new FieldViolation("type", "required", "Give the second-instance result."));
		}
		else if (!form.type().appliesTo(matter.kind())) {
			violations.add(new FieldViolation("type", "decisionOfBody", form.type() + " is not a court's decision."));
		}
		requireDate(violations, "decidedOn", form.decidedOn(), matter.appeal().lodgedOn(), "Give the decision date.");
		throwIfAny(violations);
		var appeal = matter.appeal();
		matters.recordAppeal(user.agencyCode(), matterId, new Matter.Appeal(appeal.lodgedOn(), appeal.lodgedBy(),
				form.type(), form.decidedOn()), clock.instant());
		var changed = load(user.agencyCode(), matterId);
		announce(changed, "MATTER_SECOND_INSTANCE_DECIDED", user, "second instance %s on %s in %s %s (%s)".formatted(
				form.type(), form.decidedOn(), matter.body(), matter.referenceNumber(),
				settings.classOf(matter.kind(), form.type()).label()));
		return view(changed);
	}

	/**
	 * Reopens a linked case as a new reply cycle after a decision that orders a new reply: the new reply is due on the
	 * date the decision sets, or after the period it sets, or [I] {@code ogi.litigation.reopen-reply-working-days}
	 * (20, as Art. 33(2)) working days after the agency received the decision. The case keeps its history.
	 */
	@Transactional
	public MatterView reopenCase(long matterId, MatterForms.ReopenForm form, CurrentUser user) {
		requireLegal(user);
		var matter = load(user.agencyCode(), matterId);
		var decision = matter.decision();
		if (decision == null || !decision.newReplyOrdered() || correctionOverturned(matter)) {
			throw new ActionNotAllowed("newReplyOrdered",
					"Only a decision that orders the agency to reply again reopens a case.");
		}
		if (form.caseNumber() == null || !matter.caseNumbers().contains(form.caseNumber())) {
			throw InvalidInput.of("caseNumber", "linkedCase",
					"Case " + form.caseNumber() + " is not linked to this matter.");
		}
		if (matters.reopenings(user.agencyCode(), matterId).stream()
				.anyMatch(r -> r.caseNumber().equals(form.caseNumber()))) {
			throw new ActionNotAllowed("reopenedOnce", "Case " + form.caseNumber()
					+ " was already reopened for this decision.");
		}
		LocalDate due;
		Integer days = null;
		String basis;
		String ordered = "%s of %s %s (matter %d), received %s".formatted(decision.type(), matter.body(),
				matter.referenceNumber(), matterId, decision.receivedOn());
		if (decision.replyDueOn() != null) {
			due = decision.replyDueOn();
			basis = ordered + "; reply by " + due + ", the date the decision sets";
		}
		else {
			days = decision.replyWorkingDays() != null ? decision.replyWorkingDays()
					: settings.reopenReplyWorkingDays();
			due = calendar.addWorkingDays(user.agencyCode(), decision.receivedOn(), days).date();
			basis = ordered + "; " + days + " working days" + (decision.replyWorkingDays() != null
					? " (the period the decision sets)"
					: " ([I] ogi.litigation.reopen-reply-working-days, as 政府信息公开条例 Art. 33(2))");
		}
		matters.insertReopening(user.agencyCode(), matterId, form.caseNumber(), due, user.username(), clock.instant());
		events.publishEvent(new CaseReopeningOrdered(user.agencyCode(), form.caseNumber(), matterId,
				decision.type().name(), decision.receivedOn(), days, days == null ? due : null, basis,
				user.username()));
		return view(load(user.agencyCode(), matterId));
	}

	// ---------------------------------------------------------------- reads (head and legal staff)

	/** Every matter of the user's agency, the one with the nearest open deadline first. */
	@ReadsOnly
	public List<MatterSummary> list(CurrentUser user) {
		requireReader(user);
		return openAndClosed(user.agencyCode(), false);
	}

	/** One matter with its deadlines, basis and computation. */
	@ReadsOnly
	public MatterView find(long matterId, CurrentUser user) {
		requireReader(user);
		return view(load(user.agencyCode(), matterId));
	}

	// ---------------------------------------------------------------- for other modules (callers check roles)

	/** The open matters of the agency, the nearest open deadline first (legal dashboard). */
	@ReadsOnly
	public List<MatterSummary> openMattersByDeadline(String agencyCode) {
		return openAndClosed(agencyCode, true);
	}

	/** Table 4 of one agency's annual report for {@code year} (see {@link TableFour} for the counting rule). */
	@ReadsOnly
	public TableFour tableFour(String agencyCode, int year) {
		return tableFour(List.of(agencyCode), year);
	}

	/** Table 4 aggregated over several agencies (a government's departments). */
	@ReadsOnly
	public TableFour tableFour(Collection<String> agencyCodes, int year) {
		var codes = List.copyOf(new LinkedHashSet<>(agencyCodes));
		var blocks = new EnumMapOfBlocks();
		if (!codes.isEmpty()) {
			var from = LocalDate.of(year, 1, 1);
			var to = LocalDate.of(year, 12, 31);
			for (var row : matters.touching(codes, from, to)) {
				var matter = fromRow(row, List.of(), List.of(), List.of());
				if (counts(matter, year)) {
					blocks.add(matter.kind(), classAsOf(matter, to));
				}
			}
		}
		return new TableFour(year, codes, blocks.get(MatterKind.RECONSIDERATION), blocks.get(MatterKind.LAWSUIT_DIRECT),
				blocks.get(MatterKind.LAWSUIT_AFTER_RECONSIDERATION));
	}

	/** How many reconsiderations and lawsuits concern each of {@code caseNumbers} (absent: none). */
	@ReadsOnly
	public Map<String, MatterCounts> matterCountsByCase(String agencyCode, Collection<String> caseNumbers) {
		var counts = new LinkedHashMap<String, MatterCounts>();
		if (caseNumbers.isEmpty()) {
			return counts;
		}
		for (String caseNumber : caseNumbers) {
			counts.put(caseNumber, MatterCounts.NONE);
		}
		for (var link : matters.ofCases(agencyCode, Set.copyOf(caseNumbers))) {
			counts.computeIfPresent(link.caseNumber(), (k, c) -> link.kind().lawsuit()
					? new MatterCounts(c.reconsiderations(), c.lawsuits() + 1)
					: new MatterCounts(c.reconsiderations() + 1, c.lawsuits()));
		}
		return counts;
	}

	/** The year's correction and loss rates against the agency's target, counted as table 4 counts. */
	@ReadsOnly
	public LegalRates rates(String agencyCode, int year) {
		var table = tableFour(agencyCode, year);
		var target = settings.targetFor(agencyCode);
		int reconsDecided = table.reconsideration().decided();
		int reconsCorrected = table.reconsideration().corrected();
		int suitsDecided = table.lawsuitDirect().decided() + table.lawsuitAfterReconsideration().decided();
		int suitsLost = table.lawsuitDirect().corrected() + table.lawsuitAfterReconsideration().corrected();
		var reconsRate = rate(reconsCorrected, reconsDecided);
		var lossRate = rate(suitsLost, suitsDecided);
		return new LegalRates(agencyCode, year, reconsDecided, reconsCorrected, reconsRate, suitsDecided, suitsLost,
				lossRate, target, reconsRate == null || reconsRate.compareTo(target) <= 0,
				lossRate == null || lossRate.compareTo(target) <= 0);
	}

	/** When the legalMatter process of the matter should wake next, and whether it can end. */
	@ReadsOnly
	public MatterSchedule schedule(String agencyCode, long matterId) {
		var matter = load(agencyCode, matterId);
		var view = view(matter);
		var raised = Set.copyOf(matters.raisedAlarms(agencyCode, matterId));
		var pending = alarms(matter, view).stream().filter(a -> !raised.contains(a.key())).toList();
		boolean concluded = pending.isEmpty() && view.deadlines().stream().noneMatch(MatterDeadline::open)
				&& matter.finalDecisionAsOf(today()).isPresent();
		return new MatterSchedule(pending.isEmpty() ? null : pending.get(0).at(), concluded);
	}

	/**
	 * Raises every alarm of the matter due at {@code now} that was not raised before, and returns them with the cases
	 * to notify about; an escalation (a missed reply / defence deadline) is written to each linked case's audit trail.
	 */
	@Transactional
	public List<RaisedAlarm> raiseDueAlarms(String agencyCode, long matterId, Instant now) {
		var matter = load(agencyCode, matterId);
		var view = view(matter);
		var raised = new HashSet<>(matters.raisedAlarms(agencyCode, matterId));
		var result = new ArrayList<RaisedAlarm>();
		for (var alarm : alarms(matter, view)) {
			if (alarm.at().isAfter(now) || !raised.add(alarm.key())) {
				continue;
			}
			matters.insertAlarm(agencyCode, matterId, alarm.key(), now);
			result.add(new RaisedAlarm(alarm, matter.caseNumbers()));
			if (alarm.escalation()) {
				for (String caseNumber : matter.caseNumbers()) {
					events.publishEvent(new CaseEvent(agencyCode, caseNumber, "MATTER_DEADLINE_MISSED", "system", now,
							null, null, alarm.message()));
				}
			}
		}
		return result;
	}

	/** The deadlines' reminders and escalations, and one notification per flag, in order of time. */
	private List<Alarm> alarms(Matter matter, MatterView view) {
		var alarms = new ArrayList<>(deadlines.alarms(matter, view.deadlines(), settings, casework.zone()));
		alarms.addAll(flags.alarms(matter, view.flags()));
		alarms.sort(Comparator.comparing(Alarm::at));
		return alarms;
	}

	/** An alarm raised now, and the cases of its matter. */
	public record RaisedAlarm(Alarm alarm, List<String> caseNumbers) {
	}

	/** Moves the matters' deadlines and reminders with a changed calendar (spec §9.2). */
	@EventListener
	@Transactional
	void on(CalendarChanged change) {
		// The deadlines are computed on read; the processes only need to re-read their schedules.
		var agencies = new HashSet<String>();
		if (change.national()) {
			agencies.addAll(matters.agenciesWithOpenMatters());
		}
		else {
			agencies.addAll(change.agencyCodes());
		}
		for (String agencyCode : agencies) {
			for (var summary : openMattersByDeadline(agencyCode)) {
				events.publishEvent(new MatterChanged(agencyCode, summary.id()));
			}
		}
	}

	// ---------------------------------------------------------------- internals

	private List<MatterSummary> openAndClosed(String agencyCode, boolean openOnly) {
		var today = today();
		var cases = matters.cases(agencyCode, null).stream().collect(Collectors.groupingBy(Matters.MatterCase::matterId,
				Collectors.mapping(Matters.MatterCase::caseNumber, Collectors.toList())));
		var hearings = matters.hearings(agencyCode, null).stream().collect(Collectors.groupingBy(
				Matters.HearingRow::matterId));
		var filings = matters.filings(agencyCode, null).stream().collect(Collectors.groupingBy(
				Matters.FilingRow::matterId));
		var suedAfter = Set.copyOf(matters.suedAfterAny(agencyCode));
		var summaries = new ArrayList<MatterSummary>();
		for (var row : matters.all(agencyCode)) {
			var matter = fromRow(row, cases.getOrDefault(row.id(), List.of()), hearings.getOrDefault(row.id(), List.of()),
					filings.getOrDefault(row.id(), List.of()));
			var list = deadlines.of(matter, today, suedAfter.contains(row.id()));
			var next = list.stream().filter(MatterDeadline::open).min(Comparator.comparing(MatterDeadline::dueOn))
					.orElse(null);
			var faults = faults(list);
			var reportClass = classAsOf(matter, today);
			boolean open = next != null || reportClass == ReportClass.PENDING;
			if (openOnly && !open) {
				continue;
			}
			summaries.add(new MatterSummary(matter.id(), matter.kind(), matter.body(), matter.referenceNumber(),
					matter.copyReceivedOn(), matter.caseNumbers(), next, next == null ? null : next.daysLeft(),
					!faults.isEmpty(), faults, matter.decision() == null ? null : matter.decision().type(),
					reportClass, flags.of(matter)));
		}
		summaries.sort(Comparator.comparing((MatterSummary s) -> s.nextDeadline() == null ? LocalDate.MAX
				: s.nextDeadline().dueOn()).thenComparing(MatterSummary::id));
		return summaries;
	}

	private MatterView view(Matter matter) {
		var today = today();
		var list = deadlines.of(matter, today, matters.suedAfter(matter.agencyCode(), matter.id()));
		var faults = faults(list);
		var reopened = matters.reopenings(matter.agencyCode(), matter.id()).stream()
				.map(r -> new MatterView.Reopened(r.caseNumber(), r.replyDueOn(), r.reopenedBy())).toList();
		boolean reopenable = matter.decision() != null && matter.decision().newReplyOrdered()
				&& !correctionOverturned(matter);
		return new MatterView(matter, list, classAsOf(matter, today), !faults.isEmpty(), faults, flags.of(matter),
				reopenable, reopened);
	}

	/** A first-instance correction set aside on appeal no longer orders anything. */
	private boolean correctionOverturned(Matter matter) {
		return matter.appeal() != null && matter.appeal().secondInstance() != null
				&& settings.classOf(matter.kind(), matter.appeal().secondInstance()) != ReportClass.CORRECTED;
	}

	private static List<String> faults(List<MatterDeadline> list) {
		return list.stream().filter(MatterDeadline::fault)
				.map(d -> "%s %s (due %s): %s".formatted(d.code(), d.state() == DeadlineState.MISSED ? "missed"
						: "met late", d.dueOn(), d.consequence()))
				.toList();
	}

	private ReportClass classAsOf(Matter matter, LocalDate day) {
		return matter.finalDecisionAsOf(day).map(type -> settings.classOf(matter.kind(), type))
				.orElse(ReportClass.PENDING);
	}

	/** [I] A matter counts in {@code year} if its copy was received then, or it was concluded then. */
	private static boolean counts(Matter matter, int year) {
		return matter.copyReceivedOn().getYear() == year
				|| (matter.copyReceivedOn().getYear() < year
						&& matter.concludedOn().map(d -> d.getYear() == year).orElse(false));
	}

	private static BigDecimal rate(int part, int whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}

	private LocalDate defenceDue(Matter matter) {
		return calendar.calendarDayPeriodEnd(matter.agencyCode(), matter.copyReceivedOn(), 15).date();
	}

	/** The cases a matter concerns, for read models that follow matters (risk). */
	@ReadsOnly
	public List<String> caseNumbersOf(String agencyCode, long matterId) {
		return matters.find(agencyCode, matterId).isPresent() ? load(agencyCode, matterId).caseNumbers() : List.of();
	}

	private Matter load(String agencyCode, long matterId) {
		var row = matters.find(agencyCode, matterId).orElseThrow(() -> new NotFound("No matter " + matterId + "."));
		return fromRow(row, matters.cases(agencyCode, matterId).stream().map(Matters.MatterCase::caseNumber).toList(),
				matters.hearings(agencyCode, matterId), matters.filings(agencyCode, matterId));
	}

	private static Matter fromRow(MatterRow row, List<String> cases, List<Matters.HearingRow> hearings,
			List<Matters.FilingRow> filings) {
		var decision = row.decision() == null ? null : new Matter.Decision(row.decision(), row.decidedOn(),
				row.decisionReceivedOn(), row.newReplyOrdered(), row.orderedReplyWorkingDays(), row.orderedReplyDueOn());
		var service = row.servedDocument() == null ? null : new Matter.Service(row.servedDocument(), row.servedOn());
		var appeal = row.appealLodgedOn() == null ? null : new Matter.Appeal(row.appealLodgedOn(),
				row.appealLodgedBy(), row.secondInstanceDecision(), row.secondInstanceDecidedOn());
		return new Matter(row.id(), row.agencyCode(), row.kind(), row.body(), row.referenceNumber(),
				row.copyReceivedOn(), row.procedureKind(), row.earlierMatterId(), cases,
				hearings.stream().map(h -> new Matter.Hearing(h.number(), h.heldOn(), h.place(), h.noticeReceivedOn(),
						h.recordedBy(), h.recordedAt())).toList(),
				filings.stream().map(f -> new Matter.Filing(f.number(), f.kind(), f.filedOn(), f.note(), f.recordedBy(),
						f.recordedAt())).toList(),
				decision, service, appeal, row.registeredBy(), row.registeredAt());
	}

	/** Writes the change to every linked case's audit trail and lets the legalMatter process re-read its schedule. */
	private void announce(Matter matter, String action, CurrentUser user, String detail) {
		var at = clock.instant();
		for (String caseNumber : matter.caseNumbers()) {
			events.publishEvent(new CaseEvent(matter.agencyCode(), caseNumber, action, user.username(), at, null, null,
					"matter " + matter.id() + ": " + detail));
		}
		events.publishEvent(new MatterChanged(matter.agencyCode(), matter.id()));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), casework.zone());
	}

	private void requireDate(List<FieldViolation> violations, String field, LocalDate date, LocalDate notBefore,
			String missing) {
		if (date == null) {
			violations.add(new FieldViolation(field, "required", missing));
		}
		else if (date.isAfter(today())) {
			violations.add(new FieldViolation(field, "notInFuture", field + " " + date + " is in the future."));
		}
		else if (notBefore != null && date.isBefore(notBefore)) {
			violations.add(new FieldViolation(field, "notBefore" + Character.toUpperCase(field.charAt(0)),
					field + " " + date + " is before " + notBefore + "."));
		}
	}

	private static void requireText(List<FieldViolation> violations, String field, String value, int max,
			String missing) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "required", missing));
		}
		else if (value.strip().length() > max) {
			violations.add(new FieldViolation(field, "length", field + " is longer than " + max + " characters."));
		}
	}

	private static void throwIfAny(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static void requireLegal(CurrentUser user) {
		if (!user.has(Role.LEGAL)) {
			throw new AccessDeniedException("reconsideration and litigation matters are kept by legal staff");
		}
	}

	private static void requireReader(CurrentUser user) {
		if (!user.has(Role.LEGAL) && !user.has(Role.HEAD)) {
			throw new AccessDeniedException("reconsideration and litigation matters are read by the head and legal staff");
		}
	}

	/** Table-4 blocks by matter kind. */
	private static final class EnumMapOfBlocks {

		private final Map<MatterKind, TableFour.Block> blocks = new HashMap<>();

		void add(MatterKind kind, ReportClass reportClass) {
			blocks.put(kind, get(kind).plus(reportClass));
		}

		TableFour.Block get(MatterKind kind) {
			return blocks.getOrDefault(kind, TableFour.Block.empty());
		}
	}
}
