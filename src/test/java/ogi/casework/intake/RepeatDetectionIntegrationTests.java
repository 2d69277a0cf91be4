package ogi.casework.intake;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.BETA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.accounts.Role;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * Similar applications over the API on the real database: the same applicant asking again suggests a REPEAT reply
 * (Art. 36(6)), two applicants asking for one document a proactive-disclosure cluster (Art. 44), and an agency sees
 * only its own cases. Request texts and applicants are this class's own: the shared context holds many other cases.
 */
@CaseworkIntegrationTest
class RepeatDetectionIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	static final String ZHAO = "110102198503010316";

	static final String QIAN = "110102198503010324";

	static final String SUN = "110102198503010332";

	static final String LI = "110102198503010340";

	static final String ZHOU = "110102198503010359";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	RequestIndex requestIndex;

	@Autowired
	IntakeManagement intake;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(TODAY);
	}

	@Test
	void suggestsRepeatWhenTheSameApplicantAsksAgainInOtherWords() throws Exception {
		String earlier = receive(ALPHA, ZHAO, "申请公开2026年本街道老旧小区加装电梯补贴资金的发放明细", TODAY.minusDays(30));
		String later = receive(ALPHA, ZHAO, "请提供关于本街道2026年度老旧小区加装电梯补贴资金发放明细的信息", TODAY.minusDays(1));

		mvc.perform(get("/api/applications/{caseNumber}/similar", later).with(as(ALPHA, Role.HANDLER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.caseNumber").value(later))
				.andExpect(jsonPath("$.suggestions.length()").value(1))
				.andExpect(jsonPath("$.suggestions[0].caseNumber").value(earlier))
				.andExpect(jsonPath("$.suggestions[0].suggestion").value("REPEAT"))
				.andExpect(jsonPath("$.suggestions[0].reason").value(org.hamcrest.Matchers.endsWith("% similar wording")))
				.andExpect(jsonPath("$.suggestions[0].idNumber").doesNotExist())
				.andExpect(jsonPath("$.applicantsAskingAlike").value(1))
				.andExpect(jsonPath("$.proactiveDisclosureSuggested").value(false))
				.andExpect(jsonPath("$.advice").value(org.hamcrest.Matchers.containsString("Art. 36(6)")));
		mvc.perform(get("/api/applications/{caseNumber}/similar", earlier).with(as(ALPHA, Role.CLERK)))
				.andExpect(jsonPath("$.suggestions").isEmpty());
	}

	@Test
	void clustersTwoApplicantsAskingForTheSameDocumentForProactiveDisclosure() throws Exception {
		String first = receive(ALPHA, QIAN, "《关于加强社区养老服务设施建设的实施意见》（京政发〔2026〕17号）全文", TODAY.minusDays(6));
		String second = receive(ALPHA, SUN, "申请公开京政发(2026)第17号文件", TODAY.minusDays(2));

		mvc.perform(get("/api/applications/{caseNumber}/similar", second).with(as(ALPHA, Role.CLERK)))
				.andExpect(jsonPath("$.suggestions[0].caseNumber").value(first))
				.andExpect(jsonPath("$.suggestions[0].suggestion").value("PROACTIVE_DISCLOSURE"))
				.andExpect(jsonPath("$.suggestions[0].score").value(100))
				.andExpect(jsonPath("$.suggestions[0].reason").value("same document number 京政发〔2026〕17号"))
				.andExpect(jsonPath("$.applicantsAskingAlike").value(2))
				.andExpect(jsonPath("$.proactiveDisclosureSuggested").value(true));
		var cluster = clusterOf(ALPHA, first);
		assertThat(cluster).containsEntry("applicants", 2).containsEntry("documentNumber", "京政发〔2026〕17号");
		assertThat(caseNumbers(List.of(cluster))).containsExactly(first, second);
	}

	@Test
	void anAgencyNeverSeesAnotherAgencysApplications() throws Exception {
		String alpha = receive(ALPHA, LI, "2026年本镇农村饮水安全工程的竣工验收报告", TODAY.minusDays(4));
		String alphaAgain = receive(ALPHA, ZHOU, "本镇2026年度农村饮水安全工程竣工验收报告", TODAY.minusDays(3));
		String beta = receive(BETA, ZHOU, "请提供2026年本镇农村饮水安全工程竣工验收报告", TODAY.minusDays(2));

		mvc.perform(get("/api/applications/{caseNumber}/similar", alpha).with(as(BETA, Role.HEAD)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/applications/{caseNumber}/similar", beta).with(as(BETA, Role.CLERK)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.suggestions").isEmpty())
				.andExpect(jsonPath("$.applicantsAskingAlike").value(1));
		mvc.perform(get("/api/applications/{caseNumber}/similar", alphaAgain).with(as(ALPHA, Role.REVIEWER)))
				.andExpect(jsonPath("$.suggestions[*].caseNumber").value(org.hamcrest.Matchers.contains(alpha)));
		assertThat(caseNumbers(clusters(BETA))).allMatch(caseNumber -> caseNumber.startsWith(BETA + "-"))
				.doesNotContain(alpha, alphaAgain);
		assertThat(caseNumbers(List.of(clusterOf(ALPHA, alpha)))).containsExactly(alpha, alphaAgain);
		mvc.perform(get("/api/applications/proactive-disclosure-candidates")).andExpect(status().isUnauthorized());
	}

	@Test
	void findsTheSameSuggestionsWhetherTheEarlierApplicationsAreIndexedOrNotYet() throws Exception {
		String first = receive(ALPHA, QIAN, "2026年本区公共租赁住房轮候家庭的配租结果公示名单", TODAY.minusDays(40));
		String second = receive(ALPHA, SUN, "本区2026年度公共租赁住房轮候家庭配租结果的公示名单", TODAY.minusDays(20));
		String third = receive(ALPHA, QIAN, "申请公开2026年本区公共租赁住房轮候家庭配租结果公示名单", TODAY.minusDays(1));
		String unrelated = receive(ALPHA, SUN, "2026年本区公共租赁住房建设项目的招标文件", TODAY.minusDays(10));
		String indexed = similar(third);
		assertThat(jdbc.queryForObject("select count(*) from intake_request_gram where agency_code = ? and case_number = ?",
				Long.class, ALPHA, first)).isPositive();

		// as a database from before the request index holds them: not indexed, found by reading them
		for (String caseNumber : List.of(first, second, unrelated)) {
			jdbc.update("delete from intake_request_gram where agency_code = ? and case_number = ?", ALPHA, caseNumber);
			jdbc.update("update intake_application set request_grams = null where agency_code = ? and case_number = ?",
					ALPHA, caseNumber);
		}
		String unindexed = similar(third);
		requestIndex.backfill();
		String backfilled = similar(third);

		assertThat(JsonPath.<List<String>>read(indexed, "$.suggestions[*].caseNumber")).containsExactly(first, second);
		assertThat(JsonPath.<String>read(indexed, "$.suggestions[0].suggestion")).isEqualTo("REPEAT");
		assertThat(unindexed).isEqualTo(indexed);
		assertThat(backfilled).isEqualTo(indexed);
		assertThat(jdbc.queryForObject("select count(*) from intake_application where agency_code = ? and case_number in"
				+ " (?, ?, ?) and request_grams is not null", Long.class, ALPHA, first, second, unrelated)).isEqualTo(3);
	}

	@Test
	void anApplicationConfirmedOnlineEntersTheIndexedWindowWithItsReceiptDate() {
		var form = ApplicationFixtures.anApplication(TODAY);
		var online = new NewApplication(form.applicant(), "本区2026年度老年助餐点运营补贴的发放名单", null, form.provisionForm(),
				form.obtainingMethod(), Channel.INTERNET, new NewApplication.ChannelDates(TODAY, null, null, null), false,
				null);
		String caseNumber = intake.receiveOnline(ALPHA, online).caseNumber();
		String undated = "select count(*) from intake_request_gram where agency_code = ? and case_number = ?"
				+ " and receipt_date is null";
		assertThat(jdbc.queryForObject(undated, Long.class, ALPHA, caseNumber)).isPositive();

		intake.confirmOnline(ALPHA, caseNumber, TODAY);

		assertThat(jdbc.queryForObject(undated, Long.class, ALPHA, caseNumber)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from intake_request_gram where agency_code = ? and case_number = ?"
				+ " and receipt_date = ?", Long.class, ALPHA, caseNumber, TODAY)).isPositive();
	}

	private String similar(String caseNumber) throws Exception {
		return mvc.perform(get("/api/applications/{caseNumber}/similar", caseNumber).with(as(ALPHA, Role.HANDLER)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private Map<String, Object> clusterOf(String agency, String caseNumber) throws Exception {
		return clusters(agency).stream().filter(cluster -> caseNumbers(List.of(cluster)).contains(caseNumber))
				.findFirst().orElseThrow(() -> new AssertionError("no cluster holds " + caseNumber));
	}

	private List<Map<String, Object>> clusters(String agency) throws Exception {
		String body = mvc.perform(get("/api/applications/proactive-disclosure-candidates").with(as(agency, Role.LEGAL)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$");
	}

	@SuppressWarnings("unchecked")
	private static List<String> caseNumbers(List<Map<String, Object>> clusters) {
		return clusters.stream()
				.flatMap(cluster -> ((List<Map<String, Object>>) cluster.get("applications")).stream())
				.map(member -> (String) member.get("caseNumber")).toList();
	}

	private String receive(String agency, String idNumber, String request, LocalDate submittedOn) throws Exception {
		String body = mvc.perform(post("/api/applications").with(as(agency, Role.CLERK))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ApplicationFixtures.anApplicationJson(submittedOn, idNumber, request)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.caseNumber");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String agency, Role role) {
		return httpBasic(username(agency, role), PASSWORD);
	}
}
