package ogi.casework.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import ogi.casework.audit.AuditEntry;
import ogi.casework.audit.AuditManagement;
import ogi.casework.casework.CaseManagement;
import ogi.casework.casework.CaseStatus;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.Delivery;
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

	private final CaseManagement cases;

	private final ReplyManagement replies;

	private final DeadlineManagement deadlines;

	private final AuditManagement audit;

	private final CaseworkSettings settings;

	private final ApplicantKeys applicantKeys;

	ReportingProjection(ReportedCases reported, IntakeManagement intake, CaseManagement cases,
			ReplyManagement replies, DeadlineManagement deadlines, AuditManagement audit, CaseworkSettings settings,
			ApplicantKeys applicantKeys) {
		this.applicantKeys = applicantKeys;
		this.audit = audit;
		this.reported = reported;
		this.intake = intake;
		this.cases = cases;
		this.replies = replies;
		this.deadlines = deadlines;
		this.settings = settings;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	@Transactional
	void on(CaseEvent event) {
		refresh(event.agencyCode(), event.caseNumber(), event.at());
	}

	/**
	 * Re-reads one case. The day of the final outcome is the reply's delivery date ({@code Delivery.deliveredOn}:
	 * handed over, posted or sent — 国办公开办函〔2016〕235号) for a reply, and the day the process deemed the
	 * application abandoned (Art. 30, F-5; its audit line) otherwise; once set it stays while the outcome stays.
	 */
	void refresh(String agencyCode, String caseNumber, Instant at) {
		var application = intake.find(agencyCode, caseNumber);
		var file = cases.caseFile(agencyCode, caseNumber);
		if (application.isEmpty() || file.isEmpty()) {
			return;
		}
		var before = reported.find(agencyCode, caseNumber);
		Outcome outcome = file.get().outcome();
		boolean concluded = outcome != null && CONCLUDED.contains(file.get().status());
		String row = null;
		LocalDate concludedOn = null;
		if (concluded) {
			ExemptionGround ground = outcome == Outcome.DENY
					? replies.currentDraft(agencyCode, caseNumber).map(ReplyDraft::ground).orElse(null)
					: null;
			row = AnnualCount.reportRow(outcome, ground).orElse(null);
			if (before.isPresent() && before.get().concludedOn() != null && before.get().outcome() == outcome
					&& Objects.equals(before.get().reportRow(), row)) {
				concludedOn = before.get().concludedOn();
			}
			else {
				LocalDate deliveredOn = outcome.isDraftable()
						? replies.delivery(agencyCode, caseNumber).map(Delivery::deliveredOn).orElse(null)
						: null;
				concludedOn = deliveredOn != null ? deliveredOn
						: LocalDate.ofInstant(closedAt(agencyCode, caseNumber).orElse(at), settings.zone());
			}
		}
		LocalDate replyStart = deadlines.ledger(agencyCode, caseNumber).stream()
				.filter(entry -> entry.kind() == DeadlineKind.REPLY)
				.max(Comparator.comparing(Deadline::id)).map(Deadline::startDate).orElse(null);
		Outcome counted = concluded ? outcome : null;
		boolean moved = before.isEmpty() || before.get().outcome() != counted
				|| !Objects.equals(before.get().reportRow(), row)
				|| !Objects.equals(before.get().concludedOn(), concludedOn);
		var app = application.get();
		var now = new ReportedCase(agencyCode, caseNumber, app.applicantType(), applicantKeys.applicantKey(app.idNumber()),
				app.channel(), app.receiptDate(), file.get().status().name(), counted, row, concludedOn, replyStart,
				file.get().replyDueDate(), moved ? at : before.get().changedAt());
		if (before.isPresent()) {
			reported.update(now);
		}
		else {
			reported.insert(now);
		}
	}

	/** When the case last became ABANDONED, from its audit trail (already written: the audit writes in the event). */
	private Optional<Instant> closedAt(String agencyCode, String caseNumber) {
		return audit.history(agencyCode, caseNumber).stream()
				.filter(entry -> CaseStatus.ABANDONED.name().equals(entry.toStatus())
						&& !CaseStatus.ABANDONED.name().equals(entry.fromStatus()))
				.reduce((first, second) -> second).map(AuditEntry::at);
	}
}
