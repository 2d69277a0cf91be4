package ogi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ogi.casework.accounts.Role;
import ogi.casework.support.Cases;
import ogi.casework.shared.CaseStatus;
import ogi.casework.deadlines.Extension;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * The pages through the real security filters on the real database: sessions in the shared database with their
 * timeout, security headers, CSRF, agency isolation, masking, field errors, and the steps the browser scenario does
 * not walk — supplement, consultation with its pause in words, the head's extension, electronic delivery with its
 * confirmation.
 */
@CaseworkIntegrationTest
class WebPagesIntegrationTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@Autowired
	MockMvc mvc;

	@Autowired
	ogi.casework.audit.AuditManagement audit;

	@Autowired
	MutableClock clock;

	@Autowired
	Cases cases;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void monday() {
		clock.setTo(MONDAY);
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicyAndTheOtherSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Security-Policy", Matchers.allOf(
						Matchers.containsString("default-src 'self'"), Matchers.containsString("script-src 'self'"),
						Matchers.containsString("frame-ancestors 'none'"), Matchers.containsString("object-src 'none'"))))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("Referrer-Policy", "same-origin"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Permissions-Policy", Matchers.containsString("camera=()")));
	}

	@Test
	void keepsThePageSessionInTheSharedDatabaseWithAThirtyMinuteTimeout() throws Exception {
		Cookie session = signIn(Role.CLERK);

		assertThat(jdbc.queryForObject(
				"SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ? ORDER BY CREATION_TIME DESC LIMIT 1",
				Integer.class, Agencies.username(Agencies.ALPHA, Role.CLERK))).isEqualTo(30 * 60);
		mvc.perform(get("/tasks").cookie(session)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("ALPHA CLERK")));
	}

	@Test
	void theApiStaysStatelessWithHttpBasic() throws Exception {
		var response = mvc.perform(get("/api/tasks").with(httpBasic(Agencies.username(Agencies.ALPHA, Role.CLERK),
				Agencies.PASSWORD))).andExpect(status().isOk()).andReturn().getResponse();

		assertThat(response.getHeaders("Set-Cookie")).isEmpty();
	}

	@Test
	void refusesAFormPostWithoutItsCsrfToken() throws Exception {
		Cookie session = signIn(Role.CLERK);
		String caseNumber = openCase();

		mvc.perform(post("/cases/" + caseNumber + "/registration").cookie(session).param("decision", "ACCEPT"))
				.andExpect(status().isForbidden());

		assertThat(cases.find(caseNumber, clerk()).status()).isEqualTo(CaseStatus.RECEIVED);
	}

	@Test
	void showsTheServersErrorsNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
		Cookie session = signIn(Role.CLERK);

		mvc.perform(post("/applications").cookie(session).with(csrf())
				.param("applicant.type", "COMMERCIAL_ENTERPRISE").param("applicant.name", "某某公司")
				.param("applicant.idDocumentType", "UNIFIED_SOCIAL_CREDIT_CODE")
				.param("applicant.idNumber", "91350100M000100Y44").param("applicant.email", "a@example.cn")
				.param("requestedInformation", "某文件").param("provisionForm", "PAPER")
				.param("obtainingMethod", "POST").param("channel", "POST_SIGNED"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.allOf(
						Matchers.containsString("id=\"f-applicant-idNumber-error\""),
						Matchers.containsString("统一社会信用代码有误"),
						Matchers.containsString("value=\"某某公司\""),
						Matchers.containsString("aria-invalid=\"true\""))));
	}

	@Test
	void anotherAgencysCaseIsNotFoundAndItsLettersNeither() throws Exception {
		String caseNumber = openCase();
		Cookie beta = signIn(Agencies.username(Agencies.BETA, Role.CLERK));

		mvc.perform(get("/cases/" + caseNumber).cookie(beta)).andExpect(status().isNotFound())
				.andExpect(content().string(Matchers.not(Matchers.containsString(ApplicationFixtures.RESIDENT_ID))));
		mvc.perform(get("/cases/" + caseNumber + "/letter-preview").cookie(beta)).andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + caseNumber + "/documents/1").cookie(beta)).andExpect(status().isNotFound());
	}

	@Test
	void masksTheApplicantForRolesThatDoNotNeedThePersonalData() throws Exception {
		String caseNumber = openCase();

		mvc.perform(get("/cases/" + caseNumber).cookie(signIn(Role.LEGAL))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.allOf(Matchers.containsString("1101**"),
						Matchers.not(Matchers.containsString(ApplicationFixtures.RESIDENT_ID)))));
		mvc.perform(get("/cases/" + caseNumber).cookie(signIn(Role.CLERK))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString(ApplicationFixtures.RESIDENT_ID)));

		// the clerk's page showed the identity number in full: a read in the audit trail; the legal officer's did not
		assertThat(audit.personalDataReads(Agencies.ALPHA, caseNumber)).singleElement().satisfies(read -> {
			assertThat(read.actor()).isEqualTo(Agencies.username(Agencies.ALPHA, Role.CLERK));
			assertThat(read.detail()).contains("idNumber", "GET /cases/" + caseNumber);
		});
	}

	@Test
	void anAdministratorMayNotLogApplications() throws Exception {
		mvc.perform(get("/applications/new").cookie(signIn(Role.ADMIN))).andExpect(status().isForbidden())
				.andExpect(content().string(Matchers.containsString("无权访问")));
	}

	@Test
	void legalPagesAreForLegalStaffAndTheHead() throws Exception {
		Cookie clerk = signIn(Role.CLERK);

		mvc.perform(get("/legal/matters").cookie(clerk)).andExpect(status().isForbidden());
		mvc.perform(get("/reports/annual").cookie(clerk)).andExpect(status().isForbidden());
		mvc.perform(get("/legal/risks").cookie(clerk)).andExpect(status().isForbidden());
		mvc.perform(get("/legal/risks").param("level", "HIGH").cookie(signIn(Role.LEGAL))).andExpect(status().isOk());
		mvc.perform(get("/tasks").cookie(clerk))
				.andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/legal/matters\""))));
		mvc.perform(get("/legal/matters").cookie(signIn(Role.HEAD))).andExpect(status().isOk());
		mvc.perform(get("/reports/annual").param("year", "2026").cookie(signIn(Role.LEGAL))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("id=\"table-three\"")));
	}

	@Test
	void anAdministratorAddsAUserWithRolesAndAPlatformAdministratorAnAgency() throws Exception {
		Cookie admin = signIn(Role.ADMIN);

		mvc.perform(post("/admin/users").cookie(admin).with(csrf()).param("username", "Bad Name")
				.param("password", "short").param("displayName", "").param("roles", "HANDLER"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"user-username-error\""),
						Matchers.containsString("id=\"user-password-error\""),
						Matchers.not(Matchers.containsString("value=\"short\"")))));
		mvc.perform(post("/admin/users").cookie(admin).with(csrf()).param("username", "alpha-wang")
				.param("password", "A-long-secret1").param("displayName", "王五").param("roles", "HANDLER", "REVIEWER"))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin"));
		mvc.perform(post("/admin/agencies").cookie(admin).with(csrf()).param("code", "GAMMA").param("name", "丙区政府办公室"))
				.andExpect(status().isForbidden());
		mvc.perform(post("/admin/agencies").cookie(signIn(Role.PLATFORM_ADMIN)).with(csrf()).param("code", "GAMMA")
				.param("name", "丙区政府办公室").param("administrator.username", "gamma-admin")
				.param("administrator.password", "Gamma-admin-1").param("administrator.displayName", "丙区管理员"))
				.andExpect(status().is3xxRedirection());

		mvc.perform(get("/admin").cookie(admin)).andExpect(status().isOk()).andExpect(content().string(Matchers.allOf(
				Matchers.containsString("data-user=\"alpha-wang\""), Matchers.not(Matchers.containsString("丙区政府办公室")),
				Matchers.not(Matchers.containsString("id=\"form-agency\"")))));
		mvc.perform(get("/admin").cookie(signIn(Role.PLATFORM_ADMIN))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.allOf(Matchers.containsString("丙区政府办公室"),
						Matchers.containsString("data-user=\"gamma-admin\""),
						Matchers.not(Matchers.containsString("data-user=\"alpha-wang\"")))));
		var wang = mvc.perform(post("/login").with(csrf()).param("username", "alpha-wang")
				.param("password", "A-long-secret1")).andExpect(redirectedUrl("/tasks")).andReturn().getResponse()
				.getCookie("SESSION");
		mvc.perform(get("/tasks").cookie(wang)).andExpect(content().string(Matchers.allOf(
				Matchers.containsString("王五"), Matchers.containsString("承办人"), Matchers.containsString("审核人"))));
		mvc.perform(get("/admin").cookie(wang)).andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorDisablesReRolesAndResetsAUserFromThePage() throws Exception {
		Cookie admin = signIn(Role.ADMIN);
		mvc.perform(post("/admin/users").cookie(admin).with(csrf()).param("username", "alpha-zhao")
				.param("password", "Zhao-secret-1").param("displayName", "赵六").param("roles", "CLERK"))
				.andExpect(redirectedUrl("/admin"));
		Cookie zhao = signIn("alpha-zhao", "Zhao-secret-1");

		mvc.perform(post("/admin/users/alpha-zhao/roles").cookie(admin).with(csrf()).param("roles", "HANDLER"))
				.andExpect(redirectedUrl("/admin"));
		mvc.perform(post("/admin/users/alpha-zhao/password").cookie(admin).with(csrf()).param("password", "weak"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.containsString("id=\"manage-errors\"")));
		mvc.perform(post("/admin/users/alpha-zhao/password").cookie(admin).with(csrf()).param("password", "Zhao-new-2"))
				.andExpect(redirectedUrl("/admin"));
		mvc.perform(post("/admin/users/alpha-zhao/status").cookie(admin).with(csrf()).param("enabled", "false"))
				.andExpect(redirectedUrl("/admin"));

		mvc.perform(get("/tasks").cookie(zhao)).andExpect(status().is3xxRedirection());
		mvc.perform(post("/login").with(csrf()).param("username", "alpha-zhao").param("password", "Zhao-new-2"))
				.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/admin").cookie(admin)).andExpect(content().string(Matchers.allOf(
				Matchers.containsString("data-user=\"alpha-zhao\" data-enabled=\"false\""))));
		mvc.perform(post("/admin/users/alpha-zhao/status").cookie(admin).with(csrf()).param("enabled", "true"))
				.andExpect(redirectedUrl("/admin"));
		Cookie again = signIn("alpha-zhao", "Zhao-new-2");
		mvc.perform(get("/tasks").cookie(again)).andExpect(content().string(Matchers.containsString("承办人")));
	}

	/**
	 * The notice entered with date pickers, one row per period as the notice words it; 2093 as a synthetic year that no
	 * other test loads. A range becomes one date per day; an error shows at the row it comes from and loads nothing.
	 */
	@Test
	void aPlatformAdministratorEntersANoticeRowByRow() throws Exception {
		Cookie platform = signIn(Role.PLATFORM_ADMIN);

		mvc.perform(post("/admin/calendar/days").cookie(platform).with(csrf()).param("year", "2093")
				.param("noticeUrl", "https://www.gov.cn/zhengce/2093.htm")
				.param("rows[0].from", "2093-01-01").param("rows[0].name", "元旦").param("rows[0].kind", "OFF")
				.param("rows[1].from", "2093-02-10").param("rows[1].to", "2093-02-03").param("rows[1].name", "春节")
				.param("rows[1].kind", "OFF"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"f-rows-1-to-error\""),
					Matchers.containsString("日期先后顺序不对"), Matchers.containsString("value=\"2093-02-10\""))));
		mvc.perform(get("/admin/calendar").cookie(platform))
			.andExpect(content().string(Matchers.not(Matchers.containsString("data-year=\"2093\""))));

		mvc.perform(post("/admin/calendar/days").cookie(platform).with(csrf()).param("year", "2093")
				.param("noticeUrl", "https://www.gov.cn/zhengce/2093.htm")
				.param("rows[0].from", "2093-01-01").param("rows[0].name", "元旦").param("rows[0].kind", "OFF")
				.param("rows[1].from", "2093-02-03").param("rows[1].to", "2093-02-09").param("rows[1].name", "春节")
				.param("rows[1].kind", "OFF")
				.param("rows[2].from", "2093-02-16").param("rows[2].name", "春节").param("rows[2].kind", "WORK"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/calendar"));

		// 1 + 7 (2093-02-03 … 02-09) + 1 dates, counted by hand
		mvc.perform(get("/admin/calendar").cookie(platform)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("data-year=\"2093\""),
					Matchers.containsString("2093 年：新增 9 个日期"))));
		mvc.perform(post("/admin/calendar/days").cookie(signIn(Role.ADMIN)).with(csrf()).param("year", "2093"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPlatformAdministratorLoadsAYearsHolidayNotice() throws Exception {
		Cookie platform = signIn(Role.PLATFORM_ADMIN);

		mvc.perform(post("/admin/calendar").cookie(platform).with(csrf()).param("notice", "{not json"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.containsString("id=\"f-notice-error\"")));
		mvc.perform(post("/admin/calendar").cookie(platform).with(csrf()).param("notice", """
				{"year": 2099, "papers": ["https://www.gov.cn/zhengce/2099.htm"],
				 "days": [{"name": "元旦", "date": "2099-01-01", "isOffDay": true}]}"""))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/calendar"));

		mvc.perform(get("/admin/calendar").cookie(platform)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.allOf(Matchers.containsString("data-year=\"2099\""),
						Matchers.containsString("2099 年：新增 1 个日期"))));
		mvc.perform(get("/admin/calendar").cookie(signIn(Role.HEAD))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/calendar").cookie(signIn(Role.ADMIN))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar").cookie(signIn(Role.ADMIN)).with(csrf()).param("notice", "{not json"))
				.andExpect(status().isForbidden());
	}

	@Test
	void servesTheProcessModelForTheDiagram() throws Exception {
		mvc.perform(get("/process/disclosure-request.bpmn20.xml").cookie(signIn(Role.REVIEWER)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("id=\"draftReply\"")));
	}

	@Test
	void speaksEnglishWhenAskedAndRemembersIt() throws Exception {
		var response = mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("<html lang=\"en\">")))
				.andExpect(content().string(Matchers.containsString("Sign in"))).andReturn().getResponse();

		mvc.perform(get("/login").cookie(response.getCookie("OGI_LANG")))
				.andExpect(content().string(Matchers.containsString("User name")));
		mvc.perform(get("/login")).andExpect(content().string(Matchers.containsString("用户名")));
	}

	@Test
	void supplementConsultationExtensionAndConfirmedElectronicDeliveryThroughThePages() throws Exception {
		clock.setTo(LocalDate.of(2026, 11, 20));
		String caseNumber = openCase();
		Cookie clerk = signIn(Role.CLERK);
		Cookie handler = signIn(Role.HANDLER);
		Cookie head = signIn(Role.HEAD);

		act(clerk, caseNumber, "registration", "decision", "SUPPLEMENT", "supplement.noticedOn", "2026-11-20",
				"supplement.items", "请写明所需资金的年度");
		assertThat(statusOf(caseNumber)).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);

		clock.setTo(MONDAY);
		act(clerk, caseNumber, "supplements", "receivedOn", "2026-11-23", "content", "2025年度");
		assertThat(statusOf(caseNumber)).isEqualTo(CaseStatus.IN_HANDLING);

		act(handler, caseNumber, "consultations", "kind", "THIRD_PARTY", "party", "某某建设公司", "question",
				"是否同意公开合同金额", "sentOn", "2026-11-23");
		act(handler, caseNumber, "search-records", "searchedOn", "2026-11-23", "sourcesSearched", "财政科档案",
				"keywords", "道路维修", "found", "true");
		assertThat(statusOf(caseNumber)).isEqualTo(CaseStatus.CONSULTING);

		clock.setTo(LocalDate.of(2026, 12, 1));
		act(handler, caseNumber, "consultations/1/answers", "opinion", "AGREES", "answeredOn", "2026-12-01");
		assertThat(statusOf(caseNumber)).isEqualTo(CaseStatus.DRAFTING);
		mvc.perform(get("/cases/" + caseNumber).cookie(handler))
				.andExpect(content().string(Matchers.containsString("其中因征求第三方意见暂停 6 个工作日")));

		act(handler, caseNumber, "extension-requests", "kind", "EXTENSION", "workingDays", "10", "reason",
				"涉及多个年度的档案");
		mvc.perform(get("/cases/" + caseNumber).cookie(head))
				.andExpect(content().string(Matchers.containsString("id=\"form-extension-decision\"")));
		mvc.perform(page(head, caseNumber, "extension-decisions", "verdict", "APPROVE"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.containsString("id=\"extension-decision-noticedOn-error\"")));
		act(head, caseNumber, "extension-decisions", "verdict", "APPROVE", "noticedOn", "2026-12-01");
		assertThat(cases.view(caseNumber, clerk()).extensions()).extracting(Extension::status)
				.containsExactly(Extension.Status.APPROVED);

		act(handler, caseNumber, "reply-drafts", "outcome", "DISCLOSE", "accessDetails", "见附件");
		act(signIn(Role.REVIEWER), caseNumber, "reply-reviews", "verdict", "APPROVE");
		act(clerk, caseNumber, "deliveries", "method", "ELECTRONIC", "deliveredOn", "2026-12-01", "confirmedOn",
				"2026-12-01");

		assertThat(statusOf(caseNumber)).isEqualTo(CaseStatus.REPLIED);
		mvc.perform(get("/cases/" + caseNumber).cookie(clerk)).andExpect(content().string(Matchers.allOf(
				Matchers.containsString("申请人确认收到 2026-12-01"), Matchers.containsString("延期答复告知书"))));
	}

	private void act(Cookie session, String caseNumber, String action, String... fields) throws Exception {
		mvc.perform(page(session, caseNumber, action, fields))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/cases/" + caseNumber));
	}

	private MockHttpServletRequestBuilder page(Cookie session, String caseNumber, String action, String... fields) {
		var request = post("/cases/" + caseNumber + "/" + action).cookie(session).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	private CaseStatus statusOf(String caseNumber) {
		return cases.find(caseNumber, clerk()).status();
	}

	private String openCase() {
		return cases.open(ApplicationFixtures.anApplication(LocalDate.now(clock)), clerk()).caseNumber();
	}

	private static ogi.casework.accounts.CurrentUser clerk() {
		return Agencies.user(Agencies.ALPHA, Role.CLERK);
	}

	private Cookie signIn(Role role) throws Exception {
		return signIn(Agencies.username(Agencies.ALPHA, role));
	}

	private Cookie signIn(String username) throws Exception {
		return signIn(username, Agencies.PASSWORD);
	}

	private Cookie signIn(String username, String password) throws Exception {
		var response = mvc.perform(post("/login").with(csrf()).param("username", username)
				.param("password", password))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/tasks"))
				.andReturn().getResponse();
		Cookie session = response.getCookie("SESSION");
		assertThat(session).as("the session cookie").isNotNull();
		return session;
	}
}
