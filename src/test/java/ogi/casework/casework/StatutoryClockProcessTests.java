package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ogi.casework.shared.CaseStatus;
import ogi.casework.casework.process.CaseVariables;
import ogi.casework.support.Cases;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.consultation.AnswerForm;
import ogi.casework.consultation.ConsultationForm;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.ConsultationManagement;
import ogi.casework.consultation.Opinion;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.DeadlineManagement;
import ogi.casework.deadlines.ExtensionKind;
import ogi.casework.fees.FeeMethod;
import ogi.casework.fees.FeeNoticeForm;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.Outcome;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.InvalidInput;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;
import ogi.casework.support.TestClockConfiguration;

/**
 * The statutory clock driven through the process: pauses, extensions, reminders, remedy windows and reconciliation,
 * each moving the timers the engine will fire, with time in the test's hand.
 */
@CaseworkIntegrationTest
class StatutoryClockProcessTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	static final CurrentUser HANDLER = user(ALPHA, Role.HANDLER);

	static final CurrentUser REVIEWER = user(ALPHA, Role.REVIEWER);

	static final CurrentUser HEAD = user(ALPHA, Role.HEAD);

	@Autowired
	Cases cases;

	@Autowired
	DeadlineManagement deadlines;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	DeadlineReconciliation reconciliation;

	@Autowired
	Notifications notifications;

	@Autowired
	OfficialCalendar calendar;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@Autowired
	MutableClock clock;

	@Autowired
	ogi.casework.support.CaseProcess process;

	@BeforeEach
	void itIsMondayMorning() {
		clock.setTo(MONDAY);
	}

	@Test
	void consultationPausesTheReplyTimerUntilTheAnswerComes() {
		String caseNumber = openAndAccept();
		LocalDate before = replyDue(caseNumber);
		// 20 working days after Mon 2026-06-01, skipping the Dragon Boat Festival on Fri 06-19.
		assertThat(before).isEqualTo("2026-06-30");

		clock.setTo(LocalDate.of(2026, 6, 2));
		cases.requestConsultation(caseNumber, thirdParty(LocalDate.of(2026, 6, 2)), HANDLER);

		LocalDate whileWaiting = replyDue(caseNumber);
		assertThat(calendar.workingDaysBetween(before, whileWaiting)).as("the 15-day window is excluded").isEqualTo(15);
		assertThat(timer(caseNumber, "replyDeadlineReached").getDuedate()).isEqualTo(endOf(whileWaiting));

		clock.setTo(LocalDate.of(2026, 6, 9));
		cases.answerConsultation(caseNumber, 1, new AnswerForm(Opinion.AGREES, "同意公开", LocalDate.of(2026, 6, 9)),
				HANDLER);

		LocalDate after = replyDue(caseNumber);
		assertThat(calendar.workingDaysBetween(before, after)).as("06-03 … 06-09 are excluded").isEqualTo(5);
		assertThat(timer(caseNumber, "replyDeadlineReached").getDuedate()).isEqualTo(endOf(after));
		assertThat(timer(caseNumber, "firstReminderDue").getDuedate())
				.isEqualTo(at8(deadlines.workingDaysBefore(ALPHA, after, 5)));
		assertThat(deadlines.ledger(ALPHA, caseNumber)).filteredOn(d -> d.kind() == DeadlineKind.REPLY)
				.extracting(Deadline::reason).containsExactly("reply period starts: receipt date, Art. 31 (IN_PERSON)",
						"pause started: consultation 1 on 2026-06-02", "pause ended: consultation 1 on 2026-06-09");
	}

	@Test
	void twoParallelConsultationsPauseTheClockOnceForTheirUnion() {
		String caseNumber = openAndAccept();
		LocalDate before = replyDue(caseNumber);
		clock.setTo(LocalDate.of(2026, 6, 4));
		cases.requestConsultation(caseNumber, thirdParty(LocalDate.of(2026, 6, 2)), HANDLER);
		cases.requestConsultation(caseNumber, new ConsultationForm(ConsultationKind.OTHER_AGENCY, "区财政局",
				"共同制作的文件拟公开", LocalDate.of(2026, 6, 4), null), HANDLER);
		clock.setTo(LocalDate.of(2026, 6, 11));

		cases.answerConsultation(caseNumber, 1, new AnswerForm(Opinion.OBJECTS, "商业秘密", LocalDate.of(2026, 6, 9)),
				HANDLER);
		cases.answerConsultation(caseNumber, 2, new AnswerForm(Opinion.AGREES, null, LocalDate.of(2026, 6, 11)),
				HANDLER);

		// (06-02, 06-09] ∪ (06-04, 06-11] = 06-03 … 06-11: seven working days, counted once.
		assertThat(calendar.workingDaysBetween(before, replyDue(caseNumber))).isEqualTo(7);
	}

	@Test
	void silenceAfterFifteenWorkingDaysIsRecordedAndTheClockRunsAgain() {
		String caseNumber = openAndAccept();
		LocalDate before = replyDue(caseNumber);
		clock.setTo(LocalDate.of(2026, 6, 2));
		cases.requestConsultation(caseNumber, thirdParty(LocalDate.of(2026, 6, 2)), HANDLER);
		cases.recordSearch(caseNumber, searchedToday(), HANDLER);
		assertThat(steps(caseNumber)).containsExactly("awaitConsultationAnswers");
		LocalDate windowEnd = calendar.addWorkingDays(LocalDate.of(2026, 6, 2), 15).date();
		Job window = timer(caseNumber, "consultationWindowsExpired");
		assertThat(window.getDuedate()).isEqualTo(endOf(windowEnd));

		clock.setTo(windowEnd.plusDays(1));
		fire(window);

		assertThat(steps(caseNumber)).containsExactly("draftReply");
		assertThat(consultations.of(ALPHA, caseNumber)).singleElement().satisfies(consultation -> {
			assertThat(consultation.opinion()).isEqualTo(Opinion.NO_ANSWER);
			assertThat(consultation.answeredOn()).isEqualTo(windowEnd);
		});
		assertThat(calendar.workingDaysBetween(before, replyDue(caseNumber))).isEqualTo(15);
		assertThat(actions(caseNumber)).contains("CONSULTATION_WINDOW_PASSED");
	}

	@Test
	void eachConsultationWindowFiresInItsTurn() {
		String caseNumber = openAndAccept();
		clock.setTo(LocalDate.of(2026, 6, 2));
		cases.requestConsultation(caseNumber, thirdParty(LocalDate.of(2026, 6, 2)), HANDLER);
		clock.setTo(LocalDate.of(2026, 6, 5));
		cases.requestConsultation(caseNumber, new ConsultationForm(ConsultationKind.THIRD_PARTY, "某设计院",
				"拟公开贵院设计文件，是否同意？", LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 5)), HANDLER);
		cases.recordSearch(caseNumber, searchedToday(), HANDLER);
		LocalDate firstEnd = calendar.addWorkingDays(LocalDate.of(2026, 6, 2), 15).date();
		LocalDate secondEnd = calendar.addWorkingDays(LocalDate.of(2026, 6, 5), 15).date();
		assertThat(timer(caseNumber, "consultationWindowsExpired").getDuedate()).isEqualTo(endOf(firstEnd));

		clock.setTo(firstEnd.plusDays(1));
		fire(timer(caseNumber, "consultationWindowsExpired"));

		assertThat(steps(caseNumber)).containsExactly("awaitConsultationAnswers");
		assertThat(consultations.of(ALPHA, caseNumber)).extracting(c -> c.opinion())
				.containsExactly(Opinion.NO_ANSWER, null);
		assertThat(timer(caseNumber, "consultationWindowsExpired").getDuedate()).isEqualTo(endOf(secondEnd));

		cases.answerConsultation(caseNumber, 2, new AnswerForm(Opinion.AGREES, "同意", firstEnd.plusDays(1)), HANDLER);
		assertThat(steps(caseNumber)).containsExactly("draftReply");
	}

	@Test
	void anExtensionApprovedInTimeMovesTheDueDateAndEveryReplyTimer() {
		String caseNumber = openAndAccept();
		LocalDate before = replyDue(caseNumber);
		clock.setTo(LocalDate.of(2026, 6, 25));

		cases.requestExtension(caseNumber, new Forms.ExtensionRequest(ExtensionKind.EXTENSION, 20, "涉及档案量大"),
				HANDLER);
		assertThat(steps(caseNumber)).contains("approveExtension");
		cases.decideExtension(caseNumber, new Forms.ExtensionDecision(Verdict.APPROVE, null,
				LocalDate.of(2026, 6, 25), "同意延期"), HEAD);

		LocalDate after = replyDue(caseNumber);
		assertThat(calendar.workingDaysBetween(before, after)).isEqualTo(20);
		assertThat(steps(caseNumber)).doesNotContain("approveExtension");
		assertThat(timer(caseNumber, "replyDeadlineReached").getDuedate()).isEqualTo(endOf(after));
		assertThat(timer(caseNumber, "secondReminderDue").getDuedate())
				.isEqualTo(at8(deadlines.workingDaysBefore(ALPHA, after, 2)));
		assertThat(deadlines.active(ALPHA, caseNumber, DeadlineKind.REPLY).orElseThrow().explanation())
				.contains("20 working days extension (Art. 33(2), T4, approved by alpha-head on 2026-06-25");
		assertThatThrownBy(() -> cases.requestExtension(caseNumber,
				new Forms.ExtensionRequest(ExtensionKind.EXTENSION, 1, "再延期"), HANDLER))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(InvalidInput.FieldViolation::rule).containsExactly("maxExtension"));
	}

	@Test
	void anExtensionApprovedAfterTheDueDateIsRefusedAndChangesNothing() {
		String caseNumber = openAndAccept();
		LocalDate due = replyDue(caseNumber);
		cases.requestExtension(caseNumber, new Forms.ExtensionRequest(ExtensionKind.EXTENSION, 10, "材料多"), HANDLER);
		clock.setTo(due.plusDays(2));

		assertThatThrownBy(() -> cases.decideExtension(caseNumber,
				new Forms.ExtensionDecision(Verdict.APPROVE, null, due.plusDays(1), null), HEAD))
				.isInstanceOfSatisfying(ActionNotAllowed.class,
						e -> assertThat(e.rule()).isEqualTo("extensionAfterDueDate"));

		assertThat(replyDue(caseNumber)).isEqualTo(due);
		assertThat(timer(caseNumber, "replyDeadlineReached").getDuedate()).isEqualTo(endOf(due));
		assertThat(steps(caseNumber)).contains("approveExtension");
		assertThat(actions(caseNumber)).doesNotContain("EXTENSION_APPROVED");
	}

	@Test
	void remindersReachTheAssigneeBeforeTheDueDate() {
		String caseNumber = openAndAccept();
		cases.claim(openTask(caseNumber, "handleRequest"), HANDLER);
		LocalDate due = replyDue(caseNumber);
		Job first = timer(caseNumber, "firstReminderDue");
		assertThat(first.getDuedate()).isEqualTo(at8(deadlines.workingDaysBefore(ALPHA, due, 5)));

		clock.setTo(deadlines.workingDaysBefore(ALPHA, due, 5).atTime(8, 0));
		fire(first);

		assertThat(notifications.ofCase(ALPHA, caseNumber)).singleElement().satisfies(notification -> {
			assertThat(notification.recipient()).isEqualTo(HANDLER.username());
			assertThat(notification.message()).contains(due.toString(), "5 working days left");
			assertThat(notification.wording()).as("worded where it is read, with the due date and days left")
				.isEqualTo(ogi.casework.shared.Wording.of("notification.replyDueSoon", "=" + caseNumber, "=" + due,
						"=5"));
		});
		assertThat(timer(caseNumber, "firstReminderDue")).isNull();
		assertThat(timer(caseNumber, "secondReminderDue")).isNotNull();
	}

	@Test
	void aLateRegistrationIsNotedWhenTheSupplementNoticePeriodPasses() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(MONDAY), CLERK).caseNumber();
		Job timer = timer(caseNumber, "supplementNoticePeriodPassed");
		// Art. 30: 7 working days after Mon 2026-06-01 is Wed 2026-06-10.
		assertThat(timer.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 6, 10)));

		clock.setTo(LocalDate.of(2026, 6, 11));
		fire(timer);

		assertThat(steps(caseNumber)).containsExactly("registerApplication");
		assertThat(actions(caseNumber)).contains("SUPPLEMENT_NOTICE_PERIOD_PASSED");
	}

	@Test
	void deliveryOpensTheRemedyWindowsRolledPastRestDays() {
		clock.setTo(LocalDate.of(2026, 8, 3));
		String refusal = delivered(Outcome.DENY);
		String disclosure = delivered(Outcome.DISCLOSE);

		// 60 calendar days after Mon 2026-08-03 is Fri 2026-10-02, inside the National Day holiday: Thu 10-08.
		assertThat(window(refusal, DeadlineKind.RECONSIDERATION_WINDOW)).isEqualTo("2026-10-08");
		assertThat(deadlines.active(ALPHA, refusal, DeadlineKind.LAWSUIT_WINDOW)).as("复议前置 for refusals").isEmpty();
		// 6 months from 2026-08-03 is Wed 2027-02-03, rolled only if the 2027 notice (if loaded) makes it a rest day.
		assertThat(window(disclosure, DeadlineKind.LAWSUIT_WINDOW))
				.isEqualTo(calendar.monthPeriodEnd(ALPHA, LocalDate.of(2026, 8, 3), 6).date())
				.isAfterOrEqualTo("2027-02-03");
		assertThat(deadlines.active(ALPHA, disclosure, DeadlineKind.REPLY)).isEmpty();
	}

	@Test
	void reconciliationMovesADriftedTimerBackToTheLedgerDate() {
		String caseNumber = openAndAccept();
		Job timer = timer(caseNumber, "replyDeadlineReached");
		management.rescheduleTimeDateJob(timer.getId(), "2026-12-31T00:00:00+08:00");

		int repaired = reconciliation.reconcile();

		assertThat(repaired).isGreaterThanOrEqualTo(1);
		assertThat(timer(caseNumber, "replyDeadlineReached").getDuedate()).isEqualTo(endOf(replyDue(caseNumber)));
		assertThat(actions(caseNumber)).contains("DEADLINE_TIMER_REPAIRED");
		assertThat(reconciliation.reconcile()).as("nothing left to repair").isZero();
	}

	@Test
	void reconciliationRunsDailyFromItsOwnTimer() {
		var definition = repository.createProcessDefinitionQuery().processDefinitionKey("deadlineReconciliation")
				.latestVersion().singleResult();

		assertThat(management.createTimerJobQuery().processDefinitionId(definition.getId()).count()).isEqualTo(1);
	}

	@Test
	void aFeeNoticePausesTheClockUntilPaymentAndAnUnpaidFeeAbandonsTheApplication() {
		String paid = openAndAccept();
		String unpaid = openAndAccept();
		LocalDate before = replyDue(paid);
		clock.setTo(LocalDate.of(2026, 6, 3));
		var notice = new FeeNoticeForm(FeeMethod.PER_PAGE, 120, new java.math.BigDecimal("1100.00"),
				"按量计收：31-100页每页10元，101-120页每页20元", LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 3));

		cases.noticeFee(paid, notice, HANDLER);
		cases.noticeFee(unpaid, notice, HANDLER);
		// F-5: 20 working days from the day after receipt on Wed 06-03, skipping the Dragon Boat Festival on 06-19.
		LocalDate payableUntil = calendar.addWorkingDays(LocalDate.of(2026, 6, 3), 20).date();
		assertThat(timer(unpaid, "feeWindowExpired").getDuedate()).isEqualTo(endOf(payableUntil));

		clock.setTo(LocalDate.of(2026, 6, 8));
		cases.recordFeePayment(paid, LocalDate.of(2026, 6, 8), CLERK);
		assertThat(calendar.workingDaysBetween(before, replyDue(paid))).as("06-03 … 06-08 excluded (F-6)").isEqualTo(4);
		assertThat(timer(paid, "feeWindowExpired").getDuedate()).isEqualTo(endOf(CaseVariables.PARKED));

		clock.setTo(payableUntil.plusDays(1));
		fire(timer(unpaid, "feeWindowExpired"));

		assertThat(steps(unpaid)).containsExactly("archiveCase");
		assertThat(cases.find(unpaid, CLERK)).satisfies(file -> {
			assertThat(file.status()).isEqualTo(CaseStatus.ABANDONED);
			assertThat(file.outcome()).isEqualTo(Outcome.ABANDONED_UNPAID);
		});
		assertThat(steps(paid)).containsExactly("handleRequest");
	}

	@Test
	void theLedgerExplainsHowTheReceiptDateWasFixed() {
		String caseNumber = openAndAccept();

		assertThat(deadlines.ledger(ALPHA, caseNumber)).first().satisfies(receipt -> {
			assertThat(receipt.kind()).isEqualTo(DeadlineKind.RECEIPT);
			assertThat(receipt.dueDate()).isEqualTo(MONDAY);
			assertThat(receipt.basis()).isEqualTo("Art. 31, R-31");
			assertThat(receipt.explanation()).contains("handed in on 2026-06-01", "Art. 31(1)");
		});
	}

	@Test
	void datesAreLocalToTheAgencyNotUtc() {
		// 00:30 on Mon 2026-06-01 in Beijing is still Sunday 05-31 in UTC.
		clock.setTo(MONDAY.atTime(0, 30));

		String caseNumber = openAndAccept();

		assertThat(cases.find(caseNumber, CLERK).receiptDate()).isEqualTo(MONDAY);
		assertThat(timer(caseNumber, "replyDeadlineReached").getDuedate())
				.isEqualTo(java.util.Date.from(java.time.ZonedDateTime.parse("2026-07-01T00:00:00+08:00").toInstant()));
	}

	String openAndAccept() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(LocalDate.ofInstant(clock.instant(),
				clock.getZone())), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		return caseNumber;
	}

	String delivered(Outcome outcome) {
		String caseNumber = openAndAccept();
		cases.recordSearch(caseNumber, searchedToday(), HANDLER);
		cases.draftReply(caseNumber, DisclosureRequestProcessTests.form(outcome), HANDLER);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);
		if (outcome.requiresHeadSignOff()) {
			cases.signOffReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), HEAD);
		}
		cases.deliverReply(caseNumber, new DeliveryForm(DeliveryMethod.IN_PERSON,
				LocalDate.ofInstant(clock.instant(), clock.getZone()), null, "张三"), CLERK);
		return caseNumber;
	}

	ogi.casework.reply.SearchForm searchedToday() {
		return new ogi.casework.reply.SearchForm(LocalDate.ofInstant(clock.instant(), clock.getZone()), "公文系统",
				"道路维修", null, null, true, null);
	}

	static ConsultationForm thirdParty(LocalDate sentOn) {
		return new ConsultationForm(ConsultationKind.THIRD_PARTY, "某建设公司", "拟公开贵公司投标文件，是否同意？", sentOn, null);
	}

	LocalDate replyDue(String caseNumber) {
		return cases.find(caseNumber, CLERK).replyDueDate();
	}

	LocalDate window(String caseNumber, DeadlineKind kind) {
		return deadlines.active(ALPHA, caseNumber, kind).orElseThrow().dueDate();
	}

	List<String> steps(String caseNumber) {
		return process.steps(ALPHA, caseNumber);
	}

	String openTask(String caseNumber, String step) {
		return process.openTask(ALPHA, caseNumber, step);
	}

	List<String> actions(String caseNumber) {
		return process.actions(ALPHA, caseNumber);
	}

	String processOf(String caseNumber) {
		return process.processOf(ALPHA, caseNumber);
	}

	Job timer(String caseNumber, String timerId) {
		return process.timer(ALPHA, caseNumber, timerId);
	}

	void fire(Job timer) {
		process.fire(timer);
	}

	static Date endOf(LocalDate day) {
		return CaseVariables.endOf(day, TestClockConfiguration.ZONE);
	}

	static Date at8(LocalDate day) {
		return Date.from(day.atTime(8, 0).atZone(TestClockConfiguration.ZONE).toInstant());
	}
}
