package ogi.casework.intake;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.accounts.Role;
import ogi.casework.shared.CryptoSettings;
import ogi.casework.shared.PersonalDataCipher;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;
import ogi.casework.support.TestKeys;

/**
 * Key rotation: personal data under a retired key (test0) and plain text from before encryption still read in full,
 * and the administrator's re-encryption moves them to the active key (test1) without changing what they say.
 */
@CaseworkIntegrationTest
class PersonalDataReencryptionIntegrationTests {

	static final PersonalDataCipher RETIRED = new PersonalDataCipher(new CryptoSettings(
			Map.of("test0", "A++P9j0eAW8vAse96DRHIEut6+2aZcmXcr/WsUfQm6M="), "test0", TestKeys.SETTINGS.lookupKey(), false));

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(LocalDate.of(2026, 11, 20));
	}

	@Test
	void dataUnderARetiredKeyOrInPlainTextReadsAndIsMovedToTheActiveKey() throws Exception {
		String caseNumber = JsonPath.read(mvc.perform(post("/api/applications")
				.with(httpBasic(username(ALPHA, Role.CLERK), PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content(ApplicationFixtures.anApplicationJson(LocalDate.of(2026, 11, 20))))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.caseNumber");
		jdbc.update("""
				update intake_application set id_number = ?, phone = '13800138000', applicant_key = null
				 where agency_code = ? and case_number = ?""",
				RETIRED.encrypt(ApplicationFixtures.RESIDENT_ID, "applicant.idNumber|ALPHA|" + caseNumber), ALPHA,
				caseNumber);

		showsTheApplicantInFull(caseNumber);
		mvc.perform(post("/api/admin/personal-data/re-encryption").with(httpBasic(username(ALPHA,
				Role.PLATFORM_ADMIN), PASSWORD))).andExpect(status().isOk())
				.andExpect(jsonPath("$.rewritten").value(1)).andExpect(jsonPath("$.activeKey").value("test1"));

		var row = jdbc.queryForMap("select id_number, phone, applicant_key from intake_application"
				+ " where agency_code = ? and case_number = ?", ALPHA, caseNumber);
		assertThat(row.get("id_number").toString()).startsWith("enc:v1:test1:");
		assertThat(row.get("phone").toString()).startsWith("enc:v1:test1:");
		assertThat(row.get("applicant_key")).isEqualTo(TestKeys.APPLICANT_KEYS.applicantKey(ApplicationFixtures.RESIDENT_ID));
		showsTheApplicantInFull(caseNumber);
		mvc.perform(post("/api/admin/personal-data/re-encryption").with(httpBasic(username(ALPHA, Role.ADMIN),
				PASSWORD))).andExpect(status().isForbidden());
	}

	void showsTheApplicantInFull(String caseNumber) throws Exception {
		mvc.perform(get("/api/cases/" + caseNumber).with(httpBasic(username(ALPHA, Role.HANDLER), PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.applicant.idNumber").value(ApplicationFixtures.RESIDENT_ID))
				.andExpect(jsonPath("$.applicant.phone").value("13800138000"));
	}
}
