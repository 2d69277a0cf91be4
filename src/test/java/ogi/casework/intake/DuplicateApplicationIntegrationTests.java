package ogi.casework.intake;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

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
