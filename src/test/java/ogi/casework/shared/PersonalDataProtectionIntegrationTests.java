package ogi.casework.shared;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.accounts.Role;
import ogi.casework.audit.AuditManagement;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * After a whole case — logged, registered, searched, drafted, approved, delivered, archived through the API — neither
 * the database nor the archive download holds the applicant's identity number or phone in plain text, while the
 * roles that need them still see them in full (and are recorded doing so) and the others see them masked.
 */
@CaseworkIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataProtectionIntegrationTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	static final String PHONE = "13800138000";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditManagement audit;

	@Autowired
	ogi.casework.casework.CaseRegister register;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
	}

	@Test
	void noTableAndNoArchiveDownloadHoldsTheIdentityNumberOrPhoneInPlainText() throws Exception {
		String caseNumber = aWholeCase();

		byte[] zip = as(Role.CLERK, get("/api/cases/" + caseNumber + "/archive"), null)
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		assertThat(tablesHolding("1190012345678")).as("the scan finds what is stored in plain text, e.g. a tracking number")
			.contains("reply_delivery.tracking_number");
		assertThat(tablesHolding(ApplicationFixtures.RESIDENT_ID)).isEmpty();
		assertThat(tablesHolding(PHONE)).isEmpty();
		assertThat(tablesHolding("zhang@example.cn")).isEmpty();
		assertThat(tablesHolding("北京市西城区某街1号")).isEmpty();
		Map<String, String> entries = unzip(zip);
		assertThat(entries).containsKey("02-application/application.json");
		entries.forEach((name, text) -> assertThat(text).as(name).doesNotContain(ApplicationFixtures.RESIDENT_ID,
				PHONE, "zhang@example.cn", "北京市西城区某街1号"));
		assertThat(entries.get("02-application/application.json")).contains("enc:v1:test1:");
		assertThat(ogi.casework.archive.ArchiveManagement.verify(zip).ok()).isTrue();
	}

	@Test
	void theRolesThatNeedPersonalDataStillSeeItInFullAndTheirReadIsRecorded() throws Exception {
		String caseNumber = received();

		as(Role.HANDLER, get("/api/cases/" + caseNumber), null)
				.andExpect(jsonPath("$.applicant.idNumber").value(ApplicationFixtures.RESIDENT_ID))
				.andExpect(jsonPath("$.applicant.phone").value(PHONE))
				.andExpect(jsonPath("$.applicant.masked").value(false));
		as(Role.REVIEWER, get("/api/cases/" + caseNumber), null)
				.andExpect(jsonPath("$.applicant.idNumber").value("1101************2X"))
				.andExpect(jsonPath("$.applicant.phone").value("138****8000"));

		var reads = audit.personalDataReads(ALPHA, caseNumber);
		assertThat(reads).singleElement().satisfies(read -> {
			assertThat(read.actor()).isEqualTo(username(ALPHA, Role.HANDLER));
			assertThat(read.at()).isNotNull();
			assertThat(read.detail()).contains("idNumber", "phone", "GET /api/cases/" + caseNumber);
		});
		as(Role.HEAD, get("/api/audit/personal-data-reads?caseNumber=" + caseNumber), null)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].actor").value(username(ALPHA, Role.HANDLER)));
		assertThat(audit.history(ALPHA, caseNumber)).extracting(e -> e.action())
				.doesNotContain(AuditManagement.PERSONAL_DATA_READ);
		assertThat(audit.verify(ALPHA).intact()).isTrue();
	}

	@Test
	void aReadWithABearerTokenIsRecordedUnderTheTokensUser() throws Exception {
		String caseNumber = received();
		String body = mvc.perform(post("/api/tokens").with(httpBasic(username(ALPHA, Role.HANDLER), PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(body, "$.access_token");

		mvc.perform(get("/api/cases/" + caseNumber).header("Authorization", "Bearer " + token))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.applicant.idNumber").value(ApplicationFixtures.RESIDENT_ID));

		assertThat(audit.personalDataReads(ALPHA, caseNumber)).singleElement().satisfies(read -> {
			assertThat(read.actor()).isEqualTo(username(ALPHA, Role.HANDLER));
			assertThat(read.detail()).contains("idNumber", "GET /api/cases/" + caseNumber);
		});
	}

	@Test
	void lookUpsByIdentityNumberStillFindTheApplicantsApplications() throws Exception {
		String idNumber = residentId("11010519770707123");
		String first = received(idNumber, "2024年本区老旧小区改造项目的招标文件");
		clock.setTo(FRIDAY.plusDays(3));
		String second = received(idNumber, "本区2024年老旧小区改造项目招标文件");

		as(Role.HANDLER, get("/api/applications/" + second + "/similar"), null)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.suggestions[?(@.caseNumber == '" + first + "')].suggestion").value("REPEAT"));
		String key = jdbc.queryForObject("select applicant_key from intake_application where case_number = ?",
				String.class, second);
		assertThat(key).hasSize(64).isNotEqualTo(sha256(idNumber));
		assertThat(jdbc.queryForObject("select applicant_key from reporting_case where case_number = ?",
				String.class, second)).isEqualTo(key);
	}

	@Test
	void theRegistersSearchTokensCannotBeFoundAgainByHashingCandidatesWithoutTheKey() throws Exception {
		String caseNumber = received();
		List<String> tokens = jdbc.queryForList("select token from casework_register_token where case_number = ?"
				+ " and kind <> 'WORD'", String.class, caseNumber);
		// 张三 gives 张, 三, 张三; then the identity number and the phone: five tokens
		assertThat(tokens).hasSize(5);
		// and the request, 2025年本区道路维修资金的使用情况: 18 characters, 16 different runs of three
		assertThat(jdbc.queryForObject("select count(*) from casework_register_token where case_number = ?"
				+ " and kind = 'WORD'", Integer.class, caseNumber)).isEqualTo(16);

		List<String> plainHashes = new ArrayList<>();
		for (String[] value : new String[][] { { "NAME", "张" }, { "NAME", "三" }, { "NAME", "张三" },
				{ "ID", ApplicationFixtures.RESIDENT_ID }, { "PHONE", PHONE } }) {
			for (String hashed : List.of(value[1], ALPHA + '\u0000' + value[0] + '\u0000' + value[1])) {
				plainHashes.add(sha256(hashed).substring(0, 32));
			}
		}
		assertThat(tokens).doesNotContainAnyElementsOf(plainHashes);
		assertThat(register.search(new ogi.casework.casework.RegisterQuery(null, null,
				ApplicationFixtures.RESIDENT_ID.toLowerCase(), null, null, null, null, null, null, null, false), 0, 50,
				ogi.casework.support.Agencies.user(ALPHA, Role.CLERK)).rows())
			.extracting(ogi.casework.casework.CaseRegister.Row::caseNumber).contains(caseNumber);
	}

	@Test
	void theLogsMaskPersonalDataThatOtherCodeLogs(CapturedOutput output) {
		org.slf4j.LoggerFactory.getLogger("some.library").warn("could not store {}",
				"phone 13800138000 of " + ApplicationFixtures.RESIDENT_ID,
				new org.springframework.dao.DataIntegrityViolationException("Duplicate entry '"
						+ ApplicationFixtures.RESIDENT_ID + "' for key 'ix_application_applicant'"));

		assertThat(output.getAll()).contains("could not store", "[redacted]", "ix_application_applicant")
			.doesNotContain(PHONE, ApplicationFixtures.RESIDENT_ID);
	}

	/** Every text and binary column of the schema that holds {@code value}, as table.column. */
	List<String> tablesHolding(String value) {
		List<Map<String, Object>> columns = jdbc.queryForList("""
				select table_name, column_name from information_schema.columns
				 where table_schema = database()
				   and data_type in ('char', 'varchar', 'text', 'tinytext', 'mediumtext', 'longtext', 'blob',
				                     'tinyblob', 'mediumblob', 'longblob', 'binary', 'varbinary', 'json')""");
		assertThat(columns).extracting(c -> c.get("table_name").toString().toLowerCase())
			.contains("intake_application", "fees_notice", "archive_item", "audit_entry", "reporting_case",
					"shared_idempotency_key");
		List<String> holding = new ArrayList<>();
		for (var column : columns) {
			String table = column.get("table_name").toString();
			String name = column.get("column_name").toString();
			Long count = jdbc.queryForObject("select count(*) from `" + table + "` where `" + name
					+ "` like concat('%', ?, '%')", Long.class, value);
			if (count != null && count > 0) {
				holding.add(table + "." + name);
			}
		}
		return holding;
	}

	String aWholeCase() throws Exception {
		String caseNumber = received();
		as(Role.CLERK, post("/api/cases/" + caseNumber + "/registration"), "{\"decision\": \"ACCEPT\"}")
				.andExpect(status().isOk());
		as(Role.HANDLER, post("/api/cases/" + caseNumber + "/search-records"), """
				{"searchedOn": "2026-11-20", "sourcesSearched": "公文系统、档案室", "keywords": "道路维修", "found": true}""")
				.andExpect(status().isOk());
		as(Role.HANDLER, post("/api/cases/" + caseNumber + "/reply-drafts"), """
				{"outcome": "DISCLOSE", "accessDetails": "于2026年12月1日前通过电子邮件提供"}""")
				.andExpect(status().isOk());
		as(Role.REVIEWER, post("/api/cases/" + caseNumber + "/reply-reviews"), "{\"verdict\": \"APPROVE\"}")
				.andExpect(status().isOk());
		as(Role.CLERK, post("/api/cases/" + caseNumber + "/deliveries"), """
				{"method": "POST", "deliveredOn": "2026-11-20", "trackingNumber": "1190012345678"}""")
				.andExpect(status().isOk());
		as(Role.CLERK, post("/api/cases/" + caseNumber + "/archiving"), null)
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ARCHIVED"));
		return caseNumber;
	}

	String received() throws Exception {
		return received(ApplicationFixtures.RESIDENT_ID, "2025年本区道路维修资金的使用情况");
	}

	String received(String idNumber, String request) throws Exception {
		String body = as(Role.CLERK, post("/api/applications"), ApplicationFixtures
				.anApplicationJson(LocalDate.ofInstant(clock.instant(), clock.getZone()), idNumber, request))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.caseNumber");
	}

	/** A resident ID: 17 digits and the GB 11643 check character (weights 2^(17-i) mod 11). */
	static String residentId(String first17) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

	ResultActions as(Role role, MockHttpServletRequestBuilder request, String json) throws Exception {
		request.with(httpBasic(username(ALPHA, role), PASSWORD));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}

	static Map<String, String> unzip(byte[] zip) throws Exception {
		Map<String, String> entries = new LinkedHashMap<>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

	static String sha256(String value) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(value.getBytes(StandardCharsets.UTF_8)));
	}
}
