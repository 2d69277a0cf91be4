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
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ogi.casework.accounts.AccountManagement;
import ogi.casework.accounts.Role;
import ogi.casework.support.Cases;
import ogi.casework.casework.CaseScript;
import ogi.casework.fees.FeeMethod;
import ogi.casework.fees.FeeNoticeForm;
import ogi.casework.intake.ApplicantType;
import ogi.casework.litigation.DecisionType;
import ogi.casework.litigation.LitigationManagement;
import ogi.casework.litigation.MatterForms;
import ogi.casework.litigation.MatterKind;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.support.Agencies;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;
import tools.jackson.databind.json.JsonMapper;

/**
 * A year of real cases driven through the process in an agency of their own — every row of table 3 and every
 * applicant column used, cases crossing the year end — produces exactly the expected tables, passes every invariant,
 * and reads the same as JSON, XLSX and HTML.
 */
@CaseworkIntegrationTest
class AnnualReportIntegrationTests {

	static final String AGENCY = "RPT_YEAR";

	static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

	static final LocalDate JAN_5 = LocalDate.of(2027, 1, 5);

	/** What each case of 2026 ends with and the row the spec puts it in (written out, not derived from the code). */
	static final List<Planned> CONCLUDED_2026 = List.of(
			new Planned(Outcome.DISCLOSE, null, "三(一)"),
			new Planned(Outcome.PARTIAL, null, "三(二)"),
			new Planned(Outcome.DENY, ExemptionGround.STATE_SECRET, "三(三)1"),
			new Planned(Outcome.DENY, ExemptionGround.LAW_PROHIBITS, "三(三)2"),
			new Planned(Outcome.DENY, ExemptionGround.THREE_SECURITY_ONE_STABILITY, "三(三)3"),
			new Planned(Outcome.DENY, ExemptionGround.THIRD_PARTY_RIGHTS, "三(三)4"),
			new Planned(Outcome.DENY, ExemptionGround.INTERNAL_AFFAIRS, "三(三)5"),
			new Planned(Outcome.DENY, ExemptionGround.PROCESS_INFO, "三(三)6"),
			new Planned(Outcome.DENY, ExemptionGround.ENFORCEMENT_CASE_FILE, "三(三)7"),
			new Planned(Outcome.DENY, ExemptionGround.ADMIN_QUERY_MATTER, "三(三)8"),
			new Planned(Outcome.NOT_EXIST, null, "三(四)1"),
			new Planned(Outcome.NEEDS_CREATION, null, "三(四)2"),
			new Planned(Outcome.UNCLEAR_AFTER_SUPPLEMENT, null, "三(四)3"),
			new Planned(Outcome.PETITION_NOT_OGI, null, "三(五)1"),
			new Planned(Outcome.REPEAT, null, "三(五)2"),
			new Planned(Outcome.PUBLICATION, null, "三(五)3"),
			new Planned(Outcome.ART35_REFUSED, null, "三(五)4"),
			new Planned(Outcome.CONFIRM_OR_REISSUE, null, "三(五)5"),
			new Planned(Outcome.SPECIAL_REGIME, null, "三(六)3"),
			new Planned(Outcome.ALREADY_PUBLIC, null, "三(一)"),
			new Planned(Outcome.NOT_RESPONSIBLE, null, "三(四)1"));

	static Expected expected2026;

	static Expected expected2027;

	static String crossingCase;

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

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@BeforeEach
	void aYearOfCases() {
		if (expected2026 == null) {
			generate();
		}
		clock.setTo(JAN_5.plusDays(1));
	}

	private void generate() {
		ReportingFixtures.agency(accounts, AGENCY);
		var script = new CaseScript(cases, process);
		var y2026 = new Expected();
		var y2027 = new Expected();
		clock.setTo(NOV_20);
		// Art. 36(6): a REPEAT cites the same applicant's answered application, so each type's first case.
		var firstOf = new java.util.EnumMap<ApplicantType, String>(ApplicantType.class);
		String denied = null;
		for (int i = 0; i < CONCLUDED_2026.size(); i++) {
			var planned = CONCLUDED_2026.get(i);
			var type = ApplicantType.values()[i % ApplicantType.values().length];
			String caseNumber = script.open(AGENCY, application(type, NOV_20, idOf(type)));
			script.accept(AGENCY, caseNumber);
			script.reply(AGENCY, caseNumber, draft(planned.outcome(), planned.ground(), firstOf.get(type)), NOV_20);
			firstOf.putIfAbsent(type, caseNumber);
			denied = planned.outcome() == Outcome.DENY ? caseNumber : denied;
			y2026.add("一", type);
			y2026.add(planned.row(), type);
			y2026.add("三(七)", type);
		}
		// (六)1: no supplement within the period — deemed abandoned on the day the process closes it.
		String abandoned = script.open(AGENCY, application(ApplicantType.LEGAL_SERVICE_ORG, NOV_20,
				idOf(ApplicantType.LEGAL_SERVICE_ORG)));
		script.askForSupplement(AGENCY, abandoned, NOV_20, 15);
		y2026.add("一", ApplicantType.LEGAL_SERVICE_ORG).add("三(六)1", ApplicantType.LEGAL_SERVICE_ORG)
				.add("三(七)", ApplicantType.LEGAL_SERVICE_ORG);
		// (六)2: the fee not paid within the payment window.
		String unpaid = script.open(AGENCY, application(ApplicantType.OTHER_ORG, NOV_20, idOf(ApplicantType.OTHER_ORG)));
		script.accept(AGENCY, unpaid);
		script.noticeFee(AGENCY, unpaid, new FeeNoticeForm(FeeMethod.PER_PAGE, 40, null, null, NOV_20, NOV_20));
		y2026.add("一", ApplicantType.OTHER_ORG).add("三(六)2", ApplicantType.OTHER_ORG)
				.add("三(七)", ApplicantType.OTHER_ORG);
		// Open at the year end: one finished in January, one still open.
		crossingCase = script.open(AGENCY, application(ApplicantType.RESEARCH_INSTITUTION, NOV_20,
				idOf(ApplicantType.RESEARCH_INSTITUTION)));
		script.accept(AGENCY, crossingCase);
		String stillOpen = script.open(AGENCY, application(ApplicantType.NATURAL_PERSON, NOV_20,
				idOf(ApplicantType.NATURAL_PERSON)));
		script.accept(AGENCY, stillOpen);
		y2026.add("一", ApplicantType.RESEARCH_INSTITUTION).add("四", ApplicantType.RESEARCH_INSTITUTION);
		y2026.add("一", ApplicantType.NATURAL_PERSON).add("四", ApplicantType.NATURAL_PERSON);

		clock.setTo(LocalDate.of(2026, 12, 14));
		script.fire(AGENCY, abandoned, "supplementPeriodExpired");
		clock.setTo(LocalDate.of(2026, 12, 28));
		script.fire(AGENCY, unpaid, "feeWindowExpired");

		// Table 4: a reconsideration upheld in 2026, one undecided, a direct suit undecided.
		String refused = denied;
		long upheld = matter(MatterKind.RECONSIDERATION, "某某区人民政府", LocalDate.of(2026, 11, 25), refused);
		litigation.recordDecision(upheld, new MatterForms.DecisionForm(DecisionType.UPHELD, LocalDate.of(2026, 12, 10),
				LocalDate.of(2026, 12, 11), null, null, null), Agencies.user(AGENCY, Role.LEGAL));
		matter(MatterKind.RECONSIDERATION, "某某区人民政府", LocalDate.of(2026, 12, 1), refused);
		matter(MatterKind.LAWSUIT_DIRECT, "某某区人民法院", LocalDate.of(2026, 12, 2),
				firstOf.get(ApplicantType.NATURAL_PERSON));

		clock.setTo(JAN_5);
		script.reply(AGENCY, crossingCase, draft(Outcome.DISCLOSE, null, null), JAN_5);
		String received2027 = script.open(AGENCY, application(ApplicantType.SOCIAL_WELFARE_ORG, JAN_5,
				idOf(ApplicantType.SOCIAL_WELFARE_ORG)));
		script.accept(AGENCY, received2027);
		script.reply(AGENCY, received2027, draft(Outcome.NOT_RESPONSIBLE, null, null), JAN_5);
		y2027.add("二", ApplicantType.RESEARCH_INSTITUTION).add("三(一)", ApplicantType.RESEARCH_INSTITUTION)
				.add("三(七)", ApplicantType.RESEARCH_INSTITUTION);
		y2027.add("二", ApplicantType.NATURAL_PERSON).add("四", ApplicantType.NATURAL_PERSON);
		y2027.add("一", ApplicantType.SOCIAL_WELFARE_ORG).add("三(四)1", ApplicantType.SOCIAL_WELFARE_ORG)
				.add("三(七)", ApplicantType.SOCIAL_WELFARE_ORG);
		expected2027 = y2027;
		expected2026 = y2026;
	}

	private long matter(MatterKind kind, String body, LocalDate copyReceivedOn, String caseNumber) {
		return litigation.register(new MatterForms.Registration(kind, body, kind + "-" + copyReceivedOn, copyReceivedOn,
				null, List.of(caseNumber), null), Agencies.user(AGENCY, Role.LEGAL)).matter().id();
	}

	@Test
	void tableFourCountsTheYearsReconsiderationsAndLawsuitsInTheOfficialOrder() throws Exception {
		var report = report(2026, Role.LEGAL);

		assertThat(report.tableFour().title()).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
		assertThat(report.tableFour().numbers()).containsExactly(1, 0, 0, 1, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0);

		// Labelled as table 3 is (国办公开办函〔2021〕30号 table 4): the columns, and each block with its heading.
		String body = mvc.perform(get("/api/reports/annual").param("year", "2026")
				.with(httpBasic(username(AGENCY, Role.LEGAL), PASSWORD))).andExpect(status().isOk())
				.andExpect(jsonPath("$.tableFour.columns[0]").value("结果维持"))
				.andExpect(jsonPath("$.tableFour.columns[4]").value("总计"))
				.andExpect(jsonPath("$.tableFour.rows[0].section").value("行政复议"))
				.andExpect(jsonPath("$.tableFour.rows[1].section").value("行政诉讼"))
				.andExpect(jsonPath("$.tableFour.rows[1].label").value("未经复议直接起诉"))
				.andExpect(jsonPath("$.tableFour.rows[2].label").value("复议后起诉"))
				.andReturn().getResponse().getContentAsString();
		assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<Integer>>read(body, "$.tableFour.rows[0].values"))
				.containsExactly(1, 0, 0, 1, 2);
		assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<Integer>>read(body, "$.tableFour.rows[1].values"))
				.containsExactly(0, 0, 0, 1, 1);
	}

	@Test
	void aYearOfCasesProducesExactlyTheExpectedTableThreeAndPassesEveryInvariant() throws Exception {
		var report = report(2026, Role.HEAD);

		assertThat(report.violations()).isEmpty();
		assertThat(report.valid()).isTrue();
		assertThat(report.provisional()).isFalse();
		assertThat(actual(report.tableThree())).isEqualTo(expected2026.values);
		assertThat(report.tableThree().rows()).allSatisfy(line -> assertThat(line.values()).hasSize(7));
		assertThat(report.tableThree().rows().stream().filter(line -> line.code().startsWith("三("))
				.filter(line -> !line.code().equals("三(七)")))
				.as("every outcome row of table 3 is used at least once")
				.allSatisfy(line -> assertThat(line.values().get(6)).isPositive());
		for (int column = 0; column < 6; column++) {
			assertThat(report.tableThree().value(TableThreeRow.NEW, column)).as("column %d is used", column)
					.isPositive();
		}
		assertThat(report.fees().notices()).isEqualTo(1);
		assertThat(report.fees().amountPaid()).isEqualByComparingTo("0");
		assertThat(report.fees().statement()).isEqualTo("2026年未收取信息处理费。");
	}

	@Test
	void aCaseFinishedInJanuaryCountsInTheNewYearAndTheCarryOverMatches() throws Exception {
		var y2026 = report(2026, Role.LEGAL);
		var y2027 = report(2027, Role.HEAD);

		assertThat(actual(y2027.tableThree())).isEqualTo(expected2027.values);
		assertThat(y2027.tableThree().values(TableThreeRow.CARRIED_OVER))
				.isEqualTo(y2026.tableThree().values(TableThreeRow.CARRIED_FORWARD));
		assertThat(y2027.provisional()).as("2027 is not over on 6 January 2027").isTrue();
		assertThat(y2027.valid()).isTrue();
		assertThat(y2027.tableThree().value(TableThreeRow.DISCLOSED, ApplicantType.RESEARCH_INSTITUTION.ordinal()))
				.as("%s was delivered on 5 January 2027", crossingCase).isEqualTo(1);
	}

	@Test
	void theTableUsesTheExactLabelsOfTheOfficialFormat() throws Exception {
		var table = report(2026, Role.HEAD).tableThree();

		assertThat(table.note()).isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
		assertThat(table.columns()).containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
		assertThat(table.rows()).extracting(TableThree.Line::label).startsWith("一、本年新收政府信息公开申请数量",
				"二、上年结转政府信息公开申请数量", "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1.属于国家秘密")
				.endsWith("（七）总计", "四、结转下年度继续办理").hasSize(25);
		assertThat(table.rows().get(6).label()).isEqualTo("3.危及“三安全一稳定”");
		assertThat(table.rows().get(23).section()).isEqualTo("三、本年度办理结果");
	}

	@Test
	void theWorkbookHasTheOfficialLayoutWithTheSameFigures() throws Exception {
		var report = report(2026, Role.HEAD);
		byte[] xlsx = mvc.perform(get("/api/reports/annual").param("year", "2026").param("format", "xlsx")
				.with(httpBasic(username(AGENCY, Role.HEAD), PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet(AnnualReportWorkbook.TABLE_THREE_SHEET);
			assertThat(text(sheet, 1, 0)).isEqualTo(TableThreeRow.NOTE);
			assertThat(text(sheet, 1, 3)).isEqualTo("申请人情况");
			assertThat(text(sheet, 2, 4)).isEqualTo("法人或其他组织");
			assertThat(text(sheet, 3, 8)).isEqualTo("其他");
			assertThat(text(sheet, 2, 9)).isEqualTo("总计");
			assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A2:C4"),
					CellRangeAddress.valueOf("D2:J2"), CellRangeAddress.valueOf("E3:I3"),
					CellRangeAddress.valueOf("A5:C5"), CellRangeAddress.valueOf("B9:B16"));
			int r = AnnualReportWorkbook.TABLE_THREE_FIRST_ROW;
			assertThat(text(sheet, r, 0)).isEqualTo("一、本年新收政府信息公开申请数量");
			assertThat(text(sheet, r + 2, 0)).isEqualTo("三、本年度办理结果");
			assertThat(text(sheet, r + 2, 1)).isEqualTo("（一）予以公开");
			assertThat(text(sheet, r + 4, 1)).isEqualTo("（三）不予公开");
			assertThat(text(sheet, r + 4, 2)).isEqualTo("1.属于国家秘密");
			assertThat(text(sheet, r + 24, 0)).isEqualTo("四、结转下年度继续办理");
			for (int row = 0; row < 25; row++) {
				for (int column = 0; column < 7; column++) {
					assertThat((long) sheet.getRow(r + row).getCell(3 + column).getNumericCellValue())
							.as("row %s column %d", report.tableThree().rows().get(row).code(), column)
							.isEqualTo(report.tableThree().rows().get(row).values().get(column));
				}
			}
			Sheet four = workbook.getSheet(AnnualReportWorkbook.TABLE_FOUR_SHEET);
			assertThat(text(four, 1, 0)).isEqualTo("行政复议");
			assertThat(text(four, 1, 5)).isEqualTo("行政诉讼");
			assertThat(text(four, 2, 5)).isEqualTo("未经复议直接起诉");
			assertThat(text(four, 2, 10)).isEqualTo("复议后起诉");
			assertThat(text(four, 2, 0)).isEqualTo("结果维持");
			assertThat(text(four, 3, 14)).isEqualTo("总计");
			assertThat(four.getMergedRegions()).contains(CellRangeAddress.valueOf("A2:E2"),
					CellRangeAddress.valueOf("F2:O2"), CellRangeAddress.valueOf("A3:A4"), CellRangeAddress.valueOf("K3:O3"));
			for (int column = 0; column < 15; column++) {
				assertThat((int) four.getRow(4).getCell(column).getNumericCellValue()).as("table 4 column %d", column)
						.isEqualTo(report.tableFour().numbers().get(column));
			}
			assertThat(workbook.getSheet(AnnualReportWorkbook.FEES_SHEET).getRow(1).getCell(0).getStringCellValue())
					.isEqualTo("2026年未收取信息处理费。");
			assertThat(workbook.getSheet(AnnualReportWorkbook.CHECKS_SHEET).getRow(0).getCell(0).getStringCellValue())
					.isEqualTo("各项勾稽关系均成立");
			// the notes an agency files with its report read in Chinese, the counting rules with their article
			StringBuilder checks = new StringBuilder();
			workbook.getSheet(AnnualReportWorkbook.CHECKS_SHEET).forEach(row -> row.forEach(cell -> checks
					.append(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
							? cell.getStringCellValue() : "").append('\n')));
			assertThat(checks.toString()).contains("每件申请计一次", "条例第三十一条", "二 与 2025 年度的四 对照");
			ogi.casework.support.ChineseText.assertChineseDocument("the workbook's checks and notes",
					checks.toString().replace(AGENCY, " "));
		}
	}

	@Test
	void thePrintablePageShowsEveryLabelExactlyAndEscaped() throws Exception {
		String html = mvc.perform(get("/api/reports/annual").param("year", "2026")
				.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
				.with(httpBasic(username(AGENCY, Role.HEAD), PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(html).startsWith("<!DOCTYPE html>").contains(TableThreeRow.NOTE, "申请人情况", "法人或其他组织",
				"三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理",
				"四、政府信息公开行政复议、行政诉讼情况", "六、其他需要报告的事项", "校验：各项勾稽关系均成立");
		for (TableThreeRow row : TableThreeRow.values()) {
			assertThat(html).contains(">" + row.label() + "<");
		}
		assertThat(html).contains("<td rowspan=\"8\">（三）不予公开</td>", "<th colspan=\"5\">未经复议直接起诉</th>",
				"<td class=\"n\">2</td>");
	}

	@Test
	void aConcludedCaseWithoutARowIsNamedAndCountedInTheTotalOnly() throws Exception {
		var before = report(2026, Role.HEAD);
		// a row as an older release may have left it: concluded in 2026, its outcome placed in no row
		jdbc.update("insert into reporting_case (agency_code, case_number, applicant_type, applicant_key, channel,"
				+ " receipt_date, status, outcome, report_row, concluded_on, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?,"
				+ " ?, ?, ?)", AGENCY, AGENCY + "-LEGACY-1", "NATURAL_PERSON", "legacy", "IN_PERSON",
				java.sql.Date.valueOf("2026-03-02"), "REPLIED", "DENY", null, java.sql.Date.valueOf("2026-03-20"),
				java.sql.Timestamp.from(java.time.Instant.parse("2026-03-20T08:00:00Z")));
		try {
			var report = report(2026, Role.HEAD);
			assertThat(report.violations()).extracting(Violation::rule, Violation::where)
					.contains(org.assertj.core.groups.Tuple.tuple("unplaced", AGENCY + "-LEGACY-1"));
			// the printable page says so in Chinese
			String html = mvc.perform(get("/api/reports/annual").param("year", "2026").param("format", "html")
					.with(httpBasic(username(AGENCY, Role.HEAD), PASSWORD))).andExpect(status().isOk()).andReturn()
					.getResponse().getContentAsString();
			assertThat(html).contains("案件 " + AGENCY + "-LEGACY-1 已办结，但其处理结果在表三中没有对应的行");
			assertThat(report.tableThree().value(TableThreeRow.TOTAL, 6))
					.isEqualTo(before.tableThree().value(TableThreeRow.TOTAL, 6) + 1);
			assertThat(report.tableThree().value(TableThreeRow.NEW, 0))
					.isEqualTo(before.tableThree().value(TableThreeRow.NEW, 0) + 1);
		}
		finally {
			jdbc.update("delete from reporting_case where agency_code = ? and case_number = ?", AGENCY,
					AGENCY + "-LEGACY-1");
		}
	}

	@Test
	void rebuildingTheReadModelFromTheOwningModulesGivesTheSameReport() throws Exception {
		var before = report(2026, Role.HEAD);
		jdbc.update("delete from reporting_case where agency_code = ?", AGENCY);
		assertThat(report(2026, Role.HEAD).tableThree().value(TableThreeRow.NEW, 6)).isZero();

		mvc.perform(post("/api/reports/read-model/rebuild").with(httpBasic(username(AGENCY, Role.HEAD), PASSWORD)))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/reports/read-model/rebuild").with(httpBasic(username(AGENCY, Role.ADMIN), PASSWORD)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.cases").value(CONCLUDED_2026.size() + 5));

		assertThat(report(2026, Role.HEAD).tableThree()).isEqualTo(before.tableThree());
		assertThat(actual(report(2027, Role.HEAD).tableThree())).isEqualTo(expected2027.values);
	}

	@Test
	void onlyTheHeadLegalStaffAndTheAdministratorReadTheReport() throws Exception {
		for (Role role : List.of(Role.CLERK, Role.HANDLER, Role.REVIEWER)) {
			mvc.perform(get("/api/reports/annual").param("year", "2026")
					.with(httpBasic(username(AGENCY, role), PASSWORD)))
					.andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/reports/annual").param("year", "2026")
				.with(httpBasic(username(AGENCY, Role.ADMIN), PASSWORD)))
				.andExpect(status().isOk());
	}

	/**
	 * A transaction of its own started inside another (REQUIRES_NEW, as the nightly sweep reconciles each case)
	 * refreshes the reporting rows of its cases when it commits, not when the one it ran in does — nor never, when that
	 * one rolls back.
	 */
	@Test
	void aTransactionOfItsOwnInsideAnotherRefreshesItsCasesWhenItCommits() {
		ReportingFixtures.agency(accounts, "RPT_TX");
		String caseNumber = new CaseScript(cases, process).open("RPT_TX", application(ApplicantType.NATURAL_PERSON,
				NOV_20, idOf(ApplicantType.NATURAL_PERSON)));
		String rows = "select count(*) from reporting_case where agency_code = 'RPT_TX' and case_number = ?";
		jdbc.update("delete from reporting_case where agency_code = 'RPT_TX' and case_number = ?", caseNumber);
		var outer = new org.springframework.transaction.support.TransactionTemplate(transactions);
		var inner = new org.springframework.transaction.support.TransactionTemplate(transactions);
		inner.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		outer.executeWithoutResult(status -> {
			events.publishEvent(event("RPT_TX", "RPT_TX-2026-999999"));
			inner.executeWithoutResult(own -> events.publishEvent(event("RPT_TX", caseNumber)));
			status.setRollbackOnly();
		});

		assertThat(jdbc.queryForObject(rows, Long.class, caseNumber)).as("refreshed with the inner commit").isOne();
	}

	private ogi.casework.shared.CaseEvent event(String agency, String caseNumber) {
		return new ogi.casework.shared.CaseEvent(agency, caseNumber, "TEST_STEP", "tester", clock.instant(),
				"IN_HANDLING", "IN_HANDLING", "test");
	}

	@Test
	void anotherAgencySeesNoneOfTheseCases() throws Exception {
		ReportingFixtures.agency(accounts, "RPT_OTHER");

		var other = json.readValue(mvc.perform(get("/api/reports/annual").param("year", "2026")
				.with(httpBasic(username("RPT_OTHER", Role.HEAD), PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), AnnualReport.class);

		assertThat(other.agencyCodes()).containsExactly("RPT_OTHER");
		assertThat(other.tableThree().rows()).allSatisfy(line -> assertThat(line.values()).containsOnly(0L));
	}

	@Test
	void badInputIsAnsweredWithTheFieldAndTheRule() throws Exception {
		mvc.perform(get("/api/reports/annual").with(httpBasic(username(AGENCY, Role.HEAD), PASSWORD)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"))
				.andExpect(jsonPath("$.errors[0].rule").value("required"));
		mvc.perform(get("/api/reports/annual").param("year", "2031")
				.with(httpBasic(username(AGENCY, Role.HEAD), PASSWORD)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].rule").value("range"));
		mvc.perform(get("/api/reports/annual").param("year", "2026").param("format", "pdf")
				.with(httpBasic(username(AGENCY, Role.HEAD), PASSWORD)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
		mvc.perform(get("/api/reports/annual").param("year", "2026").param("scope", "GOVERNMENT")
				.with(httpBasic(username(AGENCY, Role.HEAD), PASSWORD)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scope"));
	}

	@Test
	void statisticsCountVolumesTimelinessOutcomesAndFrequentApplicants() throws Exception {
		String body = mvc.perform(get("/api/reports/statistics").param("from", "2026-11-01").param("to", "2026-12-31")
				.with(httpBasic(username(AGENCY, Role.REVIEWER), PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var statistics = json.readValue(body, OfficeStatistics.class);

		int received = CONCLUDED_2026.size() + 4;
		assertThat(statistics.received()).isEqualTo(received);
		assertThat(statistics.byChannel().get(ogi.casework.intake.Channel.IN_PERSON)).isEqualTo(received);
		assertThat(statistics.byApplicantType().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(received);
		assertThat(statistics.concluded()).isEqualTo(CONCLUDED_2026.size() + 2);
		assertThat(statistics.outcomes().get(Outcome.DENY)).isEqualTo(8);
		assertThat(statistics.outcomes().get(Outcome.ABANDONED_UNPAID)).isEqualTo(1);
		assertThat(statistics.timeliness().replies()).isEqualTo(CONCLUDED_2026.size());
		assertThat(statistics.timeliness().onTime()).isEqualTo(CONCLUDED_2026.size());
		assertThat(statistics.timeliness().medianWorkingDays()).as("replied on the day of receipt").isZero();
		assertThat(statistics.mostRequested()).first().satisfies(group -> {
			assertThat(group.applications()).isEqualTo(received);
			assertThat(group.applicants()).isEqualTo(6);
		});
		assertThat(statistics.frequentApplicants()).first().satisfies(frequent -> {
			assertThat(frequent.applicant().masked()).as("a reviewer sees applicants masked").isTrue();
			assertThat(frequent.applicant().idNumber()).doesNotContain("19491231");
		});
		assertThat(body).doesNotContain(ogi.casework.support.ApplicationFixtures.RESIDENT_ID);

		var january = json.readValue(mvc.perform(get("/api/reports/statistics").param("from", "2027-01-01")
				.param("to", "2027-01-31").with(httpBasic(username(AGENCY, Role.HEAD), PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), OfficeStatistics.class);
		assertThat(january.timeliness().replies()).isEqualTo(2);
		assertThat(january.timeliness().onTime()).as("%s was due on 18 December 2026", crossingCase).isEqualTo(1);
		// 20 November 2026 to 5 January 2027 on the official calendar: 6 + 23 + 3 working days — 1 January 2027 is
		// still a working day here, because the vendored calendar has no 2027 notice yet (provisional, spec §9.2).
		assertThat(january.timeliness().p90WorkingDays()).isEqualTo(32);
	}

	@Test
	void statisticsAreNotForClerksAndNeedAPeriod() throws Exception {
		mvc.perform(get("/api/reports/statistics").param("from", "2026-11-01").param("to", "2026-12-31")
				.with(httpBasic(username(AGENCY, Role.CLERK), PASSWORD)))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/reports/statistics").param("from", "2026-12-01").param("to", "2026-11-01")
				.with(httpBasic(username(AGENCY, Role.HEAD), PASSWORD)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"))
				.andExpect(jsonPath("$.errors[0].rule").value("order"));
	}

	private AnnualReport report(int year, Role role) throws Exception {
		String body = mvc.perform(get("/api/reports/annual").param("year", String.valueOf(year))
				.with(httpBasic(username(AGENCY, role), PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return json.readValue(body, AnnualReport.class);
	}

	private static long[][] actual(TableThree table) {
		long[][] values = new long[TableThreeRow.values().length][7];
		for (TableThreeRow row : TableThreeRow.values()) {
			for (int column = 0; column < 7; column++) {
				values[row.ordinal()][column] = table.value(row, column);
			}
		}
		return values;
	}

	private static String text(Sheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getStringCellValue();
	}

	/** One case of the year: its outcome, ground and the row the spec puts it in. */
	record Planned(Outcome outcome, ExemptionGround ground, String row) {
	}

	/** The expected table, built from the planned cases' rows as the spec states them. */
	static final class Expected {

		final long[][] values = new long[TableThreeRow.values().length][7];

		Expected add(String code, ApplicantType type) {
			var row = TableThreeRow.ofCode(code).orElseThrow();
			values[row.ordinal()][type.ordinal()]++;
			values[row.ordinal()][6]++;
			return this;
		}
	}

}
