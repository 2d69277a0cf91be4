package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.reply.DeliveryForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.Outcome;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * No input can strand a case: a reply that cannot be delivered as it stands (here a letter that cannot be rendered —
 * the step classes are called directly, past the API's text normalisation) is refused with a problem the clerk can act
 * on, the failure is in the audit trail, and the clerk returns the reply to the handler, who corrects it.
 */
@CaseworkIntegrationTest
class StrandedCaseProcessTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	static final CurrentUser HANDLER = user(ALPHA, Role.HANDLER);

	static final CurrentUser REVIEWER = user(ALPHA, Role.REVIEWER);

	@Autowired
	Cases cases;

	@Autowired
	CaseProcess process;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
	}

	@Test
	void aReplyWhoseLetterCannotBeProducedIsNotApprovedAndGoesBackToTheHandlerWithTheReason() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(FRIDAY), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		cases.recordSearch(caseNumber, DisclosureRequestProcessTests.found(true), HANDLER);
		// A vertical tab, as Word inserts for Shift+Enter, in the way the information is provided.
		cases.draftReply(caseNumber, new DraftForm(Outcome.DISCLOSE, null, null, "电子邮件提供\u000b附件见后", null,
				null, null, null), HANDLER);

		// the letter is produced at approval: the approval is refused, the case stays with the reviewer
		assertThatThrownBy(() -> cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER))
				.isInstanceOfSatisfying(ActionNotAllowed.class,
						e -> assertThat(e.rule()).isEqualTo("letterNotRendered"));
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("reviewReply");
		assertThat(process.actions(ALPHA, caseNumber)).contains("ACTION_FAILED").doesNotContain("REPLY_APPROVED");
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.RETURN, "答复书中有无法打印的字符，请修改"), REVIEWER);

		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("draftReply");
		assertThat(cases.find(caseNumber, CLERK).status()).isEqualTo(ogi.casework.shared.CaseStatus.DRAFTING);
		cases.draftReply(caseNumber, DisclosureRequestProcessTests.form(Outcome.DISCLOSE), HANDLER);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);
		cases.deliverReply(caseNumber, new DeliveryForm(DeliveryMethod.IN_PERSON, FRIDAY, null, "张三"), CLERK);
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("archiveCase");
	}

	@Test
	void theClerkReturnsAnApprovedReplyThatCannotBeSentAndTheHandlerRedraftsIt() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(FRIDAY), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		cases.recordSearch(caseNumber, DisclosureRequestProcessTests.found(true), HANDLER);
		cases.draftReply(caseNumber, DisclosureRequestProcessTests.form(Outcome.DISCLOSE), HANDLER);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);

		cases.returnForCorrection(caseNumber, new Forms.DeliveryReturn("申请人地址有误，邮件无法寄出"), CLERK);

		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("draftReply");
		assertThat(process.actions(ALPHA, caseNumber)).contains("REPLY_RETURNED_FOR_CORRECTION")
			.doesNotContain("REPLY_DELIVERED");
		cases.draftReply(caseNumber, DisclosureRequestProcessTests.form(Outcome.DISCLOSE), HANDLER);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);
		cases.deliverReply(caseNumber, new DeliveryForm(DeliveryMethod.IN_PERSON, FRIDAY, null, "张三"), CLERK);
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("archiveCase");
	}

	@Test
	void onlyTheClerkAtTheDeliveryStepReturnsAReplyAndSaysWhy() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(FRIDAY), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);

		assertThatThrownBy(() -> cases.returnForCorrection(caseNumber, new Forms.DeliveryReturn("理由"), CLERK))
				.isInstanceOfSatisfying(ActionNotAllowed.class, e -> assertThat(e.rule()).isEqualTo("currentStep"));
	}
}
