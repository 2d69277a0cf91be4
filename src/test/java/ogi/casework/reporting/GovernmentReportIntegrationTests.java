package ogi.casework.reporting;

import static ogi.casework.reporting.ReportingFixtures.application;
import static ogi.casework.reporting.ReportingFixtures.draft;
import static ogi.casework.reporting.ReportingFixtures.idOf;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.Agency;
import ogi.casework.accounts.Role;
import ogi.casework.support.Cases;
import ogi.casework.casework.CaseScript;
import ogi.casework.intake.ApplicantType;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.shared.InvalidInput;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;
import tools.jackson.databind.json.JsonMapper;

/**
 * A government's report aggregates its own agency and its departments (R-49: 本级政府): its head, legal staff and
 * administrator see the figures, never the departments' cases; a department has no government scope.
 */
@CaseworkIntegrationTest
class GovernmentReportIntegrationTests {

	static final String GOVERNMENT = "RPT_GOV";

	static final String FIRST = "RPT_DEP1";

	static final String SECOND = "RPT_DEP2";

	static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Cases cases;

	@Autowired
	CaseProcess process;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void theGovernmentSeesTheSumOfItsDepartmentsAndNoneOfTheirCases() throws Exception {
		for (String code : new String[] { GOVERNMENT, FIRST, SECOND }) {
			ReportingFixtures.agency(accounts, code);
		}
		accounts.assignToGovernment(FIRST, GOVERNMENT);
		accounts.assignToGovernment(SECOND, GOVERNMENT);
		var script = new CaseScript(cases, process);
		clock.setTo(NOV_20);
		String first = script.open(FIRST, application(ApplicantType.NATURAL_PERSON, NOV_20,
				idOf(ApplicantType.NATURAL_PERSON)));
		script.accept(FIRST, first);
		script.reply(FIRST, first, draft(Outcome.DENY, ExemptionGround.PROCESS_INFO, null), NOV_20);
		String second = script.open(SECOND, application(ApplicantType.LEGAL_SERVICE_ORG, NOV_20,
				idOf(ApplicantType.LEGAL_SERVICE_ORG)));
		script.accept(SECOND, second);
		script.open(SECOND, application(ApplicantType.NATURAL_PERSON, NOV_20, idOf(ApplicantType.NATURAL_PERSON)));
		clock.setTo(LocalDate.of(2027, 1, 4));

		String body = mvc.perform(get("/api/reports/annual").param("year", "2026").param("scope", "government")
				.with(httpBasic(username(GOVERNMENT, Role.LEGAL), PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var aggregate = json.readValue(body, AnnualReport.class);

		assertThat(aggregate.scope()).isEqualTo(AnnualReport.Scope.GOVERNMENT);
		assertThat(aggregate.agencyCodes()).containsExactly(GOVERNMENT, FIRST, SECOND);
		assertThat(aggregate.tableThree().values(TableThreeRow.NEW)).containsExactly(2L, 0L, 0L, 0L, 1L, 0L, 3L);
		assertThat(aggregate.tableThree().values(TableThreeRow.DENIED_6)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
		assertThat(aggregate.tableThree().values(TableThreeRow.CARRIED_FORWARD)).containsExactly(1L, 0L, 0L, 0L, 1L,
				0L, 2L);
		assertThat(aggregate.valid()).isTrue();
		assertThat(aggregate.corrections()).isEmpty();
		assertThat(body).doesNotContain(first, second, "RPT_DEP2-2026");
		var own = json.readValue(mvc.perform(get("/api/reports/annual").param("year", "2026")
				.with(httpBasic(username(GOVERNMENT, Role.HEAD), PASSWORD))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(), AnnualReport.class);
		assertThat(own.tableThree().value(TableThreeRow.NEW, 6)).as("the government office's own cases").isZero();
		var department = json.readValue(mvc.perform(get("/api/reports/annual").param("year", "2026")
				.with(httpBasic(username(FIRST, Role.HEAD), PASSWORD))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(), AnnualReport.class);
		assertThat(department.tableThree().value(TableThreeRow.NEW, 6)).isEqualTo(1);

		mvc.perform(get("/api/reports/annual").param("year", "2026").param("scope", "GOVERNMENT")
				.with(httpBasic(username(GOVERNMENT, Role.CLERK), PASSWORD)))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/reports/annual").param("year", "2026").param("scope", "GOVERNMENT")
				.with(httpBasic(username(FIRST, Role.HEAD), PASSWORD)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].rule").value("government"));
		assertThat(accounts.departmentsOf(GOVERNMENT)).extracting(Agency::code).containsExactly(FIRST, SECOND);
		assertThatThrownBy(() -> accounts.assignToGovernment(GOVERNMENT, FIRST)).isInstanceOf(InvalidInput.class)
				.hasMessageContaining("departments");

		// a concluded case without a row of table 3 (as an older release may have left one): the government's own is
		// named in its aggregate, a department's only counted
		for (String agency : new String[] { GOVERNMENT, FIRST }) {
			jdbc.update("insert into reporting_case (agency_code, case_number, applicant_type, applicant_key, channel,"
					+ " receipt_date, status, outcome, report_row, concluded_on, changed_at) values (?, ?, ?, ?, ?, ?,"
					+ " ?, ?, ?, ?, ?)", agency, agency + "-LEGACY-1", "NATURAL_PERSON", "legacy", "IN_PERSON",
					java.sql.Date.valueOf("2026-03-02"), "REPLIED", "DENY", null, java.sql.Date.valueOf("2026-03-20"),
					java.sql.Timestamp.from(java.time.Instant.parse("2026-03-20T08:00:00Z")));
		}
		String flagged = mvc.perform(get("/api/reports/annual").param("year", "2026").param("scope", "government")
				.with(httpBasic(username(GOVERNMENT, Role.LEGAL), PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json.readValue(flagged, AnnualReport.class).violations())
			.extracting(Violation::rule, Violation::where)
			.contains(org.assertj.core.groups.Tuple.tuple("unplaced", GOVERNMENT + "-LEGACY-1"),
					org.assertj.core.groups.Tuple.tuple("unplaced", FIRST));
		assertThat(flagged).doesNotContain(FIRST + "-LEGACY-1");
		String page = mvc.perform(get("/api/reports/annual").param("year", "2026").param("scope", "government")
				.param("format", "html").with(httpBasic(username(GOVERNMENT, Role.LEGAL), PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
						java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("所属部门 " + FIRST + " 有 1 件已办结案件").doesNotContain(FIRST + "-LEGACY-1");
	}
}
