package ogi.casework.shared;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.accounts.Role;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * Input that used to pass every check and fail later with 500: a control character in a reply (Word's Shift+Enter,
 * U+000B, breaks the DOCX letter at delivery), and two hearings recorded at the same moment (numbered max + 1).
 */
@CaseworkIntegrationTest
class TextInputIntegrationTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
	}

	@Test
	void aReplyWithWordsLineBreakIsStoredWithAPlainLineBreakAndDelivered() throws Exception {
		String caseNumber = handledCase();

		as(Role.HANDLER, post("/api/cases/" + caseNumber + "/reply-drafts"), """
				{"outcome": "DISCLOSE", "accessDetails": "第一行\\u000B第二行\\u0007", "reasons": "依申请公开\\r\\n附件一份"}""")
			.andExpect(status().isOk());
		as(Role.REVIEWER, post("/api/cases/" + caseNumber + "/reply-reviews"), "{\"verdict\": \"APPROVE\"}")
			.andExpect(status().isOk());
		as(Role.CLERK, post("/api/cases/" + caseNumber + "/deliveries"),
				"{\"method\": \"IN_PERSON\", \"deliveredOn\": \"2026-11-20\", \"recipient\": \"张三\\u000B本人\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REPLIED"));

		String stored = jdbc.queryForObject(
				"select access_details from reply_draft where agency_code = ? and case_number = ? order by version desc limit 1",
				String.class, ALPHA, caseNumber);
		assertThat(stored).isEqualTo("第一行\n第二行");
		String reasons = jdbc.queryForObject(
				"select reasons from reply_draft where agency_code = ? and case_number = ? order by version desc limit 1",
				String.class, ALPHA, caseNumber);
		assertThat(reasons).isEqualTo("依申请公开\n附件一份");
		assertThat(jdbc.queryForObject("select recipient from reply_delivery where agency_code = ? and case_number = ?",
				String.class, ALPHA, caseNumber)).isEqualTo("张三\n本人");
		as(Role.CLERK, get("/api/cases/" + caseNumber + "/documents"), null)
			.andExpect(jsonPath("$[?(@.kind == 'REPLY_LETTER')]").isNotEmpty());
	}

	@Test
	void aPageFormIsNormalisedToo() throws Exception {
		String caseNumber = handledCase();
		var session = mvc.perform(post("/login").with(csrf()).param("username", username(ALPHA, Role.HANDLER))
				.param("password", PASSWORD)).andReturn().getResponse().getCookie("SESSION");

		mvc.perform(post("/cases/" + caseNumber + "/reply-drafts").cookie(session).with(csrf())
				.param("outcome", "DISCLOSE").param("accessDetails", "邮寄\u000B挂号\u0000信"))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.queryForObject(
				"select access_details from reply_draft where agency_code = ? and case_number = ? order by version desc limit 1",
				String.class, ALPHA, caseNumber)).isEqualTo("邮寄\n挂号信");
	}

	@Test
	void hearingsRecordedAtTheSameMomentGetNumbersOneAfterAnother() throws Exception {
		String caseNumber = handledCase();
		String matter = as(Role.LEGAL, post("/api/matters"), """
				{"kind": "RECONSIDERATION", "body": "某某区人民政府", "referenceNumber": "并发-%s",
				 "copyReceivedOn": "2026-11-20", "caseNumbers": ["%s"]}""".formatted(System.nanoTime(), caseNumber))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(matter, "$.matter.id")).longValue();
		int hearings = 6;
		var start = new CountDownLatch(1);
		List<Callable<Integer>> posts = new ArrayList<>();
		for (int i = 0; i < hearings; i++) {
			int day = i + 1;
			posts.add(() -> {
				start.await();
				return as(Role.LEGAL, post("/api/matters/" + id + "/hearings"),
						"{\"heldOn\": \"2026-12-0" + day + "\"}").andReturn().getResponse().getStatus();
			});
		}

		var pool = Executors.newFixedThreadPool(hearings);
		try {
			var results = posts.stream().map(pool::submit).toList();
			start.countDown();
			for (var result : results) {
				assertThat(result.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(jdbc.queryForList("select number from litigation_hearing where matter_id = ? order by number",
				Integer.class, id)).containsExactly(1, 2, 3, 4, 5, 6);
	}

	private String handledCase() throws Exception {
		String body = as(Role.CLERK, post("/api/applications"), ApplicationFixtures.anApplicationJson(FRIDAY))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String caseNumber = JsonPath.read(body, "$.caseNumber");
		as(Role.CLERK, post("/api/cases/" + caseNumber + "/registration"), "{\"decision\": \"ACCEPT\"}")
			.andExpect(status().isOk());
		as(Role.HANDLER, post("/api/cases/" + caseNumber + "/search-records"), """
				{"searchedOn": "2026-11-20", "sourcesSearched": "公文系统", "keywords": "道路维修", "found": true}""")
			.andExpect(status().isOk());
		return caseNumber;
	}

	private ResultActions as(Role role, MockHttpServletRequestBuilder request, String json) throws Exception {
		request.with(httpBasic(username(ALPHA, role), PASSWORD));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}
}
