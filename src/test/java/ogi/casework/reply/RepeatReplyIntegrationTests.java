package ogi.casework.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * Art. 36(6) over the API on the real database: a REPEAT reply cites the same applicant's application that was
 * answered; another applicant's answered case and the applicant's own unanswered case are refused with a problem detail
 * naming the field and the rule, and no draft is stored.
 */
@CaseworkIntegrationTest
class RepeatReplyIntegrationTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	/** Resident IDs with a correct GB 11643 check digit (computed by hand with the ISO 7064 MOD 11-2 weights). */
	static final String ZHANG = ApplicationFixtures.RESIDENT_ID;

	static final String LI = "110105198001010016";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	ReplyManagement replies;

	@BeforeEach
	void itIsFriday() {
		clock.setTo(FRIDAY);
	}

	@Test
	void refusesARepeatOfAnotherApplicantsAnsweredApplication() throws Exception {
		String zhangsAnswered = answered(ZHANG);
		String lisNew = accepted(LI);

		draftRepeat(lisNew, zhangsAnswered).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("earlierCaseNumber"))
				.andExpect(jsonPath("$.errors[0].rule").value("sameApplicant"));

		assertThat(replies.currentDraft("ALPHA", lisNew)).isEmpty();
	}

	@Test
	void refusesARepeatOfTheApplicantsOwnUnansweredApplication() throws Exception {
		String lisOpen = accepted(LI);
		String lisNew = accepted(LI);

		draftRepeat(lisNew, lisOpen).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("earlierCaseNumber"))
				.andExpect(jsonPath("$.errors[0].rule").value("answered"));

		assertThat(replies.currentDraft("ALPHA", lisNew)).isEmpty();
	}

	@Test
	void acceptsARepeatOfTheSameApplicantsAnsweredApplication() throws Exception {
		String zhangsAnswered = answered(ZHANG);
		String zhangsNew = accepted(ZHANG);

		draftRepeat(zhangsNew, zhangsAnswered).andExpect(status().isOk());

		assertThat(replies.currentDraft("ALPHA", zhangsNew)).get()
				.extracting(ReplyDraft::outcome, ReplyDraft::earlierCaseNumber)
				.containsExactly(Outcome.REPEAT, zhangsAnswered);
	}

	private ResultActions draftRepeat(String caseNumber, String earlierCase) throws Exception {
		return perform(caseNumber, "reply-drafts", "alpha-handler",
				"{\"outcome\": \"REPEAT\", \"earlierCaseNumber\": \"" + earlierCase + "\"}");
	}

	/** An application of the applicant, disclosed and delivered: answered (Art. 36(6) 「已……作出答复」). */
	private String answered(String idNumber) throws Exception {
		String caseNumber = accepted(idNumber);
		perform(caseNumber, "reply-drafts", "alpha-handler",
				"{\"outcome\": \"DISCLOSE\", \"accessDetails\": \"通过电子邮件提供\"}").andExpect(status().isOk());
		perform(caseNumber, "reply-reviews", "alpha-reviewer", "{\"verdict\": \"APPROVE\"}")
				.andExpect(status().isOk());
		perform(caseNumber, "deliveries", "alpha-clerk", """
				{"method": "POST", "deliveredOn": "2026-11-20", "trackingNumber": "1190012345678"}""")
				.andExpect(status().isOk());
		return caseNumber;
	}

	/** Registered, and the search recorded: the handler's step, where a reply is drafted. */
	private String accepted(String idNumber) throws Exception {
		String body = mvc.perform(post("/api/applications").with(httpBasic("alpha-clerk", "secret"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ApplicationFixtures.anApplicationJson(FRIDAY, idNumber, "2025年本区道路维修资金的使用情况")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String caseNumber = JsonPath.read(body, "$.caseNumber");
		perform(caseNumber, "registration", "alpha-clerk", "{\"decision\": \"ACCEPT\"}").andExpect(status().isOk());
		perform(caseNumber, "search-records", "alpha-handler", """
				{"searchedOn": "2026-11-20", "sourcesSearched": "公文系统", "keywords": "道路维修",
				 "periodCovered": "2025年", "departmentsAsked": "财务科", "found": true}""").andExpect(status().isOk());
		return caseNumber;
	}

	private ResultActions perform(String caseNumber, String action, String user, String json) throws Exception {
		return mvc.perform(post("/api/cases/{c}/" + action, caseNumber).with(httpBasic(user, "secret"))
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
