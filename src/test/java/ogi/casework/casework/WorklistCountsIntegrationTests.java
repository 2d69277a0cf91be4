package ogi.casework.casework;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchForm;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * The message centre's counts, read at once, are the totals the worklist shows for the same filters, for every role
 * of an agency — with a draft overdue, a returned draft and a draft waiting for review among them.
 */
@CaseworkIntegrationTest
class WorklistCountsIntegrationTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@Autowired
	Worklist worklist;

	@Autowired
	Cases cases;

	@Autowired
	MutableClock clock;

	@Test
	void theCountsAreTheWorklistsTotalsForTheSameFiltersForEveryRole() {
		clock.setTo(MONDAY);
		CurrentUser handler = user(ALPHA, Role.HANDLER);
		CurrentUser reviewer = user(ALPHA, Role.REVIEWER);
		// Art. 33(2): received 2026-09-01, the reply was due within 20 working days: overdue on 11-23
		String overdue = inDrafting(LocalDate.of(2026, 9, 1));
		String returned = inDrafting(MONDAY);
		cases.draftReply(returned, deny(), handler);
		cases.reviewReply(returned, new ReviewForm(Verdict.RETURN, "请写明依据。"), reviewer);
		String toReview = inDrafting(MONDAY);
		cases.draftReply(toReview, deny(), handler);

		for (Role role : new Role[] { Role.CLERK, Role.HANDLER, Role.REVIEWER, Role.HEAD, Role.LEGAL }) {
			CurrentUser user = user(ALPHA, role);
			var counts = worklist.counts(user);
			assertThat(counts.overdue()).as("%s overdue", role).isEqualTo(total(user, null, WorklistQuery.Filter.OVERDUE));
			assertThat(counts.dueSoon()).as("%s due soon", role)
				.isEqualTo(total(user, null, WorklistQuery.Filter.DUE_SOON));
			assertThat(counts.signOff()).as("%s sign-off", role).isEqualTo(total(user, Step.SIGN_OFF_REPLY, null));
			assertThat(counts.approveExtension()).as("%s extensions", role)
				.isEqualTo(total(user, Step.APPROVE_EXTENSION, null));
			assertThat(counts.review()).as("%s review", role).isEqualTo(total(user, Step.REVIEW_REPLY, null));
			assertThat(counts.legalReview()).as("%s legal review", role)
				.isEqualTo(total(user, Step.LEGAL_REVIEW_REPLY, null));
			assertThat(counts.draft()).as("%s drafts", role).isEqualTo(total(user, Step.DRAFT_REPLY, null));
			assertThat(counts.returnedDrafts()).as("%s returned drafts", role)
				.isEqualTo(total(user, Step.DRAFT_REPLY, WorklistQuery.Filter.RETURNED));
		}
		var handlers = worklist.counts(handler);
		assertThat(handlers.draft()).as("drafts, the overdue one and the returned one among them").isGreaterThanOrEqualTo(2);
		assertThat(handlers.returnedDrafts()).isPositive();
		assertThat(handlers.overdue()).isPositive();
		assertThat(worklist.counts(reviewer).review()).isPositive();
		assertThat(overdue).isNotEqualTo(returned);
	}

	private long total(CurrentUser user, Step step, WorklistQuery.Filter filter) {
		return worklist.page(user, new WorklistQuery(step == null ? null : step.taskId(),
				filter == null ? WorklistQuery.Filter.ALL : filter, null, 0, 1)).total();
	}

	private String inDrafting(LocalDate received) {
		CurrentUser clerk = user(ALPHA, Role.CLERK);
		String caseNumber = cases.open(ApplicationFixtures.anApplication(received), clerk).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), clerk);
		cases.recordSearch(caseNumber, new SearchForm(received, "档案室", "道路", null, null, true, null),
				user(ALPHA, Role.HANDLER));
		return caseNumber;
	}

	private static DraftForm deny() {
		return new DraftForm(Outcome.DENY, ExemptionGround.PROCESS_INFO, "属于过程性信息。", null, null, null, null, null);
	}
}
