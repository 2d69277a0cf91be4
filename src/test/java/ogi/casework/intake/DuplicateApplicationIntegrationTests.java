package ogi.casework.intake;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.accounts.Role;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * The same applicant's application for the same information with the same receipt date is most likely one application
 * sent twice: logging it again asks the clerk to confirm, naming the case it may duplicate.
 */
@CaseworkIntegrationTest
@TestPropertySource(properties = "ogi.repeats.duplicate-warning=true")
class DuplicateApplicationIntegrationTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void itIsMondayMorning() {
		clock.setTo(MONDAY);
	}

	@Test
	void theSameRequestOnTheSameDayIsAPossibleDuplicateUntilConfirmed() throws Exception {
		String id = "110101199003070011";
		String existing = caseNumberOf(log(json(id, "2026年本街道垃圾分类站点的设置方案", null, false))
				.andExpect(status().isCreated()));
		long before = applications();

		log(json(id, "  2026年本街道垃圾分类站点的设置方案。", null, false))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.type").value("/problems/possible-duplicate"))
				.andExpect(jsonPath("$.possibleDuplicate").value(existing))
				.andExpect(jsonPath("$.errors[0].field").value("confirmDuplicate"));
		assertThat(applications()).isEqualTo(before);

		String confirmed = caseNumberOf(log(json(id, "2026年本街道垃圾分类站点的设置方案", null, true))
				.andExpect(status().isCreated()));
		assertThat(confirmed).isNotEqualTo(existing);
		assertThat(applications()).isEqualTo(before + 1);
	}

	@Test
	void theSameDocumentNumberInOtherWordsIsAPossibleDuplicateToo() throws Exception {
		String id = "110101199003070038";
		String existing = caseNumberOf(log(json(id, "关于垃圾分类的通知全文", "京东政发〔2026〕8号", false))
				.andExpect(status().isCreated()));

		log(json(id, "请提供京东政发(2026)8号文件", null, false))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.possibleDuplicate").value(existing));
	}

	@Test
	void anotherApplicantOrAnotherDayIsNoDuplicate() throws Exception {
		log(json("110101199003070054", "2026年本街道公厕改造的预算", null, false)).andExpect(status().isCreated());

		log(json("110101199003070070", "2026年本街道公厕改造的预算", null, false)).andExpect(status().isCreated());
		clock.setTo(MONDAY.plusDays(1));
		log(json("110101199003070054", "2026年本街道公厕改造的预算", null, false)).andExpect(status().isCreated());
	}

	@Test
	void onTheApplicationFormTheClerkSeesTheWarningWithTheCaseAndConfirmsOrLeavesIt() throws Exception {
		Cookie session = mvc.perform(post("/login").with(csrf()).param("username", username(ALPHA, Role.CLERK))
				.param("password", PASSWORD)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
				.getCookie("SESSION");
		String request = "2026年本街道路灯维修的合同 " + UUID.randomUUID();
		String location = mvc.perform(applicationForm(session, request)).andExpect(status().is3xxRedirection())
				.andReturn().getResponse().getRedirectedUrl();
		String first = location.substring("/cases/".length(), location.indexOf('?'));

		// sent again (a double click, or a second clerk with the same letter): the warning naming the case, no case
		mvc.perform(applicationForm(session, request)).andExpect(status().isConflict())
				.andExpect(content().string(Matchers.allOf(Matchers.containsString("已登记为 " + first),
						Matchers.containsString("id=\"f-confirmDuplicate\""))));
		assertThat(casesAsking(request)).isOne();

		mvc.perform(applicationForm(session, request).param("confirmDuplicate", "true"))
				.andExpect(status().is3xxRedirection());
		assertThat(casesAsking(request)).isEqualTo(2);
	}

	MockHttpServletRequestBuilder applicationForm(Cookie session, String request) {
		return post("/applications").cookie(session).with(csrf()).param("applicant.type", "NATURAL_PERSON")
				.param("applicant.name", "张三").param("applicant.idDocumentType", "RESIDENT_ID_CARD")
				.param("applicant.idNumber", "110101199003070097").param("applicant.phone", "13800138000")
				.param("requestedInformation", request).param("provisionForm", "PAPER")
				.param("obtainingMethod", "POST").param("channel", "IN_PERSON")
				.param("dates.submittedOn", MONDAY.toString());
	}

	long casesAsking(String request) {
		return jdbc.queryForObject("select count(*) from intake_application where requested_information = ?",
				Long.class, request);
	}

	ResultActions log(String json) throws Exception {
		return mvc.perform(post("/api/applications").with(httpBasic(username(ALPHA, Role.CLERK), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	String json(String idNumber, String request, String documentNumber, boolean confirm) {
		String json = ApplicationFixtures.anApplicationJson(LocalDate.ofInstant(clock.instant(), clock.getZone()),
				idNumber, request).strip();
		json = json.substring(0, json.length() - 1)
				+ (documentNumber == null ? "" : ", \"documentNumber\": \"" + documentNumber + "\"")
				+ (confirm ? ", \"confirmDuplicate\": true" : "") + "}";
		return json;
	}

	static String caseNumberOf(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.caseNumber");
	}

	long applications() {
		return jdbc.queryForObject("select count(*) from intake_application", Long.class);
	}
}
