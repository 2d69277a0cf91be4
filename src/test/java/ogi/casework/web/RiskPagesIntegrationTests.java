package ogi.casework.web;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ogi.casework.accounts.Role;
import ogi.casework.support.Cases;
import ogi.casework.reply.DraftForm;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchForm;
import ogi.casework.review.ReviewForm;
import ogi.casework.review.Verdict;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.ChineseText;
import ogi.casework.support.MutableClock;

/** The litigation-risk page: for legal staff and the head, listing risky cases with their reasons and the rates. */
@CaseworkIntegrationTest
class RiskPagesIntegrationTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Cases cases;

	@BeforeEach
	void friday() {
		clock.setTo(FRIDAY);
	}

	@Test
	void legalStaffSeeARiskyCaseWithItsReasonsAndTheRates() throws Exception {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(FRIDAY), user(ALPHA, Role.CLERK)).caseNumber();
		cases.register(caseNumber, new ogi.casework.casework.Forms.Registration(
				ogi.casework.casework.Forms.RegistrationDecision.ACCEPT, null, null), user(ALPHA, Role.CLERK));
		cases.recordSearch(caseNumber, new SearchForm(FRIDAY, "公文系统", "道路维修", null, null, false, null),
				user(ALPHA, Role.HANDLER));
		cases.draftReply(caseNumber, new DraftForm(Outcome.NOT_EXIST, null, "经检索，本机关未制作或获取该信息", null, null,
				null, null, null), user(ALPHA, Role.HANDLER));
		cases.reviewReply(caseNumber, new ReviewForm(Verdict.APPROVE, null), user(ALPHA, Role.REVIEWER));

		mvc.perform(get("/legal/risks").param("level", "HIGH").param("lang", "en").cookie(signIn(Role.LEGAL)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("href=\"/cases/" + caseNumber + "\"")))
				.andExpect(content().string(Matchers.containsString("the period covered")))
				.andExpect(content().string(Matchers.containsString("Guiding Case 101")))
				.andExpect(content().string(Matchers.containsString("Litigation loss rate")))
				.andExpect(content().string(Matchers.containsString("target at most 2.0%")));
		// In Chinese, worded from the reason's typed facts: the outcome by its label, what the record lacks by name.
		String chinese = mvc.perform(get("/legal/risks").param("level", "HIGH").cookie(signIn(Role.LEGAL)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(chinese).contains("答复为“本机关不掌握相关政府信息”，但检索记录缺少检索的时间范围、协查的部门")
				.contains("《条例》第三十六条第四项、第五项；最高人民法院指导案例101号 · 加 60 分");
		ChineseText.assertChinesePage("the risk page", chinese, ChineseText.testAgencyData());
		mvc.perform(get("/legal/risks").param("level", "LOW").cookie(signIn(Role.HEAD)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/cases/" + caseNumber + "\""))));
	}

	@Test
	void theRiskPageIsForLegalStaffAndTheHeadOnly() throws Exception {
		Cookie clerk = signIn(Role.CLERK);

		mvc.perform(get("/legal/risks").cookie(clerk)).andExpect(status().isForbidden());
		mvc.perform(get("/legal/risks").cookie(signIn(Role.REVIEWER))).andExpect(status().isForbidden());
		mvc.perform(get("/tasks").cookie(clerk))
				.andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/legal/risks\""))));
		mvc.perform(get("/tasks").cookie(signIn(Role.LEGAL)))
				.andExpect(content().string(Matchers.containsString("href=\"/legal/risks\"")));
	}

	private Cookie signIn(Role role) throws Exception {
		var response = mvc.perform(post("/login").with(csrf()).param("username", Agencies.username(ALPHA, role))
				.param("password", Agencies.PASSWORD)).andExpect(status().is3xxRedirection()).andReturn().getResponse();
		return response.getCookie("SESSION");
	}
}
