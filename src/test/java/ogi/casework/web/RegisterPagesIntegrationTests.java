package ogi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.casework.CaseRegister;
import ogi.casework.casework.Forms;
import ogi.casework.casework.RegisterQuery;
import ogi.casework.casework.Worklist;
import ogi.casework.casework.WorklistQuery;
import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IdDocumentType;
import ogi.casework.intake.NewApplication;
import ogi.casework.intake.ObtainingMethod;
import ogi.casework.intake.ProvisionForm;
import ogi.casework.shared.CaseStatus;
import ogi.casework.support.Agencies;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.Cases;
import ogi.casework.support.MutableClock;

/**
 * The case register and the worklist's query on the real database: every search of the register finds the case it
 * should and no other, the header's search box opens a case by part of its number or its applicant's name, the
 * worklist's filters and columns come from the query, and both lists export to XLSX.
 */
@CaseworkIntegrationTest
class RegisterPagesIntegrationTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Cases cases;

	@Autowired
	CaseRegister register;

	@Autowired
	Worklist worklist;

	@BeforeEach
	void monday() {
		clock.setTo(MONDAY);
	}

	@Test
	void findsACaseByEveryFieldOfTheRegister() {
		String name = "诸葛" + unique(4);
		String id = residentId("1101051990" + "0101" + unique3digits());
		String words = "登记簿专用" + unique(6);
		String caseNumber = open(name, id, "139" + digits(8), words).caseNumber();
		CurrentUser clerk = user(Role.CLERK);

		assertThat(found(query(caseNumber.toLowerCase(), null, null, null, null), clerk)).containsExactly(caseNumber);
		String serial = caseNumber.substring(caseNumber.lastIndexOf('-') + 1);
		assertThat(found(query(serial, null, null, null, null), clerk)).contains(caseNumber);
		assertThat(found(query(caseNumber.substring(Agencies.ALPHA.length() + 1, Agencies.ALPHA.length() + 8), null,
				null, null, null), clerk)).contains(caseNumber);
		assertThat(found(query(null, name, null, null, null), clerk)).containsExactly(caseNumber);
		assertThat(found(query(null, name.substring(2), null, null, null), clerk)).containsExactly(caseNumber);
		assertThat(found(query(null, null, id.toLowerCase(), null, null), clerk)).containsExactly(caseNumber);
		assertThat(found(query(null, null, null, null, words.substring(5)), clerk)).containsExactly(caseNumber);
		assertThat(found(query(null, name + "某", null, null, null), clerk)).isEmpty();
		assertThat(found(new RegisterQuery(null, name, null, null, MONDAY, MONDAY, CaseStatus.RECEIVED, null, null,
				null, false), clerk)).containsExactly(caseNumber);
		assertThat(found(new RegisterQuery(null, name, null, null, MONDAY.plusDays(1), null, null, null, null, null,
				false), clerk)).isEmpty();
		assertThat(found(new RegisterQuery(null, name, null, null, null, null, CaseStatus.IN_HANDLING, null, null,
				null, false), clerk)).isEmpty();
	}

	@Test
	void findsACaseByPhoneAndListsItsHandlerOnceClaimed() {
		String phone = "137" + digits(8);
		String caseNumber = open("司马" + unique(3), residentId("1101051985" + "0505" + unique3digits()), phone,
				"电话查询" + unique(5)).caseNumber();
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), user(Role.CLERK));
		var handlerTask = cases.view(caseNumber, user(Role.HANDLER)).currentSteps().get(0).taskId();
		cases.claim(handlerTask, user(Role.HANDLER));

		var page = register.search(query(null, null, null, phone.substring(0, 3) + " " + phone.substring(3), null), 0,
				10, user(Role.CLERK));
		// legal staff see the phone masked (138****5678): a search that says "found" would unmask it guess by guess
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> register.search(query(null, null, null, phone, null), 0, 10, user(Role.LEGAL)))
			.isInstanceOfSatisfying(ogi.casework.shared.InvalidInput.class,
					refused -> assertThat(refused.violations()).singleElement()
						.satisfies(v -> assertThat(v.field() + " " + v.rule()).isEqualTo("phone personalData")));

		assertThat(page.rows()).extracting(CaseRegister.Row::caseNumber).containsExactly(caseNumber);
		assertThat(page.rows().get(0).handler()).isEqualTo(Agencies.username(Agencies.ALPHA, Role.HANDLER));
		assertThat(page.rows().get(0).status()).isEqualTo(CaseStatus.IN_HANDLING);
		assertThat(found(new RegisterQuery(null, null, null, null, null, null, null, null,
				Agencies.username(Agencies.ALPHA, Role.HANDLER), null, false), user(Role.LEGAL))).contains(caseNumber);
	}

	@Test
	void anotherAgencysRegisterDoesNotShowTheCase() {
		String name = "诸葛" + unique(4);
		open(name, residentId("1101051970" + "0303" + unique3digits()), null, "隔离" + unique(4));

		assertThat(found(query(null, name, null, null, null), Agencies.user(Agencies.BETA, Role.CLERK))).isEmpty();
	}

	@Test
	void theHeaderSearchOpensTheOneCaseItNamesAndListsSeveral() throws Exception {
		String name = "上官" + unique(4);
		String caseNumber = open(name, residentId("1101051980" + "0606" + unique3digits()), null, "查找" + unique(4))
				.caseNumber();
		open("上官" + unique(4), residentId("1101051980" + "0606" + unique3digits()), null, "查找" + unique(4));

		mvc.perform(get("/cases").param("q", name).cookie(signIn(Role.CLERK))).andExpect(status().isFound())
				.andExpect(header().string("Location", "/cases/" + caseNumber));
		mvc.perform(get("/cases").param("q", caseNumber.toLowerCase()).cookie(signIn(Role.CLERK)))
				.andExpect(status().isFound()).andExpect(header().string("Location", "/cases/" + caseNumber));
		mvc.perform(get("/cases").param("q", "上官").cookie(signIn(Role.CLERK))).andExpect(status().isFound())
				.andExpect(header().string("Location", "/register?applicantName=%E4%B8%8A%E5%AE%98"));
	}

	@Test
	void theWorklistFiltersInTheQueryAndShowsTheApplicantAndRequest() {
		String name = "慕容" + unique(4);
		String words = "待办列" + unique(5);
		String caseNumber = open(name, residentId("1101051960" + "0707" + unique3digits()), null, words).caseNumber();
		CurrentUser clerk = user(Role.CLERK);

		var registering = worklist.page(clerk, new WorklistQuery("registerApplication", WorklistQuery.Filter.UNCLAIMED,
				WorklistQuery.Sort.RECEIPT, 0, 1000));
		var delivering = worklist.page(clerk, new WorklistQuery("deliverReply", null, null, 0, 1000));

		assertThat(registering.items()).filteredOn(e -> e.caseNumber().equals(caseNumber)).singleElement()
				.satisfies(e -> {
					assertThat(e.applicantName()).isEqualTo(name);
					assertThat(e.subject()).isEqualTo(words);
					assertThat(e.receiptDate()).isEqualTo(MONDAY);
					assertThat(e.channel()).isEqualTo(Channel.IN_PERSON);
				});
		assertThat(registering.items()).allMatch(e -> e.step().equals("registerApplication") && e.assignee() == null);
		assertThat(delivering.items()).noneMatch(e -> e.caseNumber().equals(caseNumber));
		assertThat(registering.total()).isEqualTo(registering.items().size());
	}

	@Test
	void exportsTheRegisterToAWorkbookWithChineseHeadingsAndNotes() throws Exception {
		String name = "东方" + unique(4);
		String caseNumber = open(name, residentId("1101051950" + "0808" + unique3digits()), null, "导出" + unique(4))
				.caseNumber();

		var body = mvc.perform(get("/register.xlsx").param("applicantName", name).cookie(signIn(Role.CLERK)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("案件编号");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(caseNumber);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(name);
			assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("已收到");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("说明");
			assertThat(workbook.getSheetAt(1).getRow(3).getCell(0).getStringCellValue()).isEqualTo("共 1 行");
		}
	}

	/**
	 * The register's JSON API binds the page's query: every condition narrows the answer, a cursor walks on, and no
	 * identity number or phone is listed.
	 */
	@Test
	void theApiSearchesTheRegisterAsThePageDoes() throws Exception {
		String name = "端木" + unique(4);
		String id = residentId("1101051960" + "0909" + unique3digits());
		String phone = "136" + digits(8);
		String first = open(name, id, phone, "接口查询" + unique(5)).caseNumber();
		String second = open(name, residentId("1101051960" + "0909" + unique3digits()), null, "接口查询" + unique(5))
				.caseNumber();

		var byName = mvc.perform(get("/api/register").param("applicantName", name.substring(1)).param("size", "1")
				.with(httpBasic(Agencies.username(Agencies.ALPHA, Role.HANDLER), Agencies.PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// newest first: the same receipt date, so the higher case number
		assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(byName, "$.rows[*].caseNumber"))
				.containsExactly(second);
		assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(byName, "$.total")).isEqualTo(2);
		assertThat(byName).doesNotContain(id, phone);
		String next = com.jayway.jsonpath.JsonPath.read(byName, "$.next");
		var after = mvc.perform(get("/api/register").param("applicantName", name.substring(1)).param("size", "1")
				.param("after", next)
				.with(httpBasic(Agencies.username(Agencies.ALPHA, Role.HANDLER), Agencies.PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(after, "$.rows[*].caseNumber"))
				.containsExactly(first);

		mvc.perform(get("/api/register").param("idNumber", id)
				.with(httpBasic(Agencies.username(Agencies.ALPHA, Role.REVIEWER), Agencies.PASSWORD)))
				.andExpect(status().isBadRequest())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
					.value("idNumber"))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].rule")
					.value("personalData"));
		String reviewersPage = mvc.perform(get("/register").param("idNumber", id).cookie(signIn(Role.REVIEWER)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(reviewersPage).contains("只有登记员和承办人可以按申请人的证件号码或电话检索").doesNotContain("r-idNumber",
				"r-phone", first);
		var byIdAndDates = mvc.perform(get("/api/register").param("idNumber", id).param("receivedFrom",
				MONDAY.toString()).param("receivedTo", MONDAY.toString()).param("status", "RECEIVED")
				.with(httpBasic(Agencies.username(Agencies.ALPHA, Role.CLERK), Agencies.PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(byIdAndDates, "$.rows[*].caseNumber"))
				.containsExactly(first);
		var byPhoneElsewhere = mvc.perform(get("/api/register").param("phone", phone)
				.with(httpBasic(Agencies.username(Agencies.BETA, Role.CLERK), Agencies.PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(byPhoneElsewhere, "$.rows[*]"))
				.isEmpty();
	}

	private ogi.casework.casework.CaseFile open(String name, String id, String phone, String words) {
		var form = new NewApplication(
				new NewApplication.Applicant(ApplicantType.NATURAL_PERSON, name, IdDocumentType.RESIDENT_ID_CARD, id,
						phone, null, "北京市西城区某街1号"),
				words, null, ProvisionForm.ELECTRONIC, ObtainingMethod.EMAIL, Channel.IN_PERSON,
				new NewApplication.ChannelDates(MONDAY, null, null, null), false, null);
		return cases.open(form, user(Role.CLERK));
	}

	private java.util.List<String> found(RegisterQuery query, CurrentUser user) {
		return register.search(query, 0, 50, user).rows().stream().map(CaseRegister.Row::caseNumber).toList();
	}

	private static RegisterQuery query(String number, String name, String id, String phone, String words) {
		return new RegisterQuery(number, name, id, phone, null, null, null, null, null, words, false);
	}

	private static CurrentUser user(Role role) {
		return Agencies.user(Agencies.ALPHA, role);
	}

	private Cookie signIn(Role role) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("username", Agencies.username(Agencies.ALPHA, role))
				.param("password", Agencies.PASSWORD)).andExpect(status().is3xxRedirection()).andReturn()
				.getResponse().getCookie("SESSION");
	}

	/** A resident ID number with its GB 11643-1999 check digit (ISO 7064 MOD 11-2) appended to 17 digits. */
	static String residentId(String seventeen) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (seventeen.charAt(i) - '0') * weights[i];
		}
		return seventeen + "10X98765432".charAt(sum % 11);
	}

	private static String unique(int length) {
		String chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
		var random = UUID.randomUUID().getLeastSignificantBits();
		var out = new StringBuilder();
		for (int i = 0; i < length; i++) {
			out.append(chars.charAt((int) Math.floorMod(random >> (i * 5), chars.length())));
		}
		return out.toString();
	}

	private static String unique3digits() {
		return digits(3);
	}

	private static String digits(int length) {
		var random = UUID.randomUUID().getMostSignificantBits();
		var out = new StringBuilder();
		for (int i = 0; i < length; i++) {
			out.append(Math.floorMod(random >> (i * 4), 10));
		}
		return out.toString();
	}
}
