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

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.deadlines.ExtensionKind;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchForm;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * Separation of duties through the real steps, pair by pair: people who hold several roles may do each, but never two
 * duties that must differ on the same draft or request.
 */
@CaseworkIntegrationTest
class SeparationOfDutiesProcessTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	static final CurrentUser CLERK = user(ALPHA, Role.CLERK);

	static final CurrentUser HANDLER = user(ALPHA, Role.HANDLER);

	static final CurrentUser REVIEWER = user(ALPHA, Role.REVIEWER);

	static final CurrentUser HEAD = user(ALPHA, Role.HEAD);

	/** A deputy who may review and sign off: never both for one draft. */
	static final CurrentUser DEPUTY = new CurrentUser("alpha-deputy", "ALPHA deputy", ALPHA,
			Set.of(Role.REVIEWER, Role.HEAD));

	/** A handler who heads the office: never approves their own extension or signs off their own draft. */
	static final CurrentUser HANDLING_HEAD = new CurrentUser("alpha-handling-head", "ALPHA handling head", ALPHA,
			Set.of(Role.HANDLER, Role.HEAD));

	/** Legal staff who also handle cases: never legally review their own draft. */
	static final CurrentUser HANDLING_LAWYER = new CurrentUser("alpha-handling-lawyer", "ALPHA handling lawyer", ALPHA,
			Set.of(Role.HANDLER, Role.LEGAL));

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
	void rejectsTheSignOffOfADraftBySomeoneWhoReviewedIt() {
		String caseNumber = drafted(deny(), HANDLER);
		cases.reviewReply(caseNumber, approve(), DEPUTY);

		assertRefused(() -> cases.signOffReply(caseNumber, approve(), DEPUTY));
		cases.signOffReply(caseNumber, approve(), HEAD);
		assertThat(process.steps(ALPHA, caseNumber)).containsExactly("deliverReply");
	}

	@Test
	void rejectsTheSignOffOfADraftBySomeoneWhoDraftedIt() {
		String caseNumber = drafted(deny(), HANDLING_HEAD);
		cases.reviewReply(caseNumber, approve(), REVIEWER);

		assertRefused(() -> cases.signOffReply(caseNumber, approve(), HANDLING_HEAD));
	}

	@Test
	void rejectsTheReviewOfADraftBySomeoneWhoDraftedIt() {
		CurrentUser handlerReviewer = new CurrentUser("alpha-handler-reviewer", "ALPHA 承办兼审核人", ALPHA,
				Set.of(Role.HANDLER, Role.REVIEWER));
		String caseNumber = drafted(deny(), handlerReviewer);

		assertRefused(() -> cases.reviewReply(caseNumber, approve(), handlerReviewer));
	}

	@Test
	void rejectsTheLegalReviewOfADraftBySomeoneWhoDraftedIt() {
		String caseNumber = accepted();
		cases.recordSearch(caseNumber, new SearchForm(FRIDAY, "公文系统", "道路维修", null, null, false, null),
				HANDLING_LAWYER);
		cases.draftReply(caseNumber, DisclosureRequestProcessTests.form(Outcome.NOT_EXIST), HANDLING_LAWYER);
		cases.reviewReply(caseNumber, approve(), REVIEWER);
		assertThat(process.steps(ALPHA, caseNumber)).as("a NOT_EXIST on an incomplete search is risky")
				.containsExactly("legalReviewReply");

		assertRefused(() -> cases.legalReviewReply(caseNumber, approve(), HANDLING_LAWYER));
	}

	@Test
	void rejectsTheApprovalOfAnExtensionBySomeoneWhoAskedForIt() {
		String caseNumber = accepted();
		cases.requestExtension(caseNumber, new Forms.ExtensionRequest(ExtensionKind.EXTENSION, 10, "档案量大"),
				HANDLING_HEAD);

		assertRefused(() -> cases.decideExtension(caseNumber,
				new Forms.ExtensionDecision(Verdict.APPROVE, FRIDAY, FRIDAY, "同意"), HANDLING_HEAD));
		cases.decideExtension(caseNumber, new Forms.ExtensionDecision(Verdict.APPROVE, FRIDAY, FRIDAY, "同意"), HEAD);
		assertThat(process.actions(ALPHA, caseNumber)).contains("EXTENSION_APPROVED");
	}

	private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
		assertThatThrownBy(action).isInstanceOfSatisfying(ActionNotAllowed.class,
				e -> assertThat(e.rule()).isEqualTo("separationOfDuties"));
	}

	private String accepted() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(FRIDAY), CLERK).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), CLERK);
		return caseNumber;
	}

	private String drafted(DraftForm draft, CurrentUser drafter) {
		String caseNumber = accepted();
		cases.recordSearch(caseNumber, DisclosureRequestProcessTests.found(true), drafter);
		cases.draftReply(caseNumber, draft, drafter);
		return caseNumber;
	}

	private static DraftForm deny() {
		return DisclosureRequestProcessTests.form(Outcome.DENY);
	}

	private static ReviewForm approve() {
		return new ReviewForm(Verdict.APPROVE, null);
	}
}
