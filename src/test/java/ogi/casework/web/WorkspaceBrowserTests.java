package ogi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import ogi.casework.accounts.Role;
import ogi.casework.support.Cases;
import ogi.casework.casework.Forms;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseProcess;
import ogi.casework.support.MutableClock;
import ogi.casework.support.TestClockConfiguration;

/**
 * The workspace in a real headless Chromium against the whole application on a random port, the test database and
 * the movable clock: one case from the clerk's form through draft, return, redraft, approval, sign-off, delivery and
 * archive; sign-in and sign-out, the language switch, CSRF, field errors, the worklist's markers and filters; every
 * main page passes a basic accessibility check and is photographed at 1280×800 and on a narrow window.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClockConfiguration.class, Agencies.class, CaseProcess.class, Cases.class })
class WorkspaceBrowserTests {

	static final LocalDate START = LocalDate.of(2026, 11, 20);

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	Cases cases;

	@AfterEach
	void resetClock() {
		clock.setTo(START);
	}

	@Test
	void oneCaseGoesFromTheClerksFormThroughReturnAndSignOffToTheArchive() throws Exception {
		String caseNumber;
		try (Browser clerk = new Browser(port)) {
			clerk.signIn(user(Role.CLERK), Agencies.PASSWORD);
			clerk.open("/applications/new");
			clerk.assertAccessible();
			clerk.screenshots("application-form");

			clerk.choose("f-applicant-type", "NATURAL_PERSON");
			clerk.type("f-applicant-name", "张三");
			clerk.choose("f-applicant-idDocumentType", "RESIDENT_ID_CARD");
			clerk.type("f-applicant-idNumber", ApplicationFixtures.RESIDENT_ID);
			clerk.type("f-applicant-phone", "13800000000");
			clerk.type("f-requestedInformation", "2026年某某区道路养护经费的预算和决算");
			clerk.choose("f-provisionForm", "PAPER");
			clerk.choose("f-obtainingMethod", "POST");
			clerk.choose("f-channel", "IN_PERSON");
			clerk.date("f-dates-submittedOn", START);
			clerk.click("submit-application");

			clerk.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("received")));
			caseNumber = clerk.path().replaceAll("^/cases/([^?]+).*$", "$1");
			assertThat(clerk.text("#received")).contains(START.toString());
			assertThat(status(clerk)).isEqualTo("RECEIVED");
			var acknowledgement = fetch(clerk, clerk.byId("print-acknowledgement").getAttribute("href"));
			assertThat(acknowledgement.statusCode()).isEqualTo(200);
			assertThat(acknowledgement.headers().firstValue("Content-Type")).hasValue("application/pdf");
			assertThat(clerk.byId("download-acknowledgement").getAttribute("href")).contains("/documents/");
			assertThat(clerk.text("#ledger")).contains("自 2026-11-20 起 20 个工作日").contains("届满");
			clerk.waitFor(d -> "true".equals(clerk.byId("diagram").getAttribute("data-rendered")));
			assertThat(clerk.all("#diagram .current-step")).isNotEmpty();
			clerk.assertAccessible();
			clerk.screenshots("case-received");

			clerk.choose("registration-decision", "ACCEPT");
			clerk.submit("form-registration");
			clerk.waitFor(d -> "IN_HANDLING".equals(status(clerk)));
		}

		try (Browser handler = new Browser(port)) {
			handler.signIn(user(Role.HANDLER), Agencies.PASSWORD);
			handler.open("/tasks");
			handler.assertAccessible();
			handler.screenshots("worklist");
			claimAndOpen(handler, caseNumber, "handleRequest");
			assertThat(handler.text("#applicant-id")).isEqualTo(ApplicationFixtures.RESIDENT_ID);

			handler.type("search-keywords", "道路养护 预算");
			handler.type("search-sourcesSearched", "财政科档案室；公文系统 2026 年");
			handler.choose("search-found", "true");
			handler.submit("form-search");
			handler.waitFor(d -> "DRAFTING".equals(status(handler)));

			draft(handler, "涉及尚在讨论中的过程性信息。");
			handler.waitFor(d -> "IN_REVIEW".equals(status(handler)));
		}

		try (Browser reviewer = new Browser(port)) {
			reviewer.signIn(user(Role.REVIEWER), Agencies.PASSWORD);
			reviewer.open("/tasks");
			claimAndOpen(reviewer, caseNumber, "reviewReply");
			assertThat(reviewer.text("#applicant-id")).as("the reviewer sees the ID number masked").contains("*");
			assertThat(letter(reviewer)).contains("政府信息公开申请答复书").contains("涉及尚在讨论中的过程性信息。");
			reviewer.assertAccessible();
			reviewer.screenshots("case-review");

			reviewer.type("review-reason", "请写明过程性信息的具体依据。");
			reviewer.click("return");
			reviewer.waitFor(d -> "DRAFTING".equals(status(reviewer)));
			assertThat(reviewer.all("#timeline li[data-action='REPLY_RETURNED']")).hasSize(1);
		}

		try (Browser handler = new Browser(port)) {
			handler.signIn(user(Role.HANDLER), Agencies.PASSWORD);
			// the message centre counts the returned draft; its link lists the returned drafts
			handler.open("/tasks");
			assertThat(Integer.parseInt(handler.text("#message-counts li[data-count='RETURNED'] strong")))
					.isGreaterThanOrEqualTo(1);
			handler.one("#message-counts li[data-count='RETURNED'] a").click();
			handler.waitFor(ExpectedConditions.urlContains("status=RETURNED"));
			assertThat(handler.all("tr[data-case='" + caseNumber + "'][data-step='draftReply']")).hasSize(1);
			handler.screenshots("worklist-returned");
			handler.open("/cases/" + caseNumber);
			assertThat(handler.text("#returned-reason")).contains("请写明过程性信息的具体依据。");
			draft(handler, "该信息为讨论记录，属于条例第十六条第二款规定的过程性信息。");
			handler.waitFor(d -> "IN_REVIEW".equals(status(handler)));
		}

		try (Browser reviewer = new Browser(port)) {
			reviewer.signIn(user(Role.REVIEWER), Agencies.PASSWORD);
			reviewer.open("/cases/" + caseNumber);
			assertThat(letter(reviewer)).contains("属于条例第十六条第二款规定的过程性信息");
			assertThat(reviewer.text("#draft-changes")).contains("第 2 版与第 1 版相比的修改")
					.contains("属于条例第十六条第二款规定");
			assertThat(reviewer.all("#draft-changes ins")).isNotEmpty();
			reviewer.screenshots("case-redraft-changes");
			reviewer.click("approve");
			reviewer.waitFor(d -> "AWAITING_SIGN_OFF".equals(status(reviewer)));
		}

		try (Browser head = new Browser(port)) {
			head.signIn(user(Role.HEAD), Agencies.PASSWORD);
			head.open("/tasks");
			claimAndOpen(head, caseNumber, "signOffReply");
			assertThat(letter(head)).as("the head sees exactly what they sign")
					.contains("属于条例第十六条第二款规定的过程性信息");
			head.click("sign-off");
			head.waitFor(d -> "AWAITING_DELIVERY".equals(status(head)));
		}

		try (Browser clerk = new Browser(port)) {
			clerk.signIn(user(Role.CLERK), Agencies.PASSWORD);
			clerk.open("/cases/" + caseNumber);
			assertThat(clerk.all("#documents a.print[data-kind='REPLY_LETTER']"))
					.as("the signed-off reply letter is there to print before the delivery").hasSize(1);
			clerk.choose("delivery-method", "IN_PERSON");
			clerk.type("delivery-recipient", "张三");
			clerk.submit("form-delivery");
			clerk.waitFor(d -> "REPLIED".equals(status(clerk)));
			assertThat(clerk.text("#ledger")).contains("申请行政复议期限");

			clerk.click("archive");
			assertThat(status(clerk)).as("archiving waits for the clerk's confirmation").isEqualTo("REPLIED");
			clerk.click("archive-confirm");
			clerk.click("archive");
			clerk.waitFor(d -> "ARCHIVED".equals(status(clerk)));
			assertThat(clerk.text("#archive-seal")).contains(user(Role.CLERK));
			var zip = fetch(clerk, clerk.byId("download-archive").getAttribute("href"));
			assertThat(zip.statusCode()).isEqualTo(200);
			assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
			assertThat(clerk.all("#timeline li[data-action='CASE_ARCHIVED']")).hasSize(1);
			assertThat(clerk.all("#documents a")).extracting(WebElement::getText)
					.anyMatch(text -> text.contains("政府信息公开申请答复书"));
			clerk.assertAccessible();
			clerk.screenshots("case-archived");
		}

		try (Browser legal = new Browser(port)) {
			// legal staff take the evidence bundle from the case page, in the Chinese a court reads
			legal.signIn(user(Role.LEGAL), Agencies.PASSWORD);
			legal.open("/cases/" + caseNumber);
			var bundle = fetch(legal, legal.byId("evidence-pdf").getAttribute("href"));
			assertThat(bundle.statusCode()).isEqualTo(200);
			assertThat(bundle.headers().firstValue("Content-Type")).hasValue("application/pdf");
			String text = pdfText(bundle.body());
			assertThat(text).contains(caseNumber).contains("张三");
			ogi.casework.support.ChineseText.assertChineseDocument("the evidence bundle from the case page", text,
					ogi.casework.support.ChineseText.testAgencyData());
			var zip = fetch(legal, legal.byId("evidence-zip").getAttribute("href"));
			assertThat(zip.statusCode()).isEqualTo(200);
			assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
		}

		try (Browser otherAgency = new Browser(port)) {
			otherAgency.signIn(Agencies.username(Agencies.BETA, Role.CLERK), Agencies.PASSWORD);
			otherAgency.open("/cases/" + caseNumber);
			assertThat(otherAgency.text("h1")).isEqualTo("未找到");
			assertThat(otherAgency.pageText()).doesNotContain("张三");
			assertThat(fetch(otherAgency, "/cases/" + caseNumber).statusCode()).isEqualTo(404);
			assertThat(fetch(otherAgency, "/cases/" + caseNumber + "/archive.zip").statusCode()).isEqualTo(404);
			otherAgency.assertAccessible();
			otherAgency.screenshots("not-found");
		}
	}

	@Test
	void signsInShowingNameAgencyAndRoleAndSignsOut() {
		try (Browser browser = new Browser(port)) {
			browser.open("/tasks");
			assertThat(browser.path()).startsWith("/login");
			browser.assertAccessible();
			browser.screenshots("login");

			browser.signIn(user(Role.HEAD), Agencies.PASSWORD);

			var session = browser.driver().manage().getCookieNamed("SESSION");
			assertThat(session.isHttpOnly()).as("scripts cannot read the session cookie").isTrue();
			assertThat(session.getSameSite()).isEqualTo("Lax");
			assertThat(browser.text("#who")).contains("ALPHA HEAD").contains("ALPHA 区人民政府办公室").contains("负责人");
			browser.signOut();
			assertThat(browser.pageText()).contains("您已退出登录");
			browser.open("/tasks");
			assertThat(browser.path()).startsWith("/login");
		}
	}

	@Test
	void worksWithTheKeyboardAloneAndShowsWhereTheFocusIs() {
		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			// autofocus applies once the page has settled, a moment after it loaded
			browser.waitFor(d -> "username".equals(browser.focused().getAttribute("id")));
			browser.focused().sendKeys(user(Role.HANDLER));
			browser.focused().sendKeys(Keys.TAB);
			browser.focused().sendKeys(Agencies.PASSWORD, Keys.ENTER);
			browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("who")));

			browser.one("body").sendKeys(Keys.TAB);
			assertThat(browser.focused().getText()).isEqualTo("跳到正文");
			assertThat(browser.focusOutline()).as("focus is visible").startsWith("solid");
			browser.focused().sendKeys(Keys.ENTER);
			browser.waitFor(d -> "main".equals(browser.focused().getAttribute("id")));
			browser.focused().sendKeys(Keys.TAB);
			assertThat(browser.focused().getAttribute("id")).as("from the content the filters come first")
					.isEqualTo("filter-step");
			assertThat(browser.focusOutline()).startsWith("solid");
		}
	}

	@Test
	void legalStaffSeeMattersByDeadlineAndTheAnnualReportWithChartsTablesAndWorkbook() throws Exception {
		try (Browser legal = new Browser(port)) {
			String caseNumber = cases.open(ApplicationFixtures.anApplication(START.minusDays(10)),
					ogi.casework.support.Agencies.user(Agencies.ALPHA, Role.CLERK)).caseNumber();
			legal.signIn(user(Role.LEGAL), Agencies.PASSWORD);
			legal.open("/cases/" + caseNumber);
			assertThat(legal.all("#evidence-pdf")).hasSize(1);
			legal.click("register-matter-for-case");
			legal.waitFor(ExpectedConditions.textToBe(By.cssSelector("h1"), "行政复议和行政诉讼"));
			assertThat(legal.byId("matter-caseNumbers").getAttribute("value")).isEqualTo(caseNumber);
			legal.choose("matter-kind", "RECONSIDERATION");
			legal.type("matter-body", "某某区人民政府");
			legal.type("matter-referenceNumber", "某复〔2026〕7号");
			legal.date("matter-copyReceivedOn", START);
			legal.click("register-matter");
			// the matter's own page replaces the form's (waited for: reading the old page's heading meanwhile fails)
			legal.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1"), "某复〔2026〕7号"));
			// Copy received Fri 11-20; 5 working days (simplified procedure): Mon 23 … Fri 27.
			assertThat(legal.text("h1")).contains("行政复议").contains("某复〔2026〕7号");
			assertThat(legal.pageText()).contains("提交书面答复及作出行政行为的证据、依据和其他有关材料").contains("2026-11-27");
			// Notice received today, Fri 11-20; the hearing on Tue 11-24 is 2 working days later, not 5.
			legal.date("hearing-heldOn", START.plusDays(4));
			legal.date("hearing-noticeReceivedOn", START);
			legal.type("hearing-place", "区政府三楼会议室");
			legal.submit("form-hearing");
			legal.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("flags")));
			assertThat(legal.text("#flags")).contains("听证通知不足五个工作日");
			String shown = legal.pageText();
			for (String datum : ogi.casework.support.ChineseText.testAgencyData()) {
				shown = shown.replace(datum, " ");
			}
			ogi.casework.support.ChineseText.assertChinese("the matter page", shown);
			var bundle = fetch(legal, legal.byId("evidence-pdf-" + caseNumber).getAttribute("href"));
			assertThat(bundle.statusCode()).isEqualTo(200);
			ogi.casework.support.ChineseText.assertChineseDocument("the evidence bundle from the matter page",
					pdfText(bundle.body()), ogi.casework.support.ChineseText.testAgencyData());
			legal.assertAccessible();
			legal.screenshots("matter");

			legal.one("a[href='/legal/matters']").click();
			legal.waitFor(ExpectedConditions.urlContains("/legal/matters"));
			legal.waitFor(ExpectedConditions.textToBe(By.cssSelector("h1"), "行政复议和行政诉讼"));
			legal.assertAccessible();
			legal.screenshots("matters");

			legal.one("a[href='/legal/risks']").click();
			legal.waitFor(ExpectedConditions.urlContains("/legal/risks"));
			legal.waitFor(ExpectedConditions.textToBe(By.cssSelector("h1"), "诉讼风险"));
			assertThat(legal.text("#risk-levels")).contains("高").contains("中").contains("低");
			legal.assertAccessible();
			legal.screenshots("risks");

			legal.one("a[href='/reports/annual']").click();
			legal.waitFor(d -> "true".equals(legal.byId("chart-outcomes").getAttribute("data-rendered")));
			assertThat(legal.text("h1")).isEqualTo("2026 年度政府信息公开工作年度报告");
			assertThat(legal.all("#table-three tbody tr")).hasSizeGreaterThan(10);
			assertThat(legal.all("#chart-applicants canvas")).isNotEmpty();
			var workbook = fetch(legal, legal.byId("download-xlsx").getAttribute("href"));
			assertThat(workbook.statusCode()).isEqualTo(200);
			assertThat(workbook.body()).startsWith((byte) 'P', (byte) 'K');
			legal.assertAccessible();
			legal.screenshots("annual-report");
		}
	}

	@Test
	void theAdministratorsPagesListUsersAgenciesAndCheckAHolidayNotice() {
		try (Browser agencyAdmin = new Browser(port)) {
			agencyAdmin.signIn(user(Role.ADMIN), Agencies.PASSWORD);
			agencyAdmin.one("a[href='/admin']").click();

			assertThat(agencyAdmin.all("#users tr[data-user='" + user(Role.HANDLER) + "']")).hasSize(1);
			assertThat(agencyAdmin.all("#password-" + user(Role.HANDLER))).hasSize(1);
			assertThat(agencyAdmin.text("#agencies")).contains("ALPHA").doesNotContain("BETA");
			assertThat(agencyAdmin.all("a[href='/admin/calendar']")).isEmpty();
			agencyAdmin.assertAccessible();
			agencyAdmin.screenshots("admin");

			agencyAdmin.open("/admin#letterhead-title");
			assertThat(agencyAdmin.byId("letterhead-agencyName").getAttribute("value")).isNotBlank();
			assertThat(agencyAdmin.byId("letterhead-court").getAttribute("value")).isNotBlank();
			agencyAdmin.screenshots("letterhead");
		}
		try (Browser admin = new Browser(port)) {
			admin.signIn(user(Role.PLATFORM_ADMIN), Agencies.PASSWORD);
			admin.one("a[href='/admin']").click();
			assertThat(admin.text("#agencies")).contains("ALPHA").contains("BETA");
			assertThat(admin.all("#users tr[data-user='" + user(Role.ADMIN) + "']")).hasSize(1);
			admin.assertAccessible();
			admin.screenshots("platform-admin");

			admin.one("a[href='/admin/calendar']").click();
			admin.type("f-notice", "{\"year\": 2099}");
			admin.click("load-notice");
			admin.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("f-notice-error")));
			assertThat(admin.text("#f-notice-error")).contains("papers").contains("days");
			admin.assertAccessible();
			admin.screenshots("calendar");

			// the same notice day by day: a holiday's last day before its first is refused at its row
			admin.type("f-year", "2092");
			admin.type("f-noticeUrl", "https://www.gov.cn/zhengce/2092.htm");
			admin.date("f-rows-0-from", LocalDate.of(2092, 10, 7));
			admin.date("f-rows-0-to", LocalDate.of(2092, 10, 1));
			admin.type("f-rows-0-name", "国庆节");
			admin.click("load-days");
			admin.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("f-rows-0-to-error")));
			assertThat(admin.text("#f-rows-0-to-error")).contains("日期先后顺序不对");
			admin.assertAccessible();
			admin.screenshots("calendar-days");
		}
	}

	@Test
	void administratorsManageUsersLetterheadRegionAndAgenciesOnTheirPages() throws Exception {
		String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
		String newUser = "alpha-wang-" + suffix;
		String region = "TEST-BROWSER-" + suffix.toUpperCase();
		// a region another page defined: a (made-up) 2093 notice whose Tuesday 2093-03-03 is a rest day
		var defined = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/api/calendar/regions/" + region
				+ "/days")).header("Authorization", basic(user(Role.ADMIN))).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"year": 2093, "noticeUrl": "测试政办发〔2093〕1号",
						 "days": [{"date": "2093-03-03", "name": "测试民族节日", "offDay": true}]}""")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);

		try (Browser admin = new Browser(port)) {
			admin.signIn(user(Role.ADMIN), Agencies.PASSWORD);
			admin.open("/admin");
			// adds a handler
			admin.type("user-username", newUser);
			admin.type("user-displayName", "王五");
			admin.type("user-password", "Wang#2026wu");
			admin.click("user-role-HANDLER");
			admin.submit("form-user");
			admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
					"已添加用户"));
			assertThat(admin.text("tr[data-user='" + newUser + "']")).contains("王五").contains("承办人");

			// makes them a reviewer too
			admin.click("roles-" + newUser + "-REVIEWER");
			admin.submit("roles-" + newUser);
			admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
					"已修改角色"));
			assertThat(admin.text("tr[data-user='" + newUser + "']")).contains("承办人").contains("审核人");

			// sets a new password, then disables the account
			admin.type("new-password-" + newUser, "Wang#2027wu");
			admin.submit("password-" + newUser);
			admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
					"已重设密码"));
			admin.submit("status-" + newUser);
			admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
					"已停用用户"));
			assertThat(admin.one("tr[data-user='" + newUser + "']").getAttribute("data-enabled")).isEqualTo("false");

			// edits the letterhead, and chooses the regional calendar
			admin.type("letterhead-agencyName", "某某市某某区人民政府办公室");
			admin.click("save-letterhead");
			admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
					"已保存文书抬头"));
			assertThat(admin.byId("letterhead-agencyName").getAttribute("value")).isEqualTo("某某市某某区人民政府办公室");
			admin.choose("f-regionCode", region);
			admin.click("save-region");
			admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
					"已保存适用的节假日安排"));
			assertThat(new org.openqa.selenium.support.ui.Select(admin.byId("f-regionCode")).getFirstSelectedOption()
					.getAttribute("value")).isEqualTo(region);
			assertThat(workingDayAfter(user(Role.CLERK), "2093-03-02")).as("ALPHA counts on the region's rest day")
					.isEqualTo("2093-03-04");
			admin.assertAccessible();
			admin.screenshots("admin-after-changes", region, newUser);

			// and back: the configured letterhead and the national calendar
			admin.type("letterhead-agencyName", " ");
			admin.click("save-letterhead");
			admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
					"已保存文书抬头"));
			admin.choose("f-regionCode", "");
			admin.click("save-region");
			admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
					"已保存适用的节假日安排"));
			assertThat(workingDayAfter(user(Role.CLERK), "2093-03-02")).isEqualTo("2093-03-03");
		}

		try (Browser disabled = new Browser(port)) {
			disabled.open("/login");
			disabled.type("username", newUser);
			disabled.type("password", "Wang#2027wu");
			disabled.click("sign-in");
			// the click returns once the form is sent: on a loaded machine the answer's page may not be there yet
			disabled.waitFor(ExpectedConditions.or(ExpectedConditions.urlContains("/login?"),
					ExpectedConditions.presenceOfElementLocated(By.id("who"))));
			assertThat(disabled.path()).as("a disabled account cannot sign in").startsWith("/login?");
			assertThat(disabled.all("#who")).isEmpty();
		}

		String agency = "G" + suffix.toUpperCase();
		try (Browser platform = new Browser(port)) {
			platform.signIn(user(Role.PLATFORM_ADMIN), Agencies.PASSWORD);
			platform.open("/admin");
			platform.type("agency-code", agency);
			platform.type("agency-name", "某某县交通运输局");
			platform.type("agency-administrator-username", agency.toLowerCase() + "-admin");
			platform.type("agency-administrator-displayName", "赵六");
			platform.type("agency-administrator-password", "Zhao#2026liu");
			platform.submit("form-agency");
			platform.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
					"已添加机关"));
			assertThat(platform.text("#agencies")).contains(agency).contains("某某县交通运输局");
		}
		try (Browser firstAdmin = new Browser(port)) {
			firstAdmin.signIn(agency.toLowerCase() + "-admin", "Zhao#2026liu");
			firstAdmin.open("/admin");
			assertThat(firstAdmin.text("#agencies")).contains(agency).doesNotContain("ALPHA");
			assertThat(firstAdmin.all("#form-user")).as("the new agency's administrator adds its users").hasSize(1);
		}
	}

	private String basic(String username) {
		return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + Agencies.PASSWORD)
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The next working day after {@code date} on the calendar the user's agency follows, through the API. */
	private String workingDayAfter(String username, String date) throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/api/calendar/working-days?from="
				+ date + "&add=1")).header("Authorization", basic(username)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body().replaceAll("(?s).*\"date\"\\s*:\\s*\"([0-9-]+)\".*", "$1");
	}

	@Test
	void theClerkSeesTheSameIdNumberUnderAnotherNameAndTheHandlerSeesARepeatApplication() {
		String earlier = cases.open(ApplicationFixtures.anApplication(START), Agencies.user(Agencies.ALPHA, Role.CLERK))
				.caseNumber();
		String later;
		try (Browser clerk = new Browser(port)) {
			clerk.signIn(user(Role.CLERK), Agencies.PASSWORD);
			clerk.open("/applications/new");
			clerk.choose("f-applicant-type", "NATURAL_PERSON");
			clerk.type("f-applicant-name", "赵七");
			clerk.choose("f-applicant-idDocumentType", "RESIDENT_ID_CARD");
			clerk.type("f-applicant-idNumber", ApplicationFixtures.RESIDENT_ID);
			clerk.type("f-applicant-phone", "13900000000");
			clerk.type("f-requestedInformation", "本区公园绿化养护合同");
			clerk.choose("f-provisionForm", "PAPER");
			clerk.choose("f-obtainingMethod", "POST");
			clerk.choose("f-channel", "IN_PERSON");
			clerk.date("f-dates-submittedOn", START);
			clerk.click("submit-application");
			clerk.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("received")));
			later = clerk.path().replaceAll("^/cases/([^?]+).*$", "$1");
			// the same ID number was given under another name: the clerk is told at intake, with the earlier case
			assertThat(clerk.text("#same-identity")).contains(earlier).contains("张三");
			clerk.screenshots("case-same-identity");
		}
		String repeat = cases.open(ApplicationFixtures.anApplication(START), Agencies.user(Agencies.ALPHA, Role.CLERK))
				.caseNumber();
		cases.register(repeat, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null),
				Agencies.user(Agencies.ALPHA, Role.CLERK));
		try (Browser handler = new Browser(port)) {
			// the same applicant asked for the same information before: the handler sees it at handling
			handler.signIn(user(Role.HANDLER), Agencies.PASSWORD);
			handler.open("/cases/" + repeat);
			assertThat(handler.text("#similar")).contains("同一申请人的重复申请").contains(earlier)
					.doesNotContain(later);
			handler.screenshots("case-similar");
		}
	}

	@Test
	void theHandlerConsultsAThirdPartyAndAsksForAnExtensionWhichTheHeadApprovesOnTheCasePage() {
		clock.setTo(START);
		String caseNumber = cases.open(ApplicationFixtures.anApplication(START),
				Agencies.user(Agencies.ALPHA, Role.CLERK)).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null),
				Agencies.user(Agencies.ALPHA, Role.CLERK));
		try (Browser handler = new Browser(port)) {
			handler.signIn(user(Role.HANDLER), Agencies.PASSWORD);
			handler.open("/tasks?step=handleRequest");
			claimAndOpen(handler, caseNumber, "handleRequest");

			handler.choose("consultation-kind", "THIRD_PARTY");
			handler.type("consultation-party", "某某建设有限公司");
			handler.date("consultation-sentOn", START);
			handler.date("consultation-receivedOn", START);
			handler.type("consultation-question", "申请公开的合同涉及贵公司商业秘密，请在十五个工作日内提出意见。");
			handler.submit("form-consultation");
			handler.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
					"已发出征求意见书"));
			assertThat(handler.all("#timeline li[data-action='CONSULTATION_REQUESTED']")).hasSize(1);
			handler.screenshots("case-consultation", "某某建设有限公司");

			// the search recorded, the case waits for the third party's answer
			handler.type("search-keywords", "道路维修 资金");
			handler.type("search-sourcesSearched", "财政科档案室");
			handler.choose("search-found", "true");
			handler.submit("form-search");
			handler.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("form-answer-1")));
			clock.setTo(START.plusDays(3));
			handler.open("/cases/" + caseNumber);
			handler.choose("answer-1-opinion", "AGREES");
			handler.date("answer-1-answeredOn", START.plusDays(3));
			handler.type("answer-1-answer", "同意公开。");
			handler.submit("form-answer-1");
			handler.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
					"已记录答复"));
			assertThat(handler.all("#timeline li[data-action='CONSULTATION_ANSWERED']")).hasSize(1);

			handler.choose("extension-kind", "EXTENSION");
			handler.type("extension-workingDays", "20");
			handler.type("extension-reason", "需要调取多个部门的档案，二十个工作日内难以答复。");
			handler.submit("form-extension");
			handler.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
					"延期申请已报负责人"));
		}
		try (Browser head = new Browser(port)) {
			head.signIn(user(Role.HEAD), Agencies.PASSWORD);
			head.open("/tasks?step=approveExtension");
			claimAndOpen(head, caseNumber, "approveExtension");
			assertThat(head.text("#form-extension-decision")).contains("需要调取多个部门的档案");
			head.date("extension-decision-approvedOn", START.plusDays(3));
			head.date("extension-decision-noticedOn", START.plusDays(3));
			head.one("#form-extension-decision button[value='APPROVE']").click();
			head.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.success"),
					"已记录延期审批"));
			assertThat(head.all("#timeline li[data-action='EXTENSION_APPROVED']")).hasSize(1);
			// Art. 33(2): 20 working days, extended by at most 20 more
			assertThat(head.text("#ledger")).contains("自 2026-11-20 起 40 个工作日");
			head.assertAccessible();
			head.screenshots("case-extension-approved", "某某建设有限公司");
		}
	}

	@Test
	void refusesAWrongPassword() {
		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			browser.type("username", user(Role.CLERK));
			browser.type("password", "wrong");
			browser.click("sign-in");
			// the click returns once the form is sent: on a loaded machine the answer's page may not be there yet
			browser.waitFor(ExpectedConditions.urlContains("error"));

			assertThat(browser.path()).isEqualTo("/login?error");
			assertThat(browser.text("[role=alert]")).contains("用户名或密码不正确");
		}
	}

	@Test
	void switchesBetweenChineseAndEnglish() {
		try (Browser browser = new Browser(port)) {
			browser.signIn(user(Role.CLERK), Agencies.PASSWORD);
			assertThat(browser.one("html").getAttribute("lang")).isEqualTo("zh-CN");
			assertThat(browser.text("h1")).isEqualTo("待办事项");

			browser.one(".lang a[lang='en']").click();
			browser.waitFor(ExpectedConditions.textToBe(By.cssSelector("h1"), "Worklist"));
			assertThat(browser.one("html").getAttribute("lang")).isEqualTo("en");
			browser.open("/applications/new");
			assertThat(browser.text("h1")).isEqualTo("Log an application for disclosure");
			assertThat(browser.text("label[for='f-channel']")).contains("Channel");

			browser.one(".lang a[lang='zh-CN']").click();
			browser.waitFor(ExpectedConditions.textToBe(By.cssSelector("h1"), "登记政府信息公开申请"));
			assertThat(browser.one("html").getAttribute("lang")).isEqualTo("zh-CN");
		}
	}

	@Test
	void refusesAPostWithoutItsCsrfToken() throws Exception {
		try (Browser browser = new Browser(port)) {
			browser.signIn(user(Role.CLERK), Agencies.PASSWORD);

			var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/applications"))
					.header("Cookie", browser.sessionCookie())
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("applicant.name=x&requestedInformation=y")).build(),
					HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(fetch(browser, "/tasks").statusCode()).as("the session itself is fine").isEqualTo(200);
		}
	}

	@Test
	void checksTheIdNumberAsTypedAndShowsTheServersErrorsNextToTheFields() {
		try (Browser clerk = new Browser(port)) {
			clerk.signIn(user(Role.CLERK), Agencies.PASSWORD);
			clerk.open("/applications/new");

			clerk.type("f-applicant-idNumber", "110105194912310021");
			assertThat(clerk.consoleErrors()).isEmpty();
			assertThat(clerk.byId("id-check").getAttribute("class")).contains("bad");
			assertThat(clerk.text("#id-check")).contains("未通过");
			clerk.type("f-applicant-idNumber", ApplicationFixtures.RESIDENT_ID);
			assertThat(clerk.byId("id-check").getAttribute("class")).contains("ok");
			clerk.choose("f-applicant-idDocumentType", "UNIFIED_SOCIAL_CREDIT_CODE");
			clerk.choose("f-applicant-type", "COMMERCIAL_ENTERPRISE");
			clerk.type("f-applicant-idNumber", "91350100M000100Y43");
			assertThat(clerk.byId("id-check").getAttribute("class")).contains("ok");
			clerk.type("f-applicant-idNumber", "91350100M000100Y44");
			assertThat(clerk.byId("id-check").getAttribute("class")).contains("bad");

			clerk.choose("f-applicant-type", "NATURAL_PERSON");
			clerk.choose("f-applicant-idDocumentType", "RESIDENT_ID_CARD");
			clerk.type("f-applicant-idNumber", "110105194912310021");
			clerk.type("f-applicant-name", "李四");
			clerk.type("f-requestedInformation", "某文件");
			clerk.date("f-dates-submittedOn", START.plusDays(3));
			clerk.click("submit-application");

			clerk.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
			assertThat(clerk.path()).isEqualTo("/applications");
			assertThat(clerk.text("#f-applicant-idNumber-error")).contains("校验码");
			assertThat(clerk.byId("f-applicant-idNumber").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(clerk.text("#f-applicant-phone-error")).contains("联系方式");
			assertThat(clerk.byId("f-applicant-name").getAttribute("value")).as("what was typed stays").isEqualTo("李四");
			clerk.assertAccessible();
			clerk.screenshots("application-form-errors");

			clerk.type("f-applicant-idNumber", ApplicationFixtures.RESIDENT_ID);
			clerk.type("f-applicant-phone", "13800000000");
			clerk.click("submit-application");

			clerk.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("f-dates-submittedOn-error")));
			assertThat(clerk.text("#f-dates-submittedOn-error")).contains("不能晚于今天");
			assertThat(clerk.all("#f-applicant-idNumber-error")).isEmpty();
		}
	}

	@Test
	void worklistMarksOverdueDueSoonAndProvisionalDatesAndFiltersByStepAndStatus() {
		String overdue = openApplicationOn(LocalDate.of(2027, 12, 1));
		String dueSoon = openApplicationOn(LocalDate.of(2027, 12, 8));
		String provisional = openApplicationOn(LocalDate.of(2027, 12, 15));
		cases.register(provisional, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null),
				Agencies.user(Agencies.ALPHA, Role.CLERK));

		try (Browser clerk = new Browser(port)) {
			clerk.signIn(user(Role.CLERK), Agencies.PASSWORD);
			clerk.open("/tasks");
			assertThat(row(clerk, overdue).getAttribute("class")).contains("overdue");
			assertThat(row(clerk, overdue).getText()).contains("已逾期");
			assertThat(row(clerk, dueSoon).getAttribute("class")).contains("due-soon");
			assertThat(row(clerk, dueSoon).getText()).contains("即将到期").contains("2027-12-17");
			var dueDates = clerk.all("table.tasks tbody tr td.due span:first-child").stream()
					.map(WebElement::getText).toList();
			assertThat(dueDates).isSorted();

			clerk.choose("filter-status", "OVERDUE");
			clerk.waitFor(d -> clerk.all("tr[data-case='" + dueSoon + "']").isEmpty());
			assertThat(clerk.all("tr[data-case='" + overdue + "']")).hasSize(1);
			assertThat(clerk.path()).contains("status=OVERDUE");
			clerk.choose("filter-status", "ALL");
			clerk.choose("filter-step", "deliverReply");
			clerk.waitFor(d -> clerk.all("tr[data-case='" + overdue + "']").isEmpty());
		}

		try (Browser handler = new Browser(port)) {
			handler.signIn(user(Role.HANDLER), Agencies.PASSWORD);
			handler.open("/tasks?step=handleRequest");
			assertThat(row(handler, provisional).findElements(By.cssSelector(".tag.provisional"))).hasSize(1);
			assertThat(handler.scrollsSideways()).isFalse();
		}
	}

	private String openApplicationOn(LocalDate date) {
		clock.setTo(date);
		return cases.open(ApplicationFixtures.anApplication(date), Agencies.user(Agencies.ALPHA, Role.CLERK))
				.caseNumber();
	}

	private static WebElement row(Browser browser, String caseNumber) {
		return browser.one("tr[data-case='" + caseNumber + "']");
	}

	private static void claimAndOpen(Browser browser, String caseNumber, String step) {
		browser.one("tr[data-case='" + caseNumber + "'][data-step='" + step + "'] button.claim").click();
		browser.waitFor(ExpectedConditions.urlContains("/cases/" + caseNumber));
		browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
	}

	private static void draft(Browser handler, String reasons) {
		handler.choose("draft-outcome", "DENY");
		handler.choose("draft-ground", "PROCESS_INFO");
		handler.type("draft-reasons", reasons);
		handler.submit("form-draft");
	}

	/** The reply letter as the page frames it. */
	private static String letter(Browser browser) {
		browser.driver().switchTo().frame(browser.byId("letter-preview"));
		try {
			return browser.pageText();
		}
		finally {
			browser.driver().switchTo().defaultContent();
		}
	}

	private static String pdfText(byte[] pdf) throws java.io.IOException {
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
		}
	}

	private static String status(Browser browser) {
		return browser.byId("case-status").getAttribute("data-status");
	}

	private static String user(Role role) {
		return Agencies.username(Agencies.ALPHA, role);
	}

	private URI url(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
	}

	/** Fetches a link with the browser's session, to look at status and headers the browser does not expose. */
	private HttpResponse<byte[]> fetch(Browser browser, String pathOrUrl) throws Exception {
		return HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(url(pathOrUrl)).header("Cookie", browser.sessionCookie()).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}
}
