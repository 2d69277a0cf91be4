package ogi.casework.casework;

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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.accounts.Role;
import ogi.casework.audit.AuditManagement;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/** The delivery of a supplement notice, with its proof (spec §8.3 item 3), as the evidence checklist reads it. */
@CaseworkIntegrationTest
class NoticeDeliveryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditManagement audit;

	@Test
	void aSupplementNoticeIsMissingItsProofUntilItsDeliveryIsRecorded() throws Exception {
		String caseNumber = caseWithSupplementNotice();
		long supplement = supplementId(caseNumber);
		item3(caseNumber).andExpect(jsonPath("$.items[2].status").value("MISSING"))
			.andExpect(jsonPath("$.items[2].gaps[0]").value(org.hamcrest.Matchers.containsString(
					"has no recorded delivery with proof (Art. 30)")));

		deliver(Role.CLERK, ALPHA, caseNumber, """
				{"notice": "SUPPLEMENT_NOTICE", "reference": %d, "method": "POST", "deliveredOn": "2026-11-30",
				 "trackingNumber": "1190012345600"}""".formatted(supplement))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deliveredOn").value("2026-11-30"));

		item3(caseNumber).andExpect(jsonPath("$.items[2].status").value("PRESENT"))
			.andExpect(jsonPath("$.items[2].facts").value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers
				.containsString("delivered: posted 2026-11-30, tracking number 1190012345600"))));
		assertThat(audit.history(ALPHA, caseNumber)).anySatisfy(line -> {
			assertThat(line.action()).isEqualTo("NOTICE_DELIVERED");
			assertThat(line.actor()).isEqualTo(username(ALPHA, Role.CLERK));
		});
		deliver(Role.CLERK, ALPHA, caseNumber, """
				{"notice": "SUPPLEMENT_NOTICE", "reference": %d, "method": "IN_PERSON", "deliveredOn": "2026-11-30",
				 "recipient": "张三"}""".formatted(supplement))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reference"))
			.andExpect(jsonPath("$.errors[0].rule").value("once"));
	}

	@Test
	void rejectsADeliveryWithoutItsProofOrForANoticeThatDoesNotExistAndWritesNothing() throws Exception {
		String caseNumber = caseWithSupplementNotice();
		long supplement = supplementId(caseNumber);

		deliver(Role.CLERK, ALPHA, caseNumber, """
				{"notice": "SUPPLEMENT_NOTICE", "reference": %d, "method": "POST", "deliveredOn": "2026-11-30"}"""
			.formatted(supplement))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("trackingNumber"))
			.andExpect(jsonPath("$.errors[0].rule").value("required"));
		deliver(Role.CLERK, ALPHA, caseNumber, """
				{"notice": "SUPPLEMENT_NOTICE", "reference": %d, "method": "IN_PERSON", "deliveredOn": "2026-11-27",
				 "recipient": "张三"}""".formatted(supplement))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("deliveredOn"))
			.andExpect(jsonPath("$.errors[0].rule").value("order"));
		deliver(Role.CLERK, ALPHA, caseNumber, """
				{"notice": "EXTENSION_NOTICE", "reference": 1, "method": "IN_PERSON", "deliveredOn": "2026-11-30",
				 "recipient": "张三"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reference"))
			.andExpect(jsonPath("$.errors[0].rule").value("exists"));

		assertThat(jdbc.queryForObject("select count(*) from reply_notice_delivery where case_number = ?",
				Integer.class, caseNumber)).isZero();
	}

	@Test
	void onlyClerksAndHandlersOfTheCasesAgencyRecordADelivery() throws Exception {
		String caseNumber = caseWithSupplementNotice();
		String body = """
				{"notice": "SUPPLEMENT_NOTICE", "reference": %d, "method": "IN_PERSON", "deliveredOn": "2026-11-30",
				 "recipient": "张三"}""".formatted(supplementId(caseNumber));

		deliver(Role.REVIEWER, ALPHA, caseNumber, body).andExpect(status().isForbidden());
		deliver(Role.CLERK, BETA, caseNumber, body).andExpect(status().isNotFound());
		deliver(Role.HANDLER, ALPHA, caseNumber, body).andExpect(status().isOk());
	}

	private String caseWithSupplementNotice() throws Exception {
		clock.setTo(LocalDate.of(2026, 11, 20));
		String created = as(Role.CLERK, ALPHA, post("/api/applications"),
				ApplicationFixtures.anApplicationJson(LocalDate.of(2026, 11, 20)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String caseNumber = JsonPath.read(created, "$.caseNumber");
		clock.setTo(LocalDate.of(2026, 11, 30));
		as(Role.CLERK, ALPHA, post("/api/cases/" + caseNumber + "/registration"), """
				{"decision": "SUPPLEMENT",
				 "supplement": {"noticedOn": "2026-11-30", "items": "请写明所需资金使用情况的年度和路段", "workingDays": 10}}""")
			.andExpect(status().isOk());
		return caseNumber;
	}

	private long supplementId(String caseNumber) {
		return jdbc.queryForObject("select id from intake_supplement where agency_code = ? and case_number = ?",
				Long.class, ALPHA, caseNumber);
	}

	private ResultActions item3(String caseNumber) throws Exception {
		return as(Role.LEGAL, ALPHA, get("/api/cases/" + caseNumber + "/evidence-checklist"), null)
			.andExpect(status().isOk());
	}

	private ResultActions deliver(Role role, String agency, String caseNumber, String json) throws Exception {
		return as(role, agency, post("/api/cases/" + caseNumber + "/notice-deliveries"), json);
	}

	private ResultActions as(Role role, String agency,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json)
			throws Exception {
		request.with(httpBasic(username(agency, role), PASSWORD));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}
}
