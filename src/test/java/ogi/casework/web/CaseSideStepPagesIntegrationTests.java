package ogi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.Forms;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchForm;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.Cases;
import ogi.casework.support.MutableClock;

/**
 * The case actions the pages lacked, through the real security filters: each form binds the API's own request record,
 * so a value of the wrong kind comes back next to its field in Chinese and changes nothing, and a good one does what
 * the API does; a returned draft reopens with its content; a module rule's error is worded in Chinese.
 */
@CaseworkIntegrationTest
class CaseSideStepPagesIntegrationTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Cases cases;

	@BeforeEach
	void monday() {
		clock.setTo(MONDAY);
	}

	@Test
	void theHandlerAsksForAssistanceAndAReasonAndOpensADeliberationFromTheCasePage() throws Exception {
		String caseNumber = inHandling();
		Cookie handler = signIn(Role.HANDLER);

		mvc.perform(post("/cases/" + caseNumber + "/assistance-requests").cookie(handler).with(csrf())
				.param("department", "财政科").param("request", "检索2025年道路维修资金拨付文件")
				.param("askedOn", MONDAY.toString()).param("dueOn", MONDAY.plusDays(5).toString()))
				.andExpect(redirectedUrl("/cases/" + caseNumber));
		mvc.perform(post("/cases/" + caseNumber + "/art35-inquiries").cookie(handler).with(csrf())
				.param("askedOn", MONDAY.toString()).param("volume", "一个月内提出同类申请四十件"))
				.andExpect(redirectedUrl("/cases/" + caseNumber));
		mvc.perform(post("/cases/" + caseNumber + "/deliberations").cookie(handler).with(csrf())
				.param("topic", "是否属于过程性信息")
				.param("participants", Agencies.username(Agencies.ALPHA, Role.REVIEWER)))
				.andExpect(redirectedUrl("/cases/" + caseNumber));

		var view = cases.view(caseNumber, user(Role.HANDLER));
		assertThat(view.assistance()).singleElement().satisfies(a -> assertThat(a.department()).isEqualTo("财政科"));
		assertThat(view.art35().volume()).isEqualTo("一个月内提出同类申请四十件");
		assertThat(view.deliberation().awaiting()).containsExactly(Agencies.username(Agencies.ALPHA, Role.REVIEWER));
		mvc.perform(get("/cases/" + caseNumber).cookie(signIn(Role.REVIEWER))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("id=\"form-deliberation-opinion\"")));
	}

	@Test
	void aFeeNoticeWithAQuantityThatIsNoNumberComesBackNextToTheFieldAndChangesNothing() throws Exception {
		String caseNumber = inHandling();

		mvc.perform(post("/cases/" + caseNumber + "/fee-notices").cookie(signIn(Role.HANDLER)).with(csrf())
				.param("method", "PER_ITEM").param("quantity", "十二").param("noticedOn", MONDAY.toString())
				.param("receivedOn", MONDAY.toString()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"fee-quantity-error\""),
						Matchers.containsString("格式不正确"), Matchers.containsString("value=\"十二\""),
						Matchers.containsString("id=\"error-summary\""), Matchers.containsString("件数或页数：格式不正确"))));

		assertThat(cases.view(caseNumber, user(Role.HANDLER)).fees()).isEmpty();
	}

	@Test
	void aReturnedDraftReopensWithItsContentAndADraftRuleIsWordedInChinese() throws Exception {
		String caseNumber = inHandling();
		cases.recordSearch(caseNumber, new SearchForm(MONDAY, "档案室", "道路", null, null, true, null),
				user(Role.HANDLER));
		cases.draftReply(caseNumber, new DraftForm(Outcome.DENY, ExemptionGround.PROCESS_INFO, "属于过程性信息。", null,
				null, null, null, null), user(Role.HANDLER));
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.RETURN, "请写明依据。"), user(Role.REVIEWER));
		Cookie handler = signIn(Role.HANDLER);

		mvc.perform(get("/cases/" + caseNumber).cookie(handler)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.allOf(Matchers.containsString("属于过程性信息。</textarea>"),
						Matchers.containsString("<option value=\"DENY\" selected=\"selected\""),
						Matchers.containsString("id=\"draft-prefilled\""))));
		mvc.perform(post("/cases/" + caseNumber + "/reply-drafts").cookie(handler).with(csrf())
				.param("outcome", "DISCLOSE").param("ground", "PROCESS_INFO").param("accessDetails", "附后"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.allOf(Matchers.containsString("只有“不予公开”的答复需要选择理由"),
						Matchers.not(Matchers.containsString("belongs to a DENY reply")))));

		// the message centre counts the returned draft, and its link lists returned drafts only
		mvc.perform(get("/tasks").cookie(handler)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.allOf(Matchers.containsString("data-count=\"RETURNED\""),
						Matchers.containsString("被退回的草稿"))));
		String drafting = inHandling();
		cases.recordSearch(drafting, new SearchForm(MONDAY, "档案室", "合同", null, null, true, null),
				user(Role.HANDLER));
		mvc.perform(get("/tasks").param("step", "draftReply").param("status", "RETURNED").cookie(handler))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.allOf(
						Matchers.containsString(caseNumber), Matchers.not(Matchers.containsString(drafting)))));

		// redrafted with the ground spelt out, the reviewer reads what changed against the returned draft
		mvc.perform(post("/cases/" + caseNumber + "/reply-drafts").cookie(handler).with(csrf())
				.param("outcome", "DENY").param("ground", "PROCESS_INFO").param("reasons", "属于条例第十六条第二款规定的过程性信息。"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/cases/" + caseNumber).cookie(signIn(Role.REVIEWER))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"draft-changes\""),
						Matchers.containsString("第 2 版与第 1 版相比的修改"),
						Matchers.containsString("<ins>条例第十六条第二款规定的</ins>"))));
	}

	@Test
	void theClerkSeesTheSameIdNumberUnderAnotherNameAndTheHandlerSeesSimilarApplications() throws Exception {
		String earlier = cases.open(ApplicationFixtures.anApplication(MONDAY), user(Role.CLERK)).caseNumber();
		var form = ApplicationFixtures.anApplication(MONDAY);
		var otherName = new ogi.casework.intake.NewApplication(new ogi.casework.intake.NewApplication.Applicant(
				form.applicant().type(), "赵七", form.applicant().idDocumentType(), form.applicant().idNumber(),
				form.applicant().phone(), form.applicant().email(), form.applicant().address()),
				"本区公园绿化养护合同", null, form.provisionForm(), form.obtainingMethod(), form.channel(), form.dates(),
				false, null);
		String later = cases.open(otherName, user(Role.CLERK)).caseNumber();
		String handled = inHandling();

		mvc.perform(get("/cases/" + later).cookie(signIn(Role.CLERK))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"same-identity\""),
						Matchers.containsString(earlier), Matchers.containsString("申请人 张三"))));
		mvc.perform(get("/cases/" + earlier).cookie(signIn(Role.CLERK))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString(later)));
		mvc.perform(get("/cases/" + handled).cookie(signIn(Role.HANDLER))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"similar\""),
						Matchers.containsString("同一申请人的重复申请"), Matchers.containsString(earlier))));
	}

	private String inHandling() {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(MONDAY), user(Role.CLERK)).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null),
				user(Role.CLERK));
		return caseNumber;
	}

	private static CurrentUser user(Role role) {
		return Agencies.user(Agencies.ALPHA, role);
	}

	private Cookie signIn(Role role) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("username", Agencies.username(Agencies.ALPHA, role))
				.param("password", Agencies.PASSWORD)).andExpect(status().is3xxRedirection()).andReturn()
				.getResponse().getCookie("SESSION");
	}
}
