package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ogi.casework.shared.CaseStatus;
import ogi.casework.support.Cases;
import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchForm;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.ReviewStage;
import ogi.casework.review.ReviewManagement;
import ogi.casework.review.Verdict;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * A reply whose litigation risk reaches the legal-review level (HIGH by default) sees legal staff after the
 * reviewer; any other goes on as before.
 */
@CaseworkIntegrationTest
class LegalReviewProcessTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	static final CurrentUser HANDLER = user(ALPHA, Role.HANDLER);

	static final CurrentUser REVIEWER = user(ALPHA, Role.REVIEWER);

	static final CurrentUser LEGAL = user(ALPHA, Role.LEGAL);

	@Autowired
	Cases cases;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	CaseProcess process;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
	}

	@Test
	void notExistWithoutACompleteSearchRecordGoesThroughLegalReviewBeforeDelivery() {
		String caseNumber = openAndAccept();
		cases.recordSearch(caseNumber, searchWithoutPeriodOrDepartments(), HANDLER);
		cases.draftReply(caseNumber, notExist(), HANDLER);

		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("legalReviewReply");
		assertThat(cases.find(caseNumber, CLERK).status()).isEqualTo(CaseStatus.IN_LEGAL_REVIEW);

		cases.legalReviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, "检索范围可接受"), LEGAL);

		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("deliverReply");
		assertThat(process.actions(ALPHA, caseNumber)).containsSubsequence("REPLY_APPROVED", "LEGAL_REVIEW_APPROVED");
		assertThat(reviews.decisions(ALPHA, caseNumber)).anySatisfy(decision -> {
			assertThat(decision.stage()).isEqualTo(ReviewStage.LEGAL_REVIEW);
			assertThat(decision.decidedBy()).isEqualTo(LEGAL.username());
			assertThat(decision.reason()).isEqualTo("检索范围可接受");
			assertThat(decision.decidedAt()).isNotNull();
		});
	}

	@Test
	void lowRiskReplyGoesStraightToDeliveryWithoutLegalReview() {
		String caseNumber = openAndAccept();
		cases.recordSearch(caseNumber, DisclosureRequestProcessTests.found(true), HANDLER);
		cases.draftReply(caseNumber, DisclosureRequestProcessTests.form(Outcome.DISCLOSE), HANDLER);

		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);

		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("deliverReply");
		assertThat(process.actions(ALPHA, caseNumber)).doesNotContain("LEGAL_REVIEW_APPROVED");
	}

	@Test
	void legalReturnSendsTheReplyBackToDraftingWithItsReason() {
		String caseNumber = openAndAccept();
		cases.recordSearch(caseNumber, searchWithoutPeriodOrDepartments(), HANDLER);
		cases.draftReply(caseNumber, notExist(), HANDLER);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);

		cases.legalReviewReply(caseNumber, new ReviewForm(Verdict.RETURN, "请补充检索期间和询问的科室"), LEGAL);

		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("draftReply");
		assertThat(cases.find(caseNumber, CLERK).status()).isEqualTo(CaseStatus.DRAFTING);
		assertThat(process.actions(ALPHA, caseNumber)).endsWith("LEGAL_REVIEW_RETURNED");

		cases.draftReply(caseNumber, notExist(), HANDLER);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);
		assertThat(process.steps(ALPHA, caseNumber)).as("the redraft is as risky, so legal staff see it again")
				.containsExactly("legalReviewReply");
	}

	@Test
	void legalReturnNeedsAReason() {
		String caseNumber = riskyReplyAtLegalReview();

		assertThatThrownBy(() -> cases.legalReviewReply(caseNumber, new ReviewForm(Verdict.RETURN, " "), LEGAL))
				.hasMessageContaining("reason");
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("legalReviewReply");
	}

	@Test
	void rejectsLegalReviewByTheDrafter() {
		var drafter = new CurrentUser("alpha-drafting-lawyer", "Drafting lawyer", ALPHA, Set.of(Role.HANDLER, Role.LEGAL));
		String caseNumber = openAndAccept();
		cases.recordSearch(caseNumber, searchWithoutPeriodOrDepartments(), drafter);
		cases.draftReply(caseNumber, notExist(), drafter);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);

		assertThatThrownBy(() -> cases.legalReviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), drafter))
				.isInstanceOf(ActionNotAllowed.class).hasMessageContaining("someone else");
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("legalReviewReply");
	}

	private String riskyReplyAtLegalReview() {
		String caseNumber = openAndAccept();
		cases.recordSearch(caseNumber, searchWithoutPeriodOrDepartments(), HANDLER);
		cases.draftReply(caseNumber, notExist(), HANDLER);
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), REVIEWER);
		return caseNumber;
	}

	private String openAndAccept() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(FRIDAY), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		return caseNumber;
	}

	/** Spec §8.3 item 6 asks for the period searched and the departments asked as well. */
	private static SearchForm searchWithoutPeriodOrDepartments() {
		return new SearchForm(FRIDAY, "区政府公文系统", "道路维修 资金", null, null, false, null);
	}

	private static DraftForm notExist() {
		return DisclosureRequestProcessTests.form(Outcome.NOT_EXIST);
	}
}
