package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.consultation.AnswerForm;
import ogi.casework.consultation.ConsultationForm;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.ConsultationManagement;
import ogi.casework.consultation.Opinion;
import ogi.casework.deadlines.ReplyTimeliness;
import ogi.casework.fees.FeeMethod;
import ogi.casework.fees.FeeNoticeForm;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.NoticeDeliveryForm;
import ogi.casework.reply.NoticeKind;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchForm;
import ogi.casework.reporting.AnnualReport;
import ogi.casework.reporting.ReportingManagement;
import ogi.casework.reporting.TableThreeRow;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.risk.RiskManagement;
import ogi.casework.risk.RiskReason;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.CaseStatus;
import ogi.casework.shared.InvalidInput;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.JobExecutorOn;
import ogi.casework.support.Jobs;
import ogi.casework.support.MutableClock;

/**
 * Post arrives days before anyone keys it in. These scripts run as production does — the job executor on, timers
 * firing as soon as the clock makes them due, at once for dates already past — and record facts late with their legal
 * dates: each consequence the process draws on the dates it knows is taken, and undone when a fact recorded later
 * defeats it, so that the case ends where it would have had every fact been keyed in on its day. Expected dates are
 * counted by hand on the 2026 calendar (国庆 10-01…10-07 off, Sat 10-10 worked).
 */
@CaseworkIntegrationTest
@JobExecutorOn
class LegalTimeProcessTests {

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	static final CurrentUser HANDLER = user(ALPHA, Role.HANDLER);

	static final CurrentUser REVIEWER = user(ALPHA, Role.REVIEWER);

	static final CurrentUser HEAD = user(ALPHA, Role.HEAD);

	/** The day the post is finally keyed in. */
	static final LocalDate KEYED_IN = LocalDate.of(2026, 12, 2);

	@Autowired
	Cases cases;

	@Autowired
	CaseProcess process;

	@Autowired
	Jobs jobs;

	@Autowired
	MutableClock clock;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	RiskManagement risks;

	@Autowired
	ogi.casework.deadlines.DeadlineManagement deadlines;

	@Autowired
	ReportingManagement reports;

	@Test
	void aReplyDeliveredInTimeButKeyedInLateIsNotOverdueAndItsEscalationCloses() {
		clock.setTo(KEYED_IN);
		String caseNumber = received(LocalDate.of(2026, 9, 28));

		// Art. 33(2): 20 working days after Mon 09-28, skipping 10-01…10-07 and counting Sat 10-10 → Fri 10-30.
		assertThat(cases.find(caseNumber, CLERK).replyDueDate()).isEqualTo("2026-10-30");
		assertThat(steps(caseNumber)).as("on the dates known so far the reply is overdue: the head supervises")
				.contains("superviseOverdueReply");

		accept(caseNumber);
		cases.recordSearch(caseNumber, found(), HANDLER);
		jobs.awaitIdle();
		cases.draftReply(caseNumber, disclose(), HANDLER);
		jobs.awaitIdle();
		cases.reviewReply(caseNumber, approve(), REVIEWER);
		jobs.awaitIdle();
		cases.deliverReply(caseNumber, new DeliveryForm(DeliveryMethod.IN_PERSON, LocalDate.of(2026, 10, 29), null,
				"张三"), CLERK);
		jobs.awaitIdle();

		assertThat(steps(caseNumber)).containsExactly("archiveCase");
		var view = cases.view(caseNumber, HEAD);
		assertThat(view.overdue()).isFalse();
		assertThat(view.timeliness().state()).isEqualTo(ReplyTimeliness.State.DELIVERED_IN_TIME);
		assertThat(process.actions(ALPHA, caseNumber)).containsSubsequence("REPLY_OVERDUE", "CONSEQUENCE_REVERSED",
				"REPLY_DELIVERED");
		assertThat(risks.caseRisk(caseNumber, HEAD).reasons()).extracting(RiskReason::code)
				.doesNotContain("OVERDUE");
	}

	@Test
	void aSupplementReceivedWithinItsPeriodButKeyedInAfterTheAbandonmentUndoesIt() {
		clock.setTo(KEYED_IN);
		String caseNumber = received(LocalDate.of(2026, 10, 19));
		// Art. 30: notice of Tue 10-20 with 10 working days → Tue 11-03.
		noticeSupplement(caseNumber, LocalDate.of(2026, 10, 20));
		assertThat(cases.find(caseNumber, CLERK)).satisfies(file -> {
			assertThat(file.status()).isEqualTo(CaseStatus.ABANDONED);
			assertThat(file.outcome()).isEqualTo(Outcome.ABANDONED_NO_SUPPLEMENT);
		});

		cases.receiveSupplement(caseNumber, new Forms.SupplementReceived(LocalDate.of(2026, 10, 27), "文号为某发〔2026〕3号"),
				CLERK);
		jobs.awaitIdle();

		var file = cases.find(caseNumber, CLERK);
		assertThat(file.outcome()).isNull();
		assertThat(file.status()).isEqualTo(CaseStatus.IN_HANDLING);
		// The reply period runs again from the supplement (Art. 30): 20 working days after Tue 10-27 → Tue 11-24.
		assertThat(file.replyDueDate()).isEqualTo("2026-11-24");
		assertThat(steps(caseNumber)).as("handled again, and on these dates its reply is overdue")
				.containsExactlyInAnyOrder("handleRequest", "superviseOverdueReply");
		assertThat(process.actions(ALPHA, caseNumber)).containsSubsequence("APPLICATION_ABANDONED",
				"CONSEQUENCE_REVERSED", "SUPPLEMENT_RECEIVED");
	}

	@Test
	void aSupplementReceivedAfterItsPeriodWithoutGoodReasonLeavesTheApplicationAbandoned() {
		clock.setTo(KEYED_IN);
		String caseNumber = received(LocalDate.of(2026, 10, 19));
		noticeSupplement(caseNumber, LocalDate.of(2026, 10, 20));

		assertThatThrownBy(() -> cases.receiveSupplement(caseNumber,
				new Forms.SupplementReceived(LocalDate.of(2026, 11, 10), "补正材料"), CLERK))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(InvalidInput.FieldViolation::rule).containsExactly("art30GoodReason"));
		assertThat(cases.find(caseNumber, CLERK).status()).isEqualTo(CaseStatus.ABANDONED);
	}

	@Test
	void anArchivedAbandonmentCannotBeUndoneByASupplementRecordedLater() {
		clock.setTo(KEYED_IN);
		String caseNumber = received(LocalDate.of(2026, 10, 19));
		noticeSupplement(caseNumber, LocalDate.of(2026, 10, 20));
		cases.archive(caseNumber, CLERK);
		jobs.awaitIdle();

		assertThatThrownBy(() -> cases.receiveSupplement(caseNumber,
				new Forms.SupplementReceived(LocalDate.of(2026, 10, 27), "补正材料"), CLERK))
				.isInstanceOfSatisfying(ActionNotAllowed.class, e -> assertThat(e.rule()).isEqualTo("archived"));
		assertThat(cases.find(caseNumber, CLERK).outcome()).isEqualTo(Outcome.ABANDONED_NO_SUPPLEMENT);
	}

	@Test
	void anAbandonmentCountsInTheYearItsPeriodEndedAndALockedYearRefusesItsReversal() {
		clock.setTo(LocalDate.of(2026, 1, 12));
		long in2025 = abandonedWithoutSupplement(2025);
		long in2026 = abandonedWithoutSupplement(2026);
		String caseNumber = received(LocalDate.of(2025, 12, 1));
		// Art. 30: notice of Tue 2025-12-02 with 10 working days → Tue 2025-12-16; recorded in 2026.
		noticeSupplement(caseNumber, LocalDate.of(2025, 12, 2));

		assertThat(abandonedWithoutSupplement(2025)).isEqualTo(in2025 + 1);
		assertThat(abandonedWithoutSupplement(2026)).isEqualTo(in2026);

		reports.lock(2025, HEAD);
		assertThatThrownBy(() -> cases.receiveSupplement(caseNumber,
				new Forms.SupplementReceived(LocalDate.of(2025, 12, 10), "补正材料"), CLERK))
				.isInstanceOfSatisfying(ActionNotAllowed.class, e -> assertThat(e.rule()).isEqualTo("reportLocked"));
		assertThat(cases.find(caseNumber, CLERK).status()).isEqualTo(CaseStatus.ABANDONED);
	}

	@Test
	void aFeePaidWithinItsWindowButKeyedInAfterTheAbandonmentUndoesIt() {
		clock.setTo(KEYED_IN);
		String paid = feeNoticed();
		String unpaid = feeNoticed();
		jobs.awaitIdle();
		assertThat(cases.find(paid, CLERK).outcome()).isEqualTo(Outcome.ABANDONED_UNPAID);

		// F-5: payable within 20 working days after Wed 10-14, the day of receipt → Wed 11-11.
		cases.recordFeePayment(paid, LocalDate.of(2026, 11, 5), CLERK);
		jobs.awaitIdle();

		assertThat(cases.find(paid, CLERK)).satisfies(file -> {
			assertThat(file.outcome()).isNull();
			assertThat(file.status()).isEqualTo(CaseStatus.IN_HANDLING);
		});
		assertThat(steps(paid)).contains("handleRequest");
		assertThat(process.timer(ALPHA, paid, "feeWindowExpired").getDuedate())
				.isEqualTo(CaseVariables.endOf(CaseVariables.PARKED, clock.getZone()));
		assertThat(process.actions(ALPHA, paid)).containsSubsequence("APPLICATION_ABANDONED", "CONSEQUENCE_REVERSED",
				"FEE_PAID");
		// The reply clock, stopped by the abandonment, runs again (Art. 33(2)): 20 working days after Mon 10-12, the
		// fee notice's time excluded — 10-13 counts, 10-14…11-05 (paid) do not, then 11-06…12-02 → Wed 12-02.
		assertThat(cases.find(paid, CLERK).replyDueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(process.timer(ALPHA, paid, "replyDeadlineReached").getDuedate())
				.isEqualTo(CaseVariables.endOf(LocalDate.of(2026, 12, 2), clock.getZone()));
		clock.setTo(LocalDate.of(2026, 12, 3));
		jobs.awaitIdle();
		assertThat(steps(paid)).as("not replied by its due date: escalated to the head like any overdue reply")
				.contains("handleRequest", "superviseOverdueReply");
		clock.setTo(KEYED_IN);
		assertThatThrownBy(() -> cases.recordFeePayment(unpaid, LocalDate.of(2026, 11, 12), CLERK))
				.isInstanceOfSatisfying(ActionNotAllowed.class,
						e -> assertThat(e.rule()).isEqualTo("paidAfterWindow"));
		assertThat(cases.find(unpaid, CLERK).outcome()).isEqualTo(Outcome.ABANDONED_UNPAID);
	}

	@Test
	void anExtensionNoticedAfterAPeriodThatALateKeyedAnswerShortenedDoesNotCount() {
		clock.setTo(LocalDate.of(2025, 10, 30));
		String caseNumber = accepted(LocalDate.of(2025, 9, 22));
		// Arts. 32, 33(3): letter received Tue 09-23, 15 working days → Mon 10-20 (10-01…10-08 off, Sun 09-28 and
		// Sat 10-11 worked); while it runs, the reply's 20 working days after Mon 09-22 skip those 15 → Fri 11-14.
		cases.requestConsultation(caseNumber, new ConsultationForm(ConsultationKind.THIRD_PARTY, "某建设公司",
				"拟公开贵公司投标报价，是否同意？", LocalDate.of(2025, 9, 23), LocalDate.of(2025, 9, 23)), HANDLER);
		jobs.awaitIdle();
		assertThat(cases.find(caseNumber, CLERK).replyDueDate()).isEqualTo(LocalDate.of(2025, 11, 14));
		cases.requestExtension(caseNumber, new Forms.ExtensionRequest(ogi.casework.deadlines.ExtensionKind.EXTENSION,
				20, "需征求多个部门意见"), HANDLER);
		cases.decideExtension(caseNumber, new Forms.ExtensionDecision(Verdict.APPROVE, LocalDate.of(2025, 10, 30),
				LocalDate.of(2025, 10, 30), null), HEAD);
		jobs.awaitIdle();

		// The answer, dated Thu 09-25, is keyed in on 10-31: excluded are 09-24 and 09-25 only, so the reply was due
		// on the 22nd working day after 09-22, Tue 10-28 — the extension noticed on 10-30 came after it had ended
		// (Art. 33(2)) and would have been refused had the answer been keyed in on time.
		clock.setTo(LocalDate.of(2025, 10, 31));
		cases.answerConsultation(caseNumber, 1, new AnswerForm(Opinion.AGREES, null, LocalDate.of(2025, 9, 25)),
				HANDLER);
		jobs.awaitIdle();

		assertThat(cases.find(caseNumber, CLERK).replyDueDate()).isEqualTo(LocalDate.of(2025, 10, 28));
		assertThat(deadlines.active(ALPHA, caseNumber, ogi.casework.deadlines.DeadlineKind.REPLY).orElseThrow()
				.explanation())
				.contains("not counting the 20 working days extension noticed to the applicant on 2025-10-30");
		assertThat(steps(caseNumber)).as("overdue on the legal dates: the head supervises")
				.contains("superviseOverdueReply");
		assertThat(risks.assess(ALPHA, caseNumber).reasons()).extracting(RiskReason::code)
				.contains("LATE_EXTENSION_NOTICE");
	}

	@Test
	void anAnswerDatedWithinItsWindowButKeyedInAfterTheSilenceSendsTheReplyBackToDrafting() {
		clock.setTo(KEYED_IN);
		String caseNumber = accepted(LocalDate.of(2026, 10, 12));
		// Arts. 32, 33(3): received Wed 10-14, 15 working days → Wed 11-04.
		cases.requestConsultation(caseNumber, new ConsultationForm(ConsultationKind.THIRD_PARTY, "某建设公司",
				"拟公开贵公司投标报价，是否同意？", LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 14)), HANDLER);
		jobs.awaitIdle();
		cases.recordSearch(caseNumber, found(), HANDLER);
		jobs.awaitIdle();
		assertThat(consultations.of(ALPHA, caseNumber)).extracting(c -> c.opinion()).containsExactly(Opinion.NO_ANSWER);
		cases.draftReply(caseNumber, new DraftForm(Outcome.DISCLOSE, null,
				"第三方逾期未提出意见；经审查不涉及商业秘密，决定公开", "电子邮件提供", null, null, null, null), HANDLER);
		jobs.awaitIdle();
		cases.reviewReply(caseNumber, approve(), REVIEWER);
		jobs.awaitIdle();

		cases.answerConsultation(caseNumber, 1, new AnswerForm(Opinion.OBJECTS, "涉及商业秘密", LocalDate.of(2026, 11, 2)),
				HANDLER);
		jobs.awaitIdle();

		assertThat(consultations.of(ALPHA, caseNumber)).extracting(c -> c.opinion()).containsExactly(Opinion.OBJECTS);
		assertThat(steps(caseNumber)).contains("draftReply").doesNotContain("deliverReply", "legalReviewReply",
				"signOffReply");
		assertThat(process.actions(ALPHA, caseNumber)).containsSubsequence("CONSULTATION_WINDOW_PASSED",
				"CONSEQUENCE_REVERSED", "CONSULTATION_ANSWERED");
	}

	@Test
	void aConsulteesReceiptRecordedLaterMovesItsWindowAndWithdrawsTheSilence() {
		clock.setTo(LocalDate.of(2026, 11, 20));
		String caseNumber = accepted(LocalDate.of(2026, 10, 26));
		// Until its receipt is known the window runs from the letter of Tue 10-27: 15 working days → Tue 11-17.
		cases.requestConsultation(caseNumber, new ConsultationForm(ConsultationKind.THIRD_PARTY, "某设计院",
				"拟公开贵院设计文件，是否同意？", LocalDate.of(2026, 10, 27), null), HANDLER);
		jobs.awaitIdle();
		cases.recordSearch(caseNumber, found(), HANDLER);
		jobs.awaitIdle();
		assertThat(steps(caseNumber)).contains("draftReply");

		cases.recordNoticeDelivery(caseNumber, new NoticeDeliveryForm(NoticeKind.CONSULTATION_LETTER, 1L,
				DeliveryMethod.POST, LocalDate.of(2026, 10, 27), "XA123456789CN", null, LocalDate.of(2026, 11, 2)),
				HANDLER);
		jobs.awaitIdle();

		// Received Mon 11-02 by the return receipt: 15 working days → Mon 11-23, not over on 11-20.
		assertThat(consultations.of(ALPHA, caseNumber)).extracting(c -> c.opinion()).containsOnlyNulls();
		assertThat(steps(caseNumber)).contains("awaitConsultationAnswers").doesNotContain("draftReply");
		assertThat(process.timer(ALPHA, caseNumber, "consultationWindowsExpired").getDuedate())
				.isEqualTo(CaseVariables.endOf(LocalDate.of(2026, 11, 23), clock.getZone()));
	}

	@Test
	void aConsultationRecordedLaterMovesTheDueDateAndResolvesTheOverdueEscalation() {
		clock.setTo(KEYED_IN);
		String caseNumber = accepted(LocalDate.of(2026, 10, 26));
		jobs.awaitIdle();
		// 20 working days after Mon 10-26 → Mon 11-23: overdue on 12-02 as far as is known.
		assertThat(steps(caseNumber)).contains("superviseOverdueReply");

		cases.requestConsultation(caseNumber, new ConsultationForm(ConsultationKind.THIRD_PARTY, "某建设公司",
				"拟公开贵公司投标报价，是否同意？", LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 10)), HANDLER);
		jobs.awaitIdle();

		var view = cases.view(caseNumber, HEAD);
		assertThat(view.replyDueDate()).isAfter(KEYED_IN);
		assertThat(view.overdue()).isFalse();
		assertThat(steps(caseNumber)).doesNotContain("superviseOverdueReply");
	}

	private long abandonedWithoutSupplement(int year) {
		return reports.annualReport(year, AnnualReport.Scope.AGENCY, HEAD).tableThree().value(TableThreeRow.OTHER_1, 6);
	}

	private String received(LocalDate receiptDate) {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(receiptDate), CLERK).caseNumber();
		jobs.awaitIdle();
		return caseNumber;
	}

	private String accepted(LocalDate receiptDate) {
		String caseNumber = received(receiptDate);
		accept(caseNumber);
		return caseNumber;
	}

	private void accept(String caseNumber) {
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		jobs.awaitIdle();
	}

	private void noticeSupplement(String caseNumber, LocalDate noticedOn) {
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.SUPPLEMENT,
				new Forms.SupplementNotice(noticedOn, "请写明所需文件的文号", 10), null), CLERK);
		jobs.awaitIdle();
	}

	/** Received Mon 10-12; fee notice of Tue 10-13, received by the applicant Wed 10-14. */
	private String feeNoticed() {
		String caseNumber = accepted(LocalDate.of(2026, 10, 12));
		cases.noticeFee(caseNumber, new FeeNoticeForm(FeeMethod.PER_PAGE, 120, new BigDecimal("1100.00"),
				"按量计收：31-100页每页10元，101-120页每页20元", LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 14)),
				HANDLER);
		jobs.awaitIdle();
		return caseNumber;
	}

	private static SearchForm found() {
		return new SearchForm(LocalDate.of(2026, 10, 12), "公文系统", "道路维修资金", null, null, true, null);
	}

	private static DraftForm disclose() {
		return new DraftForm(Outcome.DISCLOSE, null, null, "电子邮件提供", null, null, null, null);
	}

	private static ReviewForm approve() {
		return new ReviewForm(Verdict.APPROVE, null);
	}

	private java.util.List<String> steps(String caseNumber) {
		return process.steps(ALPHA, caseNumber);
	}
}
