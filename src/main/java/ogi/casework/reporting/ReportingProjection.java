package ogi.casework.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ogi.casework.casework.CaseQueries;
import ogi.casework.casework.Conclusion;
import ogi.casework.casework.ConclusionWithdrawn;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseStatus;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.ReplyManagement;
import ogi.casework.shared.ApplicantKeys;
import ogi.casework.shared.CaseEvent;
import ogi.casework.shared.CaseworkSettings;

/**
 * Keeps the reporting read model in step with the cases: on every {@link CaseEvent}, just before its transaction
 * commits, it reads the case afresh through the owning modules' APIs (intake, casework, reply, deadlines) — so it
 * depends on no action name and commits or rolls back with the change itself.
 */
@Component
class ReportingProjection {

	/** The statuses in which a recorded outcome is final; any other status means the case is (again) open. */
	static final Set<CaseStatus> CONCLUDED = EnumSet.of(CaseStatus.REPLIED, CaseStatus.ABANDONED,
			CaseStatus.ARCHIVED);

	private final ReportedCases reported;

	private final IntakeManagement intake;

	private final CaseQueries cases;

	private final ReplyManagement replies;

	private final DeadlineManagement deadlines;

	private final CaseworkSettings settings;

	private final ApplicantKeys applicantKeys;

	ReportingProjection(ReportedCases reported, IntakeManagement intake, CaseQueries cases,
			ReplyManagement replies, DeadlineManagement deadlines, CaseworkSettings settings,
			ApplicantKeys applicantKeys) {
		this.applicantKeys = applicantKeys;
		this.reported = reported;
		this.intake = intake;
		this.cases = cases;
		this.replies = replies;
		this.deadlines = deadlines;
		this.settings = settings;
	}

	/**
	 * Notes the case for a refresh just before the transaction that changed it commits: once per case however many
	 * events the transaction published (an application logged publishes several), and before the audit trail chains
	 * its entries ({@link PendingRefreshes#getOrder()}), which holds the agency's chain head locked until the commit.
	 */
	@EventListener
	@Transactional
	void on(CaseEvent event) {
		var pending = (PendingRefreshes) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new PendingRefreshes();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.add(event);
	}

	/**
	 * A conclusion is withdrawn (a consequence reversed, or re-dated, by a fact recorded later): refused when the year it
	 * counted in is locked, because the published report cannot change — the recording that caused it is refused with
	 * it, in the same transaction.
	 */
	@EventListener
	void on(ConclusionWithdrawn withdrawn) {
		int year = withdrawn.concludedOn().getYear();
		if (reported.findLock(withdrawn.agencyCode(), year).isPresent()) {
			throw new ActionNotAllowed("reportLocked", "Case " + withdrawn.caseNumber() + " was concluded on "
					+ withdrawn.concludedOn() + " and counted in the annual report of " + year + ", which is locked"
					+ " (published); the conclusion can no longer be undone");
		}
	}

	/**
	 * Re-reads one case. A conclusion counts in the year of its legal date (spec §6.3), as the casework module states
	 * it: a reply on its delivery date (handed over, posted or sent — 国办公开办函〔2016〕235号), an abandonment on the
	 * last day of the period that passed (Art. 30, F-5) — never the day it was recorded.
	 */
	void refresh(String agencyCode, String caseNumber, Instant at) {
		var application = intake.find(agencyCode, caseNumber);
		var file = cases.caseFile(agencyCode, caseNumber);
		if (application.isEmpty() || file.isEmpty() || application.get().awaitingConfirmation()) {
			// Not yet received in law (Art. 31(3)): an online application counts from the agency's confirmation.
			return;
		}
		var before = reported.find(agencyCode, caseNumber);
		var conclusion = CONCLUDED.contains(file.get().status()) ? cases.conclusion(agencyCode, caseNumber)
				: java.util.Optional.<Conclusion>empty();
		Outcome outcome = conclusion.map(Conclusion::outcome).orElse(null);
		String row = null;
		LocalDate concludedOn = conclusion.map(Conclusion::concludedOn).orElse(null);
		if (outcome != null) {
			ExemptionGround ground = outcome == Outcome.DENY
					? replies.currentDraft(agencyCode, caseNumber).map(ReplyDraft::ground).orElse(null)
					: null;
			row = AnnualCount.reportRow(outcome, ground).orElse(null);
		}
		LocalDate replyStart = deadlines.ledger(agencyCode, caseNumber).stream()
				.filter(entry -> entry.kind() == DeadlineKind.REPLY)
				.max(Comparator.comparing(Deadline::id)).map(Deadline::startDate).orElse(null);
		Outcome counted = outcome;
		boolean moved = before.isEmpty() || before.get().outcome() != counted
				|| !Objects.equals(before.get().reportRow(), row)
				|| !Objects.equals(before.get().concludedOn(), concludedOn);
		var app = application.get();
		var now = new ReportedCase(agencyCode, caseNumber, app.applicantType(),
				applicantKeys.applicantKey(app.idNumber()), app.channel(), app.receiptDate(), file.get().status().name(), counted, row, concludedOn, replyStart,
				file.get().replyDueDate(), moved ? at : before.get().changedAt());
		if (before.isPresent()) {
			if (!before.get().equals(now)) {
				// most changes (a step done, a reminder, an escalation) leave the reporting row unchanged
				reported.update(now);
			}
		}
		else {
			reported.insert(now);
		}
	}

	/** The cases a transaction changed, each refreshed once just before it commits. */
	private final class PendingRefreshes implements TransactionSynchronization {

		/** (agency, case number) → the first event's time, in the order the cases first changed. */
		private final Map<List<String>, Instant> cases = new LinkedHashMap<>();

		private boolean committing;

		void add(CaseEvent event) {
			if (committing) {
				// published by another before-commit step after ours ran
				refresh(event.agencyCode(), event.caseNumber(), event.at());
				return;
			}
			cases.putIfAbsent(List.of(event.agencyCode(), event.caseNumber()), event.at());
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			committing = true;
			cases.forEach((key, at) -> refresh(key.get(0), key.get(1), at));
		}

		@Override
		public void suspend() {
			// a transaction of its own started inside this one refreshes its cases itself
			TransactionSynchronizationManager.unbindResource(ReportingProjection.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(ReportingProjection.this, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(ReportingProjection.this);
		}

		@Override
		public int getOrder() {
			// before the audit trail's chaining (lowest precedence), so the chain head is held for its rows alone
			return Ordered.LOWEST_PRECEDENCE - 1;
		}
	}
}
