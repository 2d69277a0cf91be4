package ogi.casework.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ogi.casework.shared.CaseStatus;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.litigation.LitigationManagement;
import ogi.casework.shared.CaseKey;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.NotFound;
import ogi.casework.shared.ReadsOnly;

/**
 * Assesses cases' litigation risk from the owning modules' data, keeps the read model of watched cases (open, or
 * replied and still within a remedy window) and answers who may see it: legal staff and the office head list cases by
 * risk; those working a case see its risk.
 */
@Service
public class RiskManagement {

	private static final Logger log = LoggerFactory.getLogger(RiskManagement.class);

	/** Statuses in which the case needs no more work; it stays watched only while a remedy window runs. */
	private static final Set<CaseStatus> CLOSED = Set.of(CaseStatus.REPLIED, CaseStatus.ABANDONED,
			CaseStatus.ARCHIVED);

	private static final Set<DeadlineKind> RUNNING_WORK = Set.of(DeadlineKind.REPLY, DeadlineKind.SUPPLEMENT,
			DeadlineKind.SUPPLEMENT_NOTICE);

	private static final Set<DeadlineKind> REMEDY_WINDOWS = DeadlineManagement.REMEDY_WINDOWS;

	static final int MAX_PAGE_SIZE = 100;

	/** How many of the riskiest cases the dashboard shows. */
	static final int DASHBOARD_CASES = 10;

	private static final int SWEEP_PAGE = 200;

	private final RiskAssessments assessments;

	private final RiskFacts facts;

	private final IntakeManagement intake;

	private final DeadlineManagement deadlines;

	private final LitigationManagement litigation;

	private final RiskSettings settings;

	private final RiskRules rules;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RiskManagement(RiskAssessments assessments, RiskFacts facts, IntakeManagement intake,
			DeadlineManagement deadlines, LitigationManagement litigation, RiskSettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.litigation = litigation;
		this.assessments = assessments;
		this.facts = facts;
		this.intake = intake;
		this.deadlines = deadlines;
		this.settings = settings;
		this.rules = new RiskRules(settings);
		// One case of the sweep: a transaction of its own, or — inside the daily job's transaction — a savepoint, so a
		// case that fails (another node's refresh of it committed first: a duplicate key) rolls back alone instead of
		// marking the job's whole transaction rollback-only; one connection either way.
		this.transactions = new TransactionTemplate(transactions.getTransactionManager());
		this.transactions.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
		this.clock = clock;
	}

	/**
	 * The case's risk as of now, computed from its current data (nothing is stored). For the process and other
	 * modules, which check roles themselves; people ask through {@link #caseRisk}.
	 */
	@ReadsOnly
	public RiskAssessment assess(String agencyCode, String caseNumber) {
		CaseStatus status = assessments.find(agencyCode, caseNumber).map(RiskAssessments.Row::caseStatus)
				.orElse(null);
		return compute(agencyCode, caseNumber, status);
	}

	/**
	 * Whether the reply goes to legal staff before sign-off: its case's risk is at or above
	 * {@code ogi.risk.legal-review-level} (an agency's choice; HIGH by default).
	 */
	@ReadsOnly
	public boolean needsLegalReview(String agencyCode, String caseNumber) {
		return assess(agencyCode, caseNumber).level().atLeast(settings.legalReviewLevel());
	}

	/** A case's risk for those who work it or answer for it; other agencies' cases do not exist. */
	@ReadsOnly
	public RiskAssessment caseRisk(String caseNumber, CurrentUser user) {
		requireAnyRole(user, Role.HANDLER, Role.REVIEWER, Role.HEAD, Role.LEGAL);
		if (intake.find(user.agencyCode(), caseNumber).isEmpty()) {
			throw new NotFound("No case " + caseNumber + " in your agency");
		}
		return assess(user.agencyCode(), caseNumber);
	}

	/** The agency's watched cases, highest risk first, optionally of one level; legal staff and the office head only. */
	@ReadsOnly
	public RiskPage casesByRisk(CurrentUser user, RiskLevel level, int page, int size) {
		requireAnyRole(user, Role.LEGAL, Role.HEAD);
		if (page < 0) {
			throw InvalidInput.of("page", "min", "Pages are counted from 0");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw InvalidInput.of("size", "range", "A page holds 1 to " + MAX_PAGE_SIZE + " cases");
		}
		String agency = user.agencyCode();
		Integer rank = level == null ? null : level.ordinal();
		var rows = assessments.page(agency, rank, size, (long) page * size);
		Map<String, List<RiskReason>> reasons = rows.isEmpty() ? Map.of()
				: assessments.reasonsOf(agency, rows.stream().map(RiskAssessments.Row::caseNumber).toList()).stream()
						.collect(Collectors.groupingBy(RiskAssessments.CaseReason::caseNumber,
								Collectors.mapping(RiskAssessments.CaseReason::reason, Collectors.toList())));
		var cases = rows.stream().map(row -> row.with(reasons.getOrDefault(row.caseNumber(), List.of()))).toList();
		return new RiskPage(level, page, size, assessments.count(agency, rank), cases);
	}

	/** How many watched cases of the agency stand at each level (every level listed, zeros included). */
	@ReadsOnly
	public Map<RiskLevel, Long> levelCounts(String agencyCode) {
		Map<RiskLevel, Long> counts = new EnumMap<>(RiskLevel.class);
		for (RiskLevel level : RiskLevel.values()) {
			counts.put(level, 0L);
		}
		assessments.countsByLevel(agencyCode).forEach(count -> counts.put(count.level(), count.cases()));
		return counts;
	}

	/**
	 * The legal dashboard of the user's agency: open matters by deadline, watched cases by risk and this year's
	 * rates against the target ({@code ogi.litigation.target-rate}); legal staff and the office head only.
	 */
	@ReadsOnly
	public LegalDashboard dashboard(CurrentUser user) {
		requireAnyRole(user, Role.LEGAL, Role.HEAD);
		String agency = user.agencyCode();
		LocalDate today = facts.today();
		return new LegalDashboard(agency, today, litigation.openMattersByDeadline(agency), levelCounts(agency),
				casesByRisk(user, null, 0, DASHBOARD_CASES).cases(), litigation.rates(agency, today.getYear()));
	}

	/**
	 * Recomputes and stores a case's assessment; {@code status} is the case's status as its latest event reported
	 * it, or null to keep the one stored.
	 */
	@Transactional
	public RiskAssessment refresh(String agencyCode, String caseNumber, CaseStatus status) {
		var stored = assessments.find(agencyCode, caseNumber);
		CaseStatus caseStatus = status != null ? status : stored.map(RiskAssessments.Row::caseStatus).orElse(null);
		var assessment = compute(agencyCode, caseNumber, caseStatus);
		assessments.deleteReasons(agencyCode, caseNumber);
		assessments.delete(agencyCode, caseNumber);
		assessments.insert(assessment, assessment.level().ordinal());
		int number = 0;
		for (RiskReason reason : assessment.reasons()) {
			assessments.insertReason(agencyCode, caseNumber, ++number, reason, reason.storedArguments());
		}
		return assessment;
	}

	/**
	 * The daily sweep: risk changes with time alone (a due date comes near or passes, a remedy window ends), so every
	 * watched case and every case with running work or a running remedy window is assessed again, page by page (see
	 * {@link #reconcileAfter}). Returns how many cases were assessed.
	 */
	public int reconcile() {
		int assessed = 0;
		for (SweepCursor cursor = SweepCursor.FIRST; cursor != null;) {
			var page = reconcileAfter(cursor, SWEEP_PAGE);
			assessed += page.assessed();
			cursor = page.next();
		}
		log.info("Risk reconciliation: {} case(s) assessed", assessed);
		return assessed;
	}

	/**
	 * One page of the daily sweep, from {@code cursor}: first the cases the read model watches, then the cases the
	 * ledger has running work or a running remedy window for that the read model does not watch (not seen yet, or
	 * lost; windows that ended stay in the ledger for ever, and the watched ones among them are the read model's), each
	 * walked in the database's key order (its collation, not Java's, orders agency codes with '_'). Each case is
	 * assessed in a transaction of its own, or — inside the nightly job's transaction — a savepoint, so a case that
	 * cannot be assessed (another node's refresh of it committed first: a duplicate key) is logged and left for the
	 * next sweep while the others keep their assessments, on one connection either way.
	 *
	 * @return how many were assessed, and the cursor of the next page (null once the sweep is through)
	 */
	public SweepPage reconcileAfter(SweepCursor cursor, int limit) {
		CaseKey after = cursor.after();
		if (!cursor.ledger()) {
			var watched = assessments.inScopeAfter(after.agencyCode(), after.caseNumber(), limit);
			return new SweepPage(refresh(watched), watched.size() < limit ? new SweepCursor(true, CaseKey.FIRST)
					: new SweepCursor(false, watched.get(watched.size() - 1)));
		}
		var running = deadlines.casesWithRunningPeriodAfter(after, RUNNING_WORK, REMEDY_WINDOWS, facts.today(), limit);
		var unwatched = new java.util.ArrayList<>(running);
		if (!running.isEmpty()) {
			unwatched.removeAll(assessments.inScopeAmong(running));
		}
		return new SweepPage(refresh(unwatched),
				running.size() < limit ? null : new SweepCursor(true, running.get(running.size() - 1)));
	}

	private int refresh(List<CaseKey> keys) {
		int assessed = 0;
		for (var key : keys) {
			try {
				transactions.executeWithoutResult(tx -> refresh(key.agencyCode(), key.caseNumber(), null));
				assessed++;
			}
			catch (RuntimeException e) {
				log.warn("Risk of case {}/{} not reassessed: {}", key.agencyCode(), key.caseNumber(), e.toString());
			}
		}
		return assessed;
	}

	/** Where a page of the daily sweep starts: after {@code after}, among the watched cases or the ledger's. */
	public record SweepCursor(boolean ledger, CaseKey after) {

		public static final SweepCursor FIRST = new SweepCursor(false, CaseKey.FIRST);
	}

	/** What one page of the daily sweep did: how many cases it assessed, and where the next page starts (or null). */
	public record SweepPage(int assessed, SweepCursor next) {
	}

	private RiskAssessment compute(String agency, String caseNumber, CaseStatus status) {
		List<Deadline> ledger = facts.ledger(agency, caseNumber);
		CaseFacts caseFacts = facts.of(agency, caseNumber, ledger);
		var reasons = rules.reasons(caseFacts);
		int score = RiskRules.score(reasons);
		LocalDate today = caseFacts.today();
		LocalDate remedyUntil = ledger.stream().filter(d -> d.active() && REMEDY_WINDOWS.contains(d.kind()))
				.map(Deadline::dueDate).max(Comparator.naturalOrder()).orElse(null);
		boolean open = status != null ? !CLOSED.contains(status)
				: ledger.stream().anyMatch(d -> d.active() && RUNNING_WORK.contains(d.kind()));
		boolean inRemedyWindow = remedyUntil != null && !today.isAfter(remedyUntil);
		LocalDate replyDue = RiskRules.replyDue(caseFacts).map(Deadline::dueDate).orElse(null);
		return new RiskAssessment(agency, caseNumber, status, settings.levelOf(score), score, reasons,
				open || inRemedyWindow, replyDue, remedyUntil, Instant.now(clock));
	}

	private static void requireAnyRole(CurrentUser user, Role... roles) {
		for (Role role : roles) {
			if (user.has(role)) {
				return;
			}
		}
		throw new AccessDeniedException("this is for roles " + java.util.Arrays.toString(roles));
	}
}
