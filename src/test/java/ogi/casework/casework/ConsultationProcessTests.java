package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ogi.casework.support.Cases;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.consultation.AnswerForm;
import ogi.casework.consultation.AssistanceAnswerForm;
import ogi.casework.consultation.AssistanceForm;
import ogi.casework.consultation.ConsultationForm;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.Opinion;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.PublicInterestOverride;
import ogi.casework.reply.SearchForm;
import ogi.casework.reply.WithheldPart;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.InvalidInput;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/** What the consulted say constrains the reply: Art. 32 for third parties, Art. 34 for co-making agencies. */
@CaseworkIntegrationTest
class ConsultationProcessTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	static final CurrentUser HANDLER = user(ALPHA, Role.HANDLER);

	static final CurrentUser REVIEWER = user(ALPHA, Role.REVIEWER);

	static final CurrentUser HEAD = user(ALPHA, Role.HEAD);

	@Autowired
	Cases cases;

	@Autowired
	CaseProcess process;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void itIsMonday() {
		clock.setTo(MONDAY);
	}

	@Test
	void aThirdPartysObjectionIsUpheldByWithholding() {
		String caseNumber = consulted(ConsultationKind.THIRD_PARTY, Opinion.OBJECTS);

		assertThatThrownBy(() -> cases.draftReply(caseNumber, disclose(null), HANDLER))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(InvalidInput.FieldViolation::rule).containsExactly("thirdPartyObjection"));
		cases.draftReply(caseNumber, new DraftForm(Outcome.DENY, ExemptionGround.THIRD_PARTY_RIGHTS,
				"第三方不同意公开且理由合理（第十五条、第三十二条）", null, null, null, null, null), HANDLER);
		approveAndSignOff(caseNumber);
		cases.deliverReply(caseNumber, delivered(MONDAY), CLERK);

		assertThat(cases.find(caseNumber, CLERK).outcome()).isEqualTo(Outcome.DENY);
	}

	@Test
	void aPartialDisclosureWithholdingTheThirdPartysPartRespectsTheObjection() {
		String caseNumber = consulted(ConsultationKind.THIRD_PARTY, Opinion.OBJECTS);

		cases.draftReply(caseNumber, new DraftForm(Outcome.PARTIAL, null, null, "电子邮件发送其余部分", null, null, null,
				List.of(new WithheldPart("投标报价明细", ExemptionGround.THIRD_PARTY_RIGHTS, "商业秘密"))), HANDLER);

		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("reviewReply");
	}

	@Test
	void aPublicInterestOverrideNeedsItsReasoningAndTheThirdPartyToldBeforeDisclosure() {
		String caseNumber = consulted(ConsultationKind.THIRD_PARTY, Opinion.OBJECTS);
		LocalDate noticed = LocalDate.of(2026, 6, 5);

		cases.draftReply(caseNumber, disclose(new PublicInterestOverride("涉及公共安全，不公开将对公共利益造成重大影响", noticed)),
				HANDLER);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);
		clock.setTo(noticed);

		assertThatThrownBy(() -> cases.deliverReply(caseNumber, delivered(LocalDate.of(2026, 6, 4)), CLERK))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(InvalidInput.FieldViolation::rule).containsExactly("thirdPartyNoticeFirst"));
		cases.deliverReply(caseNumber, delivered(noticed), CLERK);
		assertThat(cases.find(caseNumber, CLERK).outcome()).isEqualTo(Outcome.DISCLOSE);
	}

	@Test
	void aSilentThirdPartyIsNotConsentTheAgencySaysWhyItDiscloses() {
		String caseNumber = consulted(ConsultationKind.THIRD_PARTY, Opinion.NO_ANSWER);

		assertThatThrownBy(() -> cases.draftReply(caseNumber, disclose(null), HANDLER))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(InvalidInput.FieldViolation::rule).containsExactly("thirdPartySilence"));
		cases.draftReply(caseNumber, new DraftForm(Outcome.DISCLOSE, null, "第三方逾期未提出意见；经审查不涉及商业秘密，决定公开",
				"电子邮件提供", null, null, null, null), HANDLER);

		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("reviewReply");
	}

	@Test
	void anotherAgencysSilenceCountsAsConsent() {
		String caseNumber = consulted(ConsultationKind.OTHER_AGENCY, Opinion.NO_ANSWER);

		cases.draftReply(caseNumber, disclose(null), HANDLER);

		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("reviewReply");
	}

	@Test
	void assistanceAnswersJoinTheSearchAndANotExistReplyMustAgreeWithThem() {
		String caseNumber = accepted();
		cases.requestAssistance(caseNumber, new AssistanceForm("档案室", "请检索2025年道路维修资金拨付文件", MONDAY,
				LocalDate.of(2026, 6, 5)), HANDLER);
		cases.recordSearch(caseNumber, new SearchForm(MONDAY, "公文系统", "维修资金", null, "档案室", false, null), HANDLER);
		var notExist = new DraftForm(Outcome.NOT_EXIST, null, "经检索，本机关未制作或获取该信息", null, null, null, null, null);

		assertThatThrownBy(() -> cases.draftReply(caseNumber, notExist, HANDLER))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(InvalidInput.FieldViolation::rule).containsExactly("assistancePending"));
		cases.answerAssistance(caseNumber, 1, new AssistanceAnswerForm(true, "纸质档案2025年卷", "在第12卷中找到", MONDAY),
				HANDLER);
		assertThatThrownBy(() -> cases.draftReply(caseNumber, notExist, HANDLER))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(InvalidInput.FieldViolation::rule).containsExactly("consistent"));
		assertThat(cases.view(caseNumber, HANDLER).assistance()).singleElement()
				.satisfies(answer -> assertThat(answer.found()).isTrue());
	}

	@Test
	void aDeliberationHoldsTheDraftUntilEveryParticipantHasSpoken() {
		String caseNumber = accepted();
		cases.recordSearch(caseNumber, new SearchForm(MONDAY, "公文系统", "投标文件", null, null, true, null), HANDLER);
		cases.openDeliberation(caseNumber, new Forms.DeliberationRequest("是否属于过程性信息",
				List.of("alpha-reviewer", "alpha-legal")), HANDLER);

		assertThatThrownBy(() -> cases.draftReply(caseNumber, disclose(null), HANDLER))
				.isInstanceOfSatisfying(ActionNotAllowed.class, e -> assertThat(e.rule()).isEqualTo("deliberationPending"))
				.hasMessageContaining("alpha-reviewer").hasMessageContaining("alpha-legal");
		cases.recordDeliberationOpinion(caseNumber, new Forms.DeliberationOpinion("不属于过程性信息，可公开"),
				user(ALPHA, Role.LEGAL));
		assertThatThrownBy(() -> cases.recordDeliberationOpinion(caseNumber, new Forms.DeliberationOpinion("同意"), HEAD))
				.isInstanceOfSatisfying(ActionNotAllowed.class, e -> assertThat(e.rule()).isEqualTo("participant"));
		cases.recordDeliberationOpinion(caseNumber, new Forms.DeliberationOpinion("同意法制意见"), REVIEWER);

		cases.draftReply(caseNumber, disclose(null), HANDLER);
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("reviewReply");
		assertThat(cases.view(caseNumber, HANDLER).deliberation().opinions()).hasSize(2);
	}

	@Test
	void anArchivedCaseTakesNoMoreRecords() {
		String caseNumber = consulted(ConsultationKind.OTHER_AGENCY, Opinion.AGREES);
		cases.draftReply(caseNumber, disclose(null), HANDLER);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);
		cases.deliverReply(caseNumber, delivered(MONDAY), CLERK);
		cases.archive(caseNumber, CLERK);

		assertThatThrownBy(() -> cases.assessReasons(caseNumber, new ogi.casework.reply.Art35Form.Assessment(
				ogi.casework.reply.Art35Inquiry.Assessment.NO_REASONS_GIVEN, null, null, "迟到的记录"), HANDLER))
				.isInstanceOfSatisfying(ActionNotAllowed.class, e -> assertThat(e.rule()).isEqualTo("archived"));
		assertThatThrownBy(() -> cases.recordFeePayment(caseNumber, MONDAY, CLERK))
				.isInstanceOfSatisfying(ActionNotAllowed.class, e -> assertThat(e.rule()).isEqualTo("archived"));
	}

	String accepted() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(MONDAY), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		return caseNumber;
	}

	String consulted(ConsultationKind kind, Opinion opinion) {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(MONDAY), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		cases.requestConsultation(caseNumber, new ConsultationForm(kind, kind == ConsultationKind.THIRD_PARTY
				? "某建设公司" : "区财政局", "拟公开，是否同意？", MONDAY, null), HANDLER);
		if (opinion == Opinion.NO_ANSWER) {
			// Silence is the process's conclusion once the window (15 working days from Mon 06-01: Tue 06-23) passed.
			clock.setTo(LocalDate.of(2026, 7, 1));
			cases.recordSearch(caseNumber, new SearchForm(MONDAY, "公文系统", "投标文件", null, null, true, null), HANDLER);
		}
		else {
			cases.recordSearch(caseNumber, new SearchForm(MONDAY, "公文系统", "投标文件", null, null, true, null), HANDLER);
			cases.answerConsultation(caseNumber, 1, new AnswerForm(opinion,
					opinion == Opinion.OBJECTS ? "涉及商业秘密" : null, MONDAY), HANDLER);
		}
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("draftReply");
		return caseNumber;
	}

	void approveAndSignOff(String caseNumber) {
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);
		cases.signOffReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), HEAD);
	}

	static DraftForm disclose(PublicInterestOverride override) {
		return new DraftForm(Outcome.DISCLOSE, null, null, "于6月10日前电子邮件提供", null, null, null, null, override);
	}

	static DeliveryForm delivered(LocalDate on) {
		return new DeliveryForm(DeliveryMethod.ELECTRONIC, on, null, "zhang@example.cn", on);
	}
}
