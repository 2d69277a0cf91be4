package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import ogi.casework.shared.CaseStatus;
import ogi.casework.support.Cases;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.audit.AuditEntry;
import ogi.casework.audit.AuditManagement;
import ogi.casework.consultation.AnswerForm;
import ogi.casework.consultation.ConsultationForm;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.Opinion;
import ogi.casework.reply.Art35Form;
import ogi.casework.reply.Art35Inquiry;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchForm;
import ogi.casework.reply.WithheldPart;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;
import ogi.casework.support.TestClockConfiguration;

/** Walks the disclosure-request BPMN like a script, one outcome family at a time, with the clock in the test's hand. */
@CaseworkIntegrationTest
class DisclosureRequestProcessTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	static final CurrentUser HANDLER = user(ALPHA, Role.HANDLER);

	static final CurrentUser REVIEWER = user(ALPHA, Role.REVIEWER);

	static final CurrentUser HEAD = user(ALPHA, Role.HEAD);

	@Autowired
	Cases cases;

	@Autowired
	AuditManagement audit;

	@Autowired
	ManagementService management;

	@Autowired
	MutableClock clock;

	@Autowired
	org.flowable.engine.TaskService tasks;

	@Autowired
	ogi.casework.casework.process.CaseProcess engine;

	@Autowired
	ogi.casework.support.CaseProcess process;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
	}

	@Test
	void aStepAColleagueClaimedSinceItWasReadIsRefusedWithTheRuleNotAFailure() {
		String caseNumber = openAndAccept();
		String task = process.openTask(ALPHA, caseNumber, "handleRequest");
		// the colleague's claim commits after this handler's read of the open steps, before their own claim
		tasks.claim(task, "alpha-handler-2");

		assertThatThrownBy(() -> engine.claim(task, HANDLER.username()))
				.isInstanceOfSatisfying(ActionNotAllowed.class, e -> assertThat(e.rule()).isEqualTo("claimedByOther"));
		assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("alpha-handler-2");
	}

	@Test
	void disclosureGoesFromRegistrationThroughReviewToArchiveWithoutTheHead() {
		String caseNumber = openAndAccept();
		assertThat(steps(caseNumber)).containsExactly("handleRequest");

		cases.recordSearch(caseNumber, found(true), HANDLER);
		cases.draftReply(caseNumber, form(Outcome.DISCLOSE), HANDLER);
		cases.reviewReply(caseNumber, approve(), REVIEWER);
		assertThat(steps(caseNumber)).containsExactly("deliverReply");

		cases.deliverReply(caseNumber, delivered(), CLERK);
		cases.archive(caseNumber, CLERK);

		assertThat(cases.find(caseNumber, CLERK)).satisfies(file -> {
			assertThat(file.status()).isEqualTo(CaseStatus.ARCHIVED);
			assertThat(file.outcome()).isEqualTo(Outcome.DISCLOSE);
			assertThat(file.closedAt()).isNotNull();
		});
		assertThat(processEnded(caseNumber)).isTrue();
		assertThat(actions(caseNumber)).containsExactly("APPLICATION_RECEIVED", "APPLICATION_REGISTERED",
				"SEARCH_RECORDED", "REPLY_DRAFTED", "REPLY_APPROVED", "REPLY_DELIVERED", "CASE_ARCHIVED",
				"ARCHIVE_SEALED");
	}

	@Test
	void refusalIsReturnedByTheReviewerThenSignedOffByTheHead() {
		String caseNumber = openAndAccept();
		cases.recordSearch(caseNumber, found(true), HANDLER);
		cases.draftReply(caseNumber, form(Outcome.DENY), HANDLER);

		cases.reviewReply(caseNumber, new ReviewForm(Verdict.RETURN, "理由不充分，请补充依据"), REVIEWER);
		assertThat(steps(caseNumber)).containsExactly("draftReply");

		cases.draftReply(caseNumber, form(Outcome.DENY), HANDLER);
		cases.reviewReply(caseNumber, approve(), REVIEWER);
		assertThat(steps(caseNumber)).containsExactly("signOffReply");

		cases.signOffReply(caseNumber, new ReviewForm(Verdict.RETURN, "请核实第三方意见"), HEAD);
		assertThat(steps(caseNumber)).containsExactly("draftReply");

		cases.draftReply(caseNumber, form(Outcome.DENY), HANDLER);
		cases.reviewReply(caseNumber, approve(), REVIEWER);
		cases.signOffReply(caseNumber, approve(), HEAD);
		assertThat(steps(caseNumber)).containsExactly("deliverReply");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyDraftableOutcome")
	void everyOutcomeCanBeRecordedWithItsRequiredContent(Outcome outcome) {
		String caseNumber = openAndAccept();
		if (outcome == Outcome.ART35_REFUSED) {
			cases.askForReasons(caseNumber, new Art35Form.Request(FRIDAY, "本月已提交申请120件"), HANDLER);
			cases.assessReasons(caseNumber, new Art35Form.Assessment(Art35Inquiry.Assessment.NO_REASONS_GIVEN, null,
					null, "申请人未说明理由"), HANDLER);
		}
		cases.recordSearch(caseNumber, found(outcome != Outcome.NOT_EXIST), HANDLER);
		if (outcome == Outcome.REPEAT) {
			String unanswered = openAndAccept();
			assertThatThrownBy(() -> cases.draftReply(caseNumber,
					new DraftForm(Outcome.REPEAT, null, null, null, null, null, unanswered, null), HANDLER))
					.as("Art. 36(6): only a request already answered makes a repeat")
					.hasMessageContaining("already answered");
		}
		DraftForm form = outcome == Outcome.REPEAT
				? new DraftForm(Outcome.REPEAT, null, null, null, null, null, answeredCase(), null)
				: form(outcome);

		cases.draftReply(caseNumber, form, HANDLER);
		cases.reviewReply(caseNumber, approve(), REVIEWER);
		if (outcome.requiresHeadSignOff()) {
			assertThat(steps(caseNumber)).containsExactly("signOffReply");
			cases.signOffReply(caseNumber, approve(), HEAD);
		}
		cases.deliverReply(caseNumber, delivered(), CLERK);
		cases.archive(caseNumber, CLERK);

		assertThat(cases.find(caseNumber, CLERK).outcome()).isEqualTo(outcome);
		assertThat(processEnded(caseNumber)).isTrue();
	}

	@Test
	void supplementThatNeverComesClosesTheCaseAsAbandoned() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(FRIDAY), CLERK).caseNumber();

		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.SUPPLEMENT,
				new Forms.SupplementNotice(FRIDAY, "请明确所需信息的年份和道路名称", 15), null), CLERK);

		Job timer = timer(caseNumber, "supplementPeriodExpired");
		// 15 working days after Fri 2026-11-20 is Fri 2026-12-11; the period passes at the following midnight.
		assertThat(timer.getDuedate().toInstant())
				.isEqualTo(ZonedDateTime.of(2026, 12, 12, 0, 0, 0, 0, TestClockConfiguration.ZONE).toInstant());
		assertThat(cases.find(caseNumber, CLERK).replyDueDate()).as("Art. 30: no reply due until the supplement")
				.isNull();

		clock.setTo(LocalDate.of(2026, 12, 14));
		fire(timer);

		assertThat(steps(caseNumber)).containsExactly("archiveCase");
		assertThat(cases.find(caseNumber, CLERK)).satisfies(file -> {
			assertThat(file.status()).isEqualTo(CaseStatus.ABANDONED);
			assertThat(file.outcome()).isEqualTo(Outcome.ABANDONED_NO_SUPPLEMENT);
		});
		assertThat(audit.history(ALPHA, caseNumber)).filteredOn(entry -> entry.action().equals("APPLICATION_ABANDONED"))
				.singleElement().extracting(AuditEntry::actor).isEqualTo("system");

		cases.archive(caseNumber, CLERK);
		assertThat(processEnded(caseNumber)).isTrue();
	}

	@Test
	void supplementRestartsTheReplyPeriodFromItsReceipt() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(FRIDAY), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.SUPPLEMENT,
				new Forms.SupplementNotice(FRIDAY, "请明确年份", null), null), CLERK);
		clock.setTo(LocalDate.of(2026, 11, 25));

		cases.receiveSupplement(caseNumber, new Forms.SupplementReceived(LocalDate.of(2026, 11, 25), "2025年"), CLERK);

		// Art. 30: 20 working days from Wed 2026-11-25 → Wed 2026-12-23.
		assertThat(cases.find(caseNumber, CLERK).replyDueDate()).isEqualTo("2026-12-23");
		assertThat(timer(caseNumber, "replyDeadlineReached").getDuedate().toInstant())
				.isEqualTo(ZonedDateTime.of(2026, 12, 24, 0, 0, 0, 0, TestClockConfiguration.ZONE).toInstant());
		assertThat(steps(caseNumber)).containsExactly("handleRequest");
	}

	@Test
	void onTheSpotReplyGoesStraightToTheArchive() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(FRIDAY), CLERK).caseNumber();

		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ON_THE_SPOT, null,
				new DraftForm(Outcome.ALREADY_PUBLIC, null, null, "已在区政府门户网站公开：https://www.example.gov.cn/x",
						null, null, null, null)), CLERK);

		assertThat(steps(caseNumber)).containsExactly("archiveCase");
		assertThat(cases.find(caseNumber, CLERK).outcome()).isEqualTo(Outcome.ALREADY_PUBLIC);
		assertThat(management.createTimerJobQuery().processInstanceId(processOf(caseNumber)).count()).isZero();
	}

	@Test
	void onTheSpotRefusalIsNotAllowed() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(FRIDAY), CLERK).caseNumber();

		assertThatThrownBy(() -> cases.register(caseNumber, new Forms.Registration(
				Forms.RegistrationDecision.ON_THE_SPOT, null, form(Outcome.DENY)), CLERK))
				.hasMessageContaining("cannot be answered on the spot");
		assertThat(steps(caseNumber)).containsExactly("registerApplication");
	}

	@Test
	void consultationHoldsTheCaseUntilEveryAnswerIsIn() {
		String caseNumber = openAndAccept();
		cases.requestConsultation(caseNumber, new ConsultationForm(ConsultationKind.THIRD_PARTY, "某建设公司",
				"拟公开贵公司投标文件，是否同意？", FRIDAY, null), HANDLER);
		cases.requestConsultation(caseNumber, new ConsultationForm(ConsultationKind.OTHER_AGENCY, "区财政局",
				"共同制作的资金文件拟公开", FRIDAY, null), HANDLER);

		cases.recordSearch(caseNumber, found(true), HANDLER);
		assertThat(steps(caseNumber)).containsExactly("awaitConsultationAnswers");

		cases.answerConsultation(caseNumber, 1, new AnswerForm(Opinion.OBJECTS, "涉及商业秘密", FRIDAY), HANDLER);
		assertThat(steps(caseNumber)).containsExactly("awaitConsultationAnswers");

		cases.answerConsultation(caseNumber, 2, new AnswerForm(Opinion.AGREES, null, FRIDAY), HANDLER);
		assertThat(steps(caseNumber)).containsExactly("draftReply");
		assertThat(cases.find(caseNumber, HANDLER).status()).isEqualTo(CaseStatus.DRAFTING);
	}

	@Test
	void overdueReplyEscalatesToTheHeadExactlyOnce() {
		String caseNumber = openAndAccept();
		Job timer = timer(caseNumber, "replyDeadlineReached");
		// 20 working days after Fri 2026-11-20 is Fri 2026-12-18 (Art. 33(2)).
		assertThat(timer.getDuedate().toInstant())
				.isEqualTo(ZonedDateTime.of(2026, 12, 19, 0, 0, 0, 0, TestClockConfiguration.ZONE).toInstant());

		clock.setTo(LocalDate.of(2026, 12, 21));
		fire(timer);

		assertThat(steps(caseNumber)).containsExactlyInAnyOrder("handleRequest", "superviseOverdueReply");
		assertThat(timer(caseNumber, "replyDeadlineReached")).isNull();
		assertThat(cases.view(caseNumber, HEAD).overdue()).isTrue();
		assertThat(actions(caseNumber)).filteredOn("REPLY_OVERDUE"::equals).hasSize(1);

		cases.recordSearch(caseNumber, found(true), HANDLER);
		cases.draftReply(caseNumber, form(Outcome.DISCLOSE), HANDLER);
		cases.reviewReply(caseNumber, approve(), REVIEWER);
		cases.deliverReply(caseNumber, delivered(), CLERK);
		cases.archive(caseNumber, CLERK);

		assertThat(processEnded(caseNumber)).as("archiving ends the open supervision too").isTrue();
	}

	@Test
	void art35RefusalNeedsReasonsAskedForAndJudgedUnreasonable() {
		String caseNumber = openAndAccept();
		cases.recordSearch(caseNumber, found(true), HANDLER);
		var refusal = form(Outcome.ART35_REFUSED);

		assertThatThrownBy(() -> cases.draftReply(caseNumber, refusal, HANDLER)).hasMessageContaining("Art. 35");
		cases.askForReasons(caseNumber, new Art35Form.Request(FRIDAY, "同一申请人本月申请300件"), HANDLER);
		cases.assessReasons(caseNumber, new Art35Form.Assessment(Art35Inquiry.Assessment.REASONABLE, FRIDAY,
				"为学术研究需要", "理由合理，但无法在法定期限内答复"), HANDLER);
		assertThatThrownBy(() -> cases.draftReply(caseNumber, refusal, HANDLER)).hasMessageContaining("Art. 35");

		cases.requestExtension(caseNumber, new Forms.ExtensionRequest(ogi.casework.deadlines.ExtensionKind.REASONABLE_DELAY,
				40, "300件，需分批处理"), HANDLER);
		assertThat(steps(caseNumber)).contains("approveExtension");
	}

	@Test
	void anActionOutsideItsStepIsRefusedAndChangesNothing() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(FRIDAY), CLERK).caseNumber();

		assertThatThrownBy(() -> cases.draftReply(caseNumber, form(Outcome.DISCLOSE), HANDLER))
				.isInstanceOfSatisfying(ActionNotAllowed.class, e -> assertThat(e.rule()).isEqualTo("currentStep"))
				.hasMessageContaining("registerApplication");
		assertThat(steps(caseNumber)).containsExactly("registerApplication");
		assertThat(actions(caseNumber)).containsExactly("APPLICATION_RECEIVED");
	}

	static Stream<Arguments> everyDraftableOutcome() {
		return Stream.of(Outcome.values()).filter(Outcome::isDraftable).map(Arguments::of);
	}

	static DraftForm form(Outcome outcome) {
		return switch (outcome) {
			case DENY -> new DraftForm(outcome, ExemptionGround.PROCESS_INFO, "属于内部讨论记录，决定不予公开", null, null,
					null, null, null);
			case PARTIAL -> new DraftForm(outcome, null, null, "电子邮件发送可公开部分", null, null, null,
					List.of(new WithheldPart("附件二中的个人信息", ExemptionGround.THIRD_PARTY_RIGHTS, "涉及个人隐私")));
			case DISCLOSE, ALREADY_PUBLIC, PUBLICATION -> new DraftForm(outcome, null, null,
					"于2026年12月1日前通过电子邮件提供", null, null, null, null);
			case NOT_RESPONSIBLE -> new DraftForm(outcome, null, "该信息由区财政局制作", null, "区财政局",
					"010-12345678", null, null);
			default -> new DraftForm(outcome, null, "依据" + outcome.article() + "答复", null, null, null, null, null);
		};
	}

	String answeredCase() {
		String caseNumber = openAndAccept();
		cases.recordSearch(caseNumber, found(true), HANDLER);
		cases.draftReply(caseNumber, form(Outcome.DISCLOSE), HANDLER);
		cases.reviewReply(caseNumber, approve(), REVIEWER);
		cases.deliverReply(caseNumber, delivered(), CLERK);
		return caseNumber;
	}

	String openAndAccept() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(FRIDAY), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		return caseNumber;
	}

	static SearchForm found(boolean found) {
		return new SearchForm(FRIDAY, "区政府公文系统、档案室纸质档案", "道路维修 资金", "2025-01-01至2025-12-31", "财务科",
				found, null);
	}

	static ReviewForm approve() {
		return new ReviewForm(Verdict.APPROVE, null);
	}

	static DeliveryForm delivered() {
		return new DeliveryForm(DeliveryMethod.ELECTRONIC, FRIDAY, null, "zhang@example.cn", FRIDAY);
	}

	List<String> steps(String caseNumber) {
		return process.steps(ALPHA, caseNumber);
	}

	List<String> actions(String caseNumber) {
		return process.actions(ALPHA, caseNumber);
	}

	String processOf(String caseNumber) {
		return process.processOf(ALPHA, caseNumber);
	}

	boolean processEnded(String caseNumber) {
		return process.ended(ALPHA, caseNumber);
	}

	Job timer(String caseNumber, String timerId) {
		return process.timer(ALPHA, caseNumber, timerId);
	}

	void fire(Job timer) {
		process.fire(timer);
	}
}
