package ogi.casework.intake;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * Art. 31 receipt dates over the API: a bad date gets a problem detail naming the field and the rule, and nothing is
 * stored.
 */
@CaseworkIntegrationTest
class ReceiptDateIntegrationTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void itIsFriday() {
		clock.setTo(FRIDAY);
	}

	@Test
	void refusesAFaxWithoutTheDayItArrivedAndAConfirmationBeforeIt() throws Exception {
		int before = applications();

		log("FAX", "{\"confirmedOn\": \"2026-11-19\"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("dates.arrivedOn"))
				.andExpect(jsonPath("$.errors[0].rule").value("required"));
		log("FAX", "{\"arrivedOn\": \"2026-11-19\", \"confirmedOn\": \"2026-11-18\"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("dates.confirmedOn"))
				.andExpect(jsonPath("$.errors[0].rule").value("order"));
		log("FAX", "{\"arrivedOn\": \"2026-11-18\", \"confirmedOn\": \"2026-11-19\"}").andExpect(status().isCreated())
				.andExpect(jsonPath("$.receiptDate").value("2026-11-19"));

		assertThat(applications()).isEqualTo(before + 1);
	}

	@Test
	void refusesSignedPostSignedForBeforeItWasPosted() throws Exception {
		log("POST_SIGNED", "{\"submittedOn\": \"2026-11-18\", \"signedForOn\": \"2026-11-17\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("dates.signedForOn"))
				.andExpect(jsonPath("$.errors[0].rule").value("order"));
	}

	@Test
	void refusesReceiptDatesBeforeTheCalendarOrOlderThanAYear() throws Exception {
		int before = applications();

		// The official calendar begins in 2007; every date input is bounded there already when the body is read
		// (ogi.input.earliest-date), so the request is refused as out of range before the receipt rule runs.
		log("IN_PERSON", "{\"submittedOn\": \"2006-12-31\"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("dates.submittedOn"))
				.andExpect(jsonPath("$.errors[0].rule").value("dateRange"));
		// 2026-11-20 minus one year (ogi.intake.max-receipt-age, default P1Y) is 2025-11-20.
		log("IN_PERSON", "{\"submittedOn\": \"2025-11-19\"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("dates.submittedOn"))
				.andExpect(jsonPath("$.errors[0].rule").value("maxReceiptAge"));

		assertThat(applications()).isEqualTo(before);
	}

	private ResultActions log(String channel, String dates) throws Exception {
		String json = ApplicationFixtures.anApplicationJson(FRIDAY)
				.replace("\"channel\": \"IN_PERSON\", \"dates\": {\"submittedOn\": \"2026-11-20\"}",
						"\"channel\": \"" + channel + "\", \"dates\": " + dates);
		assertThat(json).contains("\"dates\": " + dates);
		return mvc.perform(post("/api/applications").with(httpBasic("alpha-clerk", "secret"))
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private int applications() {
		return jdbc.queryForObject("select count(*) from intake_application where agency_code = 'ALPHA'", Integer.class);
	}
}
