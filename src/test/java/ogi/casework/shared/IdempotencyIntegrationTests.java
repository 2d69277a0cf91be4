package ogi.casework.shared;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import ogi.casework.accounts.Role;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/** The same application posted again with its Idempotency-Key gets the first answer and creates nothing more. */
@CaseworkIntegrationTest
class IdempotencyIntegrationTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ogi.casework.support.Cases cases;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
	}

	@Test
	void theSameKeyPostedSevenTimesMakesOneCaseAndReplaysTheFirstAnswer() throws Exception {
		String key = UUID.randomUUID().toString();
		long before = applications();

		var first = postApplication(key, Role.CLERK, application()).andExpect(status().isCreated())
				.andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED)).andReturn().getResponse();
		for (int retry = 0; retry < 6; retry++) {
			postApplication(key, Role.CLERK, application())
					.andExpect(status().isCreated())
					.andExpect(header().string(IdempotencyFilter.REPLAYED, "true"))
					.andExpect(header().string("Location", first.getHeader("Location")))
					.andExpect(jsonPath("$.caseNumber").value(com.jayway.jsonpath.JsonPath
							.<String>read(first.getContentAsString(), "$.caseNumber")));
		}

		assertThat(applications()).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("select count(*) from shared_idempotency_key where idempotency_key = ?",
				Long.class, key)).isOne();
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefusedWith422AndChangesNothing() throws Exception {
		String key = UUID.randomUUID().toString();
		postApplication(key, Role.CLERK, application()).andExpect(status().isCreated());
		long before = applications();

		postApplication(key, Role.CLERK, application().replace("道路维修资金", "路灯维护资金"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("/problems/idempotency-key-reused"))
				.andExpect(jsonPath("$.errors[0].field").value(IdempotencyFilter.HEADER));

		assertThat(applications()).isEqualTo(before);
	}

	@Test
	void aKeyIsPerUserAndExpiresAfterItsTime() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = application();
		postApplication(key, Role.CLERK, body).andExpect(status().isCreated());
		long before = applications();

		mvc.perform(post("/api/applications").with(httpBasic("beta-clerk", PASSWORD))
				.header(IdempotencyFilter.HEADER, key).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated()).andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED));
		clock.advance(Duration.ofHours(24).plusSeconds(1));
		postApplication(key, Role.CLERK, body).andExpect(status().isCreated())
				.andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED));

		assertThat(applications()).isEqualTo(before + 2);
	}

	@Test
	void aRefusedRequestKeepsNothingSoItsKeyCanBeUsedAgain() throws Exception {
		String key = UUID.randomUUID().toString();
		postApplication(key, Role.CLERK, application().replace(ApplicationFixtures.RESIDENT_ID, "110105194912310021"))
				.andExpect(status().isBadRequest());

		postApplication(key, Role.CLERK, application()).andExpect(status().isCreated())
				.andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED));
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413AndKeepsNoKey() throws Exception {
		String key = UUID.randomUUID().toString();
		String huge = application().replace("2025年本区道路维修资金的使用情况", "很".repeat(400_000));

		postApplication(key, Role.CLERK, huge).andExpect(status().isContentTooLarge())
				.andExpect(jsonPath("$.errors[0].field").value("body"))
				.andExpect(jsonPath("$.errors[0].rule").value("maxSize"));

		assertThat(jdbc.queryForObject("select count(*) from shared_idempotency_key where idempotency_key = ?",
				Long.class, key)).isZero();
	}

	@Test
	void aClientWithABearerTokenGetsTheSameOneCase() throws Exception {
		String body = mvc.perform(post("/api/tokens").with(httpBasic(username(ALPHA, Role.CLERK), PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String token = com.jayway.jsonpath.JsonPath.read(body, "$.access_token");
		String key = UUID.randomUUID().toString();
		long before = applications();

		for (int attempt = 0; attempt < 2; attempt++) {
			mvc.perform(post("/api/applications").header("Authorization", "Bearer " + token)
					.header(IdempotencyFilter.HEADER, key).contentType(MediaType.APPLICATION_JSON)
					.content(application())).andExpect(status().isCreated());
		}

		assertThat(applications()).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("select username from shared_idempotency_key where idempotency_key = ?",
				String.class, key)).isEqualTo(username(ALPHA, Role.CLERK));
	}

	@Test
	void anyCreatingPostIsCoveredForExampleAMattersRegistration() throws Exception {
		String caseNumber = cases.open(ApplicationFixtures.anApplication(LocalDate.of(2026, 8, 3)),
				ogi.casework.support.Agencies.user(ALPHA, Role.CLERK)).caseNumber();
		String reference = "idem-" + UUID.randomUUID();
		String matter = """
				{"kind": "RECONSIDERATION", "body": "某某区人民政府", "referenceNumber": "%s",
				 "copyReceivedOn": "2026-11-20", "caseNumbers": ["%s"]}""".formatted(reference, caseNumber);
		String key = UUID.randomUUID().toString();

		var first = postMatter(key, matter).andExpect(status().isCreated())
				.andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED)).andReturn().getResponse();
		postMatter(key, matter).andExpect(status().isCreated())
				.andExpect(header().string(IdempotencyFilter.REPLAYED, "true"))
				.andExpect(jsonPath("$.matter.id").value(com.jayway.jsonpath.JsonPath
						.<Integer>read(first.getContentAsString(), "$.matter.id")));

		assertThat(jdbc.queryForObject("select count(*) from litigation_matter where reference_number = ?",
				Long.class, reference)).isOne();
	}

	ResultActions postMatter(String key, String json) throws Exception {
		return mvc.perform(post("/api/matters").with(httpBasic(username(ALPHA, Role.LEGAL), PASSWORD))
				.header(IdempotencyFilter.HEADER, key).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions postApplication(String key, Role role, String json) throws Exception {
		return mvc.perform(post("/api/applications").with(httpBasic(username(ALPHA, role), PASSWORD))
				.header(IdempotencyFilter.HEADER, key).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	String application() {
		return ApplicationFixtures.anApplicationJson(LocalDate.ofInstant(clock.instant(), clock.getZone()));
	}

	long applications() {
		return jdbc.queryForObject("select count(*) from intake_application", Long.class);
	}
}
