package ogi.casework.reporting;

import static ogi.casework.reporting.ReportingFixtures.application;
import static ogi.casework.reporting.ReportingFixtures.draft;
import static ogi.casework.reporting.ReportingFixtures.idOf;
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
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.Role;
import ogi.casework.support.Cases;
import ogi.casework.casework.CaseScript;
import ogi.casework.intake.ApplicantType;
import ogi.casework.litigation.LitigationManagement;
import ogi.casework.litigation.MatterForms;
import ogi.casework.litigation.MatterKind;
import ogi.casework.reply.Outcome;
import ogi.casework.support.Agencies;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published year is locked by the office head: its figures stay as published, later changes to its cases are
 * listed per case beside them (a later change to table 4 is noted), the next year's carry-over is checked against it, and a broken invariant is shown and
 * blocks the next lock.
 */
@CaseworkIntegrationTest
class AnnualReportLockIntegrationTests {

	static final String AGENCY = "RPT_LOCK";

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
	JsonMapper json;

	@Autowired
	LitigationManagement litigation;

	@Test
	void aLockedYearKeepsItsFiguresListsLaterCorrectionsAndTheNextYearShowsTheBrokenCarryOver() throws Exception {
		ReportingFixtures.agency(accounts, AGENCY);
		var script = new CaseScript(cases, process);
		clock.setTo(NOV_20);
		String replied = script.open(AGENCY, application(ApplicantType.NATURAL_PERSON, NOV_20,
				idOf(ApplicantType.NATURAL_PERSON)));
		script.accept(AGENCY, replied);
		script.reply(AGENCY, replied, draft(Outcome.DISCLOSE, null, null), NOV_20);
		String open = script.open(AGENCY, application(ApplicantType.COMMERCIAL_ENTERPRISE, NOV_20,
				idOf(ApplicantType.COMMERCIAL_ENTERPRISE)));
		script.accept(AGENCY, open);

		clock.setTo(LocalDate.of(2026, 12, 31));
		lock(2026, Role.HEAD).andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("yearNotOver"));

		clock.setTo(LocalDateTime.of(2027, 1, 4, 10, 30));
		lock(2026, Role.LEGAL).andExpect(status().isForbidden());
		var locked = json.readValue(lock(2026, Role.HEAD).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(), AnnualReport.class);
		assertThat(locked.locked().lockedBy()).isEqualTo(username(AGENCY, Role.HEAD));
		assertThat(locked.locked().lockedAt()).isEqualTo(clock.instant());
		assertThat(locked.tableThree().values(TableThreeRow.CARRIED_FORWARD)).containsExactly(0L, 1L, 0L, 0L, 0L, 0L,
				1L);
		lock(2026, Role.HEAD).andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("locked"));

		// The open case is answered in January: it stays in 四 of 2026, so nothing changes for the locked year.
		script.reply(AGENCY, open, draft(Outcome.DISCLOSE, null, null), LocalDate.of(2027, 1, 4));
		assertThat(report(2026).corrections()).isEmpty();

		// A letter signed for on 30 December 2026 is logged only now: it belongs to 2026, which is published already.
		clock.setTo(LocalDateTime.of(2027, 1, 6, 9, 0));
		String late = script.open(AGENCY, ReportingFixtures.bySignedPost(ApplicantType.NATURAL_PERSON,
				LocalDate.of(2026, 12, 30), idOf(ApplicantType.NATURAL_PERSON)));

		var y2026 = report(2026);
		assertThat(y2026.locked()).isNotNull();
		assertThat(y2026.tableThree().value(TableThreeRow.NEW, 6)).as("the published figures stay").isEqualTo(2);
		assertThat(y2026.corrections()).singleElement().satisfies(correction -> {
			assertThat(correction.caseNumber()).isEqualTo(late);
			assertThat(correction.lockedPlacement()).isEqualTo("—");
			assertThat(correction.currentPlacement()).isEqualTo("四");
			assertThat(correction.changedAt()).isEqualTo(clock.instant());
		});
		assertThat(y2026.valid()).isTrue();
		assertThat(y2026.notes()).noneMatch(note -> note.startsWith("Table 4 has changed"));

		// A reconsideration of 2026 registered after the lock: the published table 4 stays, the change is noted.
		litigation.register(new MatterForms.Registration(MatterKind.RECONSIDERATION, "某某区人民政府", "复〔2026〕9号",
				LocalDate.of(2026, 12, 28), null, List.of(replied), null), Agencies.user(AGENCY, Role.LEGAL));
		var withMatter = report(2026);
		assertThat(withMatter.tableFour().numbers()).containsOnly(0);
		assertThat(withMatter.notes()).anyMatch(note -> note.startsWith("Table 4 has changed")
				&& note.contains("[0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]"));

		var y2027 = report(2027);
		assertThat(y2027.tableThree().value(TableThreeRow.CARRIED_OVER, 6)).isEqualTo(2);
		assertThat(y2027.valid()).isFalse();
		assertThat(y2027.violations()).extracting(Violation::rule).containsOnly("carryOver");
		assertThat(y2027.violations()).extracting(Violation::where).containsExactlyInAnyOrder("自然人", "总计");
		assertThat(y2027.violations().get(0).message()).contains("the locked report of 2026");

		String html = mvc.perform(get("/api/reports/annual.html").param("year", "2027")
				.with(httpBasic(username(AGENCY, Role.HEAD), PASSWORD))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("校验：2 项勾稽关系不成立", "data-rule=\"carryOver\"");
		String html2026 = mvc.perform(get("/api/reports/annual.html").param("year", "2026")
				.with(httpBasic(username(AGENCY, Role.HEAD), PASSWORD))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html2026).contains("锁定后更正（未计入上表）", "<td>" + late + "</td>");
		byte[] xlsx = mvc.perform(get("/api/reports/annual.xlsx").param("year", "2027")
				.with(httpBasic(username(AGENCY, Role.HEAD), PASSWORD))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var checks = workbook.getSheet(AnnualReportWorkbook.CHECKS_SHEET);
			assertThat(checks.getRow(0).getCell(0).getStringCellValue()).isEqualTo("勾稽关系不成立：");
			// the broken carry-over in Chinese: where, and what does not add up
			assertThat(checks.getRow(1).getCell(0).getStringCellValue()).isEqualTo("自然人");
			assertThat(checks.getRow(1).getCell(2).getStringCellValue()).contains("不等于上年度的四");
		}

		clock.setTo(LocalDate.of(2028, 1, 4));
		lock(2027, Role.HEAD).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("year"))
				.andExpect(jsonPath("$.errors[0].rule").value("carryOver"));
	}

	private org.springframework.test.web.servlet.ResultActions lock(int year, Role role) throws Exception {
		return mvc.perform(post("/api/reports/annual/{year}/lock", year)
				.with(httpBasic(username(AGENCY, role), PASSWORD)));
	}

	private AnnualReport report(int year) throws Exception {
		return json.readValue(mvc.perform(get("/api/reports/annual").param("year", String.valueOf(year))
				.with(httpBasic(username(AGENCY, Role.HEAD), PASSWORD))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(), AnnualReport.class);
	}
}
