package ogi.casework.intake;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.BETA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

import ogi.casework.accounts.Role;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * The case register finds an agency's applications by the applicant's name, and the worklist filters by step. The
 * names used here (欧阳…, 司马…) appear in no other test sharing the database.
 */
@CaseworkIntegrationTest
class CaseRegisterIntegrationTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
	}

	@Test
	void findsTheAgencysApplicationsByTheBeginningOfTheApplicantsNameNewestFirst() throws Exception {
		String older = receive(ALPHA, "欧阳明远", MONDAY);
		String newer = receive(ALPHA, "欧阳明", FRIDAY);
		receive(ALPHA, "司马光", FRIDAY);
		receive(BETA, "欧阳修", FRIDAY);

		as(ALPHA, Role.CLERK, "/api/applications?applicantName=欧阳")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[*].caseNumber").value(org.hamcrest.Matchers.contains(newer, older)))
			.andExpect(jsonPath("$.entries[0].applicantName").value("欧阳明"))
			.andExpect(jsonPath("$.entries[1].receiptDate").value("2026-11-16"))
			.andExpect(jsonPath("$.entries[0].idNumber").doesNotExist())
			.andExpect(jsonPath("$.more").value(false));
		as(ALPHA, Role.HEAD, "/api/applications?applicantName=欧阳明远")
			.andExpect(jsonPath("$.entries[*].caseNumber").value(org.hamcrest.Matchers.contains(older)));
		as(ALPHA, Role.CLERK, "/api/applications?applicantName=欧阳&size=1")
			.andExpect(jsonPath("$.entries[*].caseNumber").value(org.hamcrest.Matchers.contains(newer)))
			.andExpect(jsonPath("$.more").value(true));
	}

	@Test
	void treatsWildcardsInTheNameAsLettersAndRefusesAnEmptyName() throws Exception {
		receive(ALPHA, "司马迁", FRIDAY);

		search("司马").andExpect(jsonPath("$.entries[*].applicantName", org.hamcrest.Matchers.hasItem("司马迁")));
		search("%").andExpect(jsonPath("$.entries").isEmpty());
		search("司_迁").andExpect(jsonPath("$.entries").isEmpty());
		search(" ")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("applicantName"));
	}

	@Test
	void filtersTheWorklistByStepAndNamesAnUnknownStep() throws Exception {
		receive(ALPHA, "司马懿", FRIDAY);

		as(ALPHA, Role.CLERK, "/api/tasks?step=registerApplication")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.items[*].step", everyItem(is("registerApplication"))));
		as(ALPHA, Role.CLERK, "/api/tasks?step=deliverReply&size=200")
			.andExpect(jsonPath("$.items[*].step", everyItem(is("deliverReply"))));
		as(ALPHA, Role.CLERK, "/api/tasks?step=approveEverything")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("step"));
	}

	@Test
	void theRegisterFollowsTheCaseAndKeepsWhatTheApplicationSaid() throws Exception {
		String caseNumber = receive(ALPHA, "司马昭", FRIDAY);
		as(ALPHA, Role.CLERK, "/api/register?applicantName=司马昭")
			.andExpect(jsonPath("$.rows[0].caseNumber").value(caseNumber))
			.andExpect(jsonPath("$.rows[0].status").value("RECEIVED"));

		mvc.perform(post("/api/cases/" + caseNumber + "/registration")
				.with(httpBasic(username(ALPHA, Role.CLERK), PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\": \"ACCEPT\"}"))
			.andExpect(status().isOk());

		// the row moved with the case; the application's part of it (channel, subject, name) stayed
		as(ALPHA, Role.CLERK, "/api/register?applicantName=司马昭")
			.andExpect(jsonPath("$.rows[0].caseNumber").value(caseNumber))
			.andExpect(jsonPath("$.rows[0].status").value("IN_HANDLING"))
			.andExpect(jsonPath("$.rows[0].receiptDate").value(FRIDAY.toString()))
			.andExpect(jsonPath("$.rows[0].channel").value("IN_PERSON"))
			.andExpect(jsonPath("$.rows[0].applicantName").value("司马昭"))
			.andExpect(jsonPath("$.rows[0].subject").isNotEmpty());
	}

	private String receive(String agency, String applicantName, LocalDate submittedOn) throws Exception {
		String json = ApplicationFixtures.anApplicationJson(submittedOn).replace("\"张三\"", "\"" + applicantName + "\"");
		String body = mvc.perform(post("/api/applications").with(httpBasic(username(agency, Role.CLERK), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(body, "$.caseNumber");
	}

	private ResultActions search(String name) throws Exception {
		return mvc.perform(get("/api/applications").param("applicantName", name)
			.with(httpBasic(username(ALPHA, Role.CLERK), PASSWORD)));
	}

	private ResultActions as(String agency, Role role, String url) throws Exception {
		return mvc.perform(get(url).with(httpBasic(username(agency, role), PASSWORD)));
	}
}
