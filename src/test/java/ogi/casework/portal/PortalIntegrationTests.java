package ogi.casework.portal;

import static ogi.casework.support.Agencies.ALPHA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import ogi.casework.accounts.Role;
import ogi.casework.casework.Forms;
import ogi.casework.casework.OnlineApplications;
import ogi.casework.deadlines.ExtensionKind;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.review.Verdict;
import ogi.casework.shared.CaseStatus;
import ogi.casework.support.Agencies;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * The portal through the real security filters and a real SMTP server: the guide from the agency's settings, an
 * application with its identity proof, the acknowledgement e-mail with the query code, the look-up, and every refusal
 * in Chinese with nothing changed — wrong query code, disguised or oversized upload, a form submitted twice, missing
 * fields, too many applications from one identity number; a portal visitor never reaches the API or staff pages.
 */
@CaseworkIntegrationTest
class PortalIntegrationTests {

	static final LocalDate DAY = LocalDate.of(2026, 6, 9);

	@DynamicPropertySource
	static void portal(DynamicPropertyRegistry registry) {
		PortalTestSupport.properties(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Challenges challenges;

	@Autowired
	Cases cases;

	@Autowired
	OnlineApplications online;

	@Autowired
	DocumentManagement documents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ogi.casework.audit.AuditManagement audit;

	@BeforeEach
	void setUp() throws Exception {
		clock.setTo(DAY);
		PortalTestSupport.MAIL.purgeEmailFromAllMailboxes();
	}

	@Test
	void listsTheAgenciesThatAcceptOnlineApplicationsWithTheirGuide() throws Exception {
		String list = mvc.perform(get("/portal")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		String guide = mvc.perform(get("/portal/ALPHA/guide")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();

		assertThat(list).contains("ALPHA 区人民政府办公室").doesNotContain("BETA 区人民政府办公室");
		assertThat(guide).contains("ALPHA 区政务服务中心一楼").contains("20 个工作日").contains("条例第二十九条")
				.contains("国办函〔2020〕109号").contains("60日内");
		assertThat(mvc.perform(get("/portal/BETA/guide")).andExpect(status().isNotFound()).andReturn().getResponse()
				.getContentAsString()).contains("未开通网上申请");
	}

	@Test
	void anApplicationWithItsIdentityProofOpensACaseAwaitingConfirmationAndMailsTheQueryCode() throws Exception {
		String page = apply(form(nextApplicant()).file(png("身份证.png")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		String caseNumber = find(page, "id=\"case-number\">([^<]+)<");
		String code = find(page, "id=\"query-code\"[^>]*>([^<]+)<");
		var file = cases.find(caseNumber, Agencies.user(ALPHA, Role.CLERK));
		assertThat(file.status()).isEqualTo(CaseStatus.AWAITING_CONFIRMATION);
		assertThat(documents.list(ALPHA, caseNumber)).singleElement()
				.satisfies(d -> assertThat(d.kind()).isEqualTo(DocumentKind.IDENTITY_PROOF))
				.satisfies(d -> assertThat(d.sha256()).hasSize(64));
		String stored = jdbc.queryForObject("select query_code_hash from portal_access where case_number = ?",
				String.class, caseNumber);
		assertThat(stored).isNotEqualTo(code).doesNotContain(code);
		var mails = PortalTestSupport.MAIL.getReceivedMessages();
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("zhang@example.cn");
		assertThat(mails[0].getSubject()).contains(caseNumber);
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mails[0])).isNotBlank();
		assertThat(mailText(mails[0])).contains(code).contains(caseNumber);
	}

	@Test
	void theStatusShowsTheStageAndDatesAndNothingInternal() throws Exception {
		String page = apply(form(nextApplicant()).file(png("id.png"))).andReturn().getResponse()
				.getContentAsString();
		String caseNumber = find(page, "id=\"case-number\">([^<]+)<");
		String code = find(page, "id=\"query-code\"[^>]*>([^<]+)<");
		online.confirm(caseNumber, null, Agencies.user(ALPHA, Role.CLERK));

		var found = mvc.perform(post("/portal/status").with(csrf()).param("caseNumber", caseNumber)
				.param("queryCode", code).param("altcha", PortalTestSupport.solve(challenges.create())))
				.andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/portal/status/case"))
				.andReturn();
		var session = found.getResponse().getCookie("SESSION");
		assertThat(session).as("the portal's session cookie").isNotNull();
		String status = mvc.perform(get("/portal/status/case").cookie(session)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();

		// Received Tue 06-09 (the confirmation); 20 working days, 06-19 a holiday → Wed 07-08.
		assertThat(status).contains(caseNumber).contains("本机关已收到申请，正在登记").contains("2026-06-09")
				.contains("2026-07-08").contains("接收回执");
		assertThat(status).doesNotContain(Agencies.username(ALPHA, Role.CLERK)).doesNotContain("ALPHA CLERK")
				.doesNotContain("110105199001");
		mvc.perform(get("/api/tasks").cookie(session)).andExpect(status().isUnauthorized());
		mvc.perform(get("/tasks").cookie(session)).andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		mvc.perform(get("/cases/" + caseNumber).cookie(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aWrongQueryCodeIsRefusedInChinese() throws Exception {
		String page = apply(form(nextApplicant()).file(png("id.png"))).andReturn().getResponse()
				.getContentAsString();
		String caseNumber = find(page, "id=\"case-number\">([^<]+)<");

		String refused = mvc.perform(post("/portal/status").with(csrf()).param("caseNumber", caseNumber)
				.param("queryCode", "WRONGCODE2").param("altcha", PortalTestSupport.solve(challenges.create())))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		assertThat(refused).contains("申请编号或查询码不正确").doesNotContain("WRONGCODE2");
	}

	@Test
	void aRefusedLookUpHasSpentItsChallenge() throws Exception {
		String page = apply(form(nextApplicant()).file(png("id.png"))).andReturn().getResponse()
				.getContentAsString();
		String caseNumber = find(page, "id=\"case-number\">([^<]+)<");
		String solved = PortalTestSupport.solve(challenges.create());

		mvc.perform(post("/portal/status").with(csrf()).param("caseNumber", caseNumber).param("queryCode", "WRONGCODE2")
				.param("altcha", solved)).andExpect(status().isBadRequest());
		// a second guess must pay a new proof of work, whatever the first one's answer was
		String again = mvc.perform(post("/portal/status").with(csrf()).param("caseNumber", caseNumber)
				.param("queryCode", "WRONGCODE3").param("altcha", solved)).andExpect(status().isBadRequest())
				.andReturn().getResponse().getContentAsString();
		assertThat(again).contains("请勿重复提交").doesNotContain("申请编号或查询码不正确");
	}

	@Test
	void aDisguisedOrOversizedUploadIsRefusedAndNothingIsStored() throws Exception {
		int before = applications();
		byte[] script = "<html><script>alert(1)</script></html>".getBytes();
		byte[] large = new byte[6 * 1024 * 1024];
		System.arraycopy(PortalTestSupport.PNG, 0, large, 0, PortalTestSupport.PNG.length);

		String disguised = apply(form(nextApplicant())
				.file(new MockMultipartFile("identityProof", "id.png", "image/png", script)))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		String renamed = apply(form(nextApplicant())
				.file(new MockMultipartFile("identityProof", "id.jpg", "image/jpeg", PortalTestSupport.PNG)))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		String oversized = apply(form(nextApplicant())
				.file(new MockMultipartFile("identityProof", "id.png", "image/png", large)))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		assertThat(disguised).contains("只接受 JPG、PNG 图片或 PDF 文件");
		assertThat(renamed).contains("文件内容与文件名的扩展名不符");
		assertThat(oversized).contains("文件超过 5 MB");
		assertThat(applications()).isEqualTo(before);
	}

	@Test
	void missingFieldsAreNamedAndNothingIsStored() throws Exception {
		int before = applications();

		String page = mvc.perform(multipart("/portal/ALPHA/apply").file(png("id.png")).with(csrf())
				.param("applicant.type", "NATURAL_PERSON").param("applicant.idDocumentType", "RESIDENT_ID_CARD")
				.param("applicant.idNumber", "110105194912310021").param("provisionForm", "ELECTRONIC")
				.param("obtainingMethod", "ONLINE").param("altcha", PortalTestSupport.solve(challenges.create())))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("id=\"e-applicant-name\"").contains("id=\"e-requestedInformation\"").contains("必填");
		assertThat(applications()).isEqualTo(before);
	}

	@Test
	void aBadIdentityNumberOrNoContactIsRefusedWithTheRule() throws Exception {
		int before = applications();

		String page = apply(form("110105194912310021", "", "").file(png("id.png"))).andExpect(status().isBadRequest()).andReturn().getResponse()
				.getContentAsString();

		assertThat(page).contains("居民身份证号码有误").contains("条例第二十九条要求联系方式");
		assertThat(applications()).isEqualTo(before);
	}

	@Test
	void aFormSubmittedTwiceCreatesOneApplication() throws Exception {
		int before = applications();
		String challenge = PortalTestSupport.solve(challenges.create());

		apply(form(nextApplicant()).file(png("id.png")), challenge).andExpect(status().isOk());
		String again = apply(form(nextApplicant()).file(png("id.png")), challenge)
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		String unsolved = apply(form(nextApplicant()).file(png("id.png")), "")
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		assertThat(again).contains("请勿重复提交");
		assertThat(unsolved).contains("安全验证尚未完成");
		assertThat(applications()).isEqualTo(before + 1);
	}

	@Test
	void oneIdentityNumberMayApplyThreeTimesADay() throws Exception {
		String id = PortalTestSupport.residentId(LocalDate.of(1980, 5, 17), 123);
		// someone else types the number three times without contact details: refused, and nothing of the person's
		// three applications of the day is used up
		for (int i = 0; i < 3; i++) {
			assertThat(apply(form(id, "", "").file(png("id.png"))).andExpect(status().isBadRequest()).andReturn()
					.getResponse().getContentAsString()).contains("条例第二十九条要求联系方式");
		}

		for (int i = 0; i < 3; i++) {
			apply(form(id).file(png("id.png"))).andExpect(status().isOk());
		}
		String fourth = apply(form(id).file(png("id.png"))).andExpect(status().isBadRequest()).andReturn()
				.getResponse().getContentAsString();

		assertThat(fourth).contains("该证件号码今日提交的申请已达上限");
	}

	private org.springframework.test.web.servlet.ResultActions apply(MockMultipartHttpServletRequestBuilder form)
			throws Exception {
		return apply(form, PortalTestSupport.solve(challenges.create()));
	}

	private org.springframework.test.web.servlet.ResultActions apply(MockMultipartHttpServletRequestBuilder form,
			String challenge) throws Exception {
		return mvc.perform(form.param("altcha", challenge).with(csrf()));
	}

	static MockMultipartHttpServletRequestBuilder form(String idNumber) {
		return form(idNumber, "13800138000", "zhang@example.cn");
	}

	static MockMultipartHttpServletRequestBuilder form(String idNumber, String phone, String email) {
		return multipart("/portal/ALPHA/apply").param("applicant.type", "NATURAL_PERSON")
				.param("applicant.name", "张三").param("applicant.idDocumentType", "RESIDENT_ID_CARD")
				.param("applicant.idNumber", idNumber).param("applicant.phone", phone).param("applicant.email", email)
				.param("requestedInformation", "2025年本区道路维修资金的使用情况").param("provisionForm", "ELECTRONIC")
				.param("obtainingMethod", "ONLINE");
	}

	@Test
	void theApplicantIsMailedTheConfirmationAndTheExtendedDueDate() throws Exception {
		String page = apply(form(nextApplicant()).file(png("id.png"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		String caseNumber = find(page, "id=\"case-number\">([^<]+)<");

		online.confirm(caseNumber, null, Agencies.user(ALPHA, Role.CLERK));
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null),
				Agencies.user(ALPHA, Role.CLERK));
		cases.requestExtension(caseNumber, new Forms.ExtensionRequest(ExtensionKind.EXTENSION, 20, "涉及档案量大"),
				Agencies.user(ALPHA, Role.HANDLER));
		cases.decideExtension(caseNumber, new Forms.ExtensionDecision(Verdict.APPROVE, null, DAY, "同意延期"),
				Agencies.user(ALPHA, Role.HEAD));

		var mails = Arrays.stream(PortalTestSupport.MAIL.getReceivedMessages())
				.filter(m -> subject(m).contains(caseNumber)).toList();
		assertThat(mails).extracting(PortalIntegrationTests::subject).hasSize(3)
				.anyMatch(subject -> subject.contains("已提交")).anyMatch(subject -> subject.contains("已收到"))
				.anyMatch(subject -> subject.contains("已延长"));
		var extension = mails.stream().filter(m -> subject(m).contains("已延长")).findFirst().orElseThrow();
		// Received Tue 06-09, due Wed 07-08; 20 more working days (no holiday in July or August 2026) → Wed 08-05.
		assertThat(mailText(extension)).contains("2026-08-05").contains("条例第三十三条第二款");
	}

	static String subject(jakarta.mail.Message message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void theReplyLetterReachesTheApplicantOnlyOnceItsDeliveryIsRecorded() throws Exception {
		String page = apply(form(nextApplicant()).file(png("id.png"))).andReturn().getResponse()
				.getContentAsString();
		String caseNumber = find(page, "id=\"case-number\">([^<]+)<");
		String code = find(page, "id=\"query-code\"[^>]*>([^<]+)<");
		var clerk = Agencies.user(ALPHA, Role.CLERK);
		var handler = Agencies.user(ALPHA, Role.HANDLER);
		online.confirm(caseNumber, null, clerk);
		cases.register(caseNumber, new Forms.Registration(Forms.RegistrationDecision.ACCEPT, null, null), clerk);
		cases.recordSearch(caseNumber, new ogi.casework.reply.SearchForm(DAY, "招标档案", "老旧小区 招标", "2025年", "住建科",
				true, null), handler);
		approveDisclosure(caseNumber, "见附件招标文件");
		var session = lookUp(caseNumber, code);

		// approved, its letter printed for the clerk, not delivered: not the applicant's yet (it may still go back)
		long approved = replyLetters(caseNumber).get(0);
		assertThat(statusPage(session)).contains("政府信息公开申请接收回执").doesNotContain("政府信息公开申请答复书",
				"download-reply");
		mvc.perform(get("/portal/status/case/letters/{id}", approved).cookie(session)).andExpect(status().isNotFound());

		// the clerk returns it for correction; the corrected reply is approved again and delivered
		cases.returnForCorrection(caseNumber, new Forms.DeliveryReturn("附件清单有误"), clerk);
		approveDisclosure(caseNumber, "见附件招标文件（已更正）");
		long corrected = replyLetters(caseNumber).get(1);
		assertThat(statusPage(session)).doesNotContain("政府信息公开申请答复书");
		cases.deliverReply(caseNumber, new ogi.casework.reply.DeliveryForm(ogi.casework.reply.DeliveryMethod.IN_PERSON,
				DAY, null, "张三"), clerk);

		// only the delivered one (handed over in person: the download is a copy); the returned one never was theirs
		assertThat(statusPage(session)).contains("政府信息公开申请答复书", "letters/" + corrected)
				.doesNotContain("letters/" + approved);
		mvc.perform(get("/portal/status/case/letters/{id}", approved).cookie(session)).andExpect(status().isNotFound());
		mvc.perform(get("/portal/status/case/letters/{id}", corrected).cookie(session)).andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));

		// the sealed case file holds the applicant's identity proof: whoever downloads it is recorded reading it
		cases.archive(caseNumber, clerk);
		mvc.perform(get("/api/cases/{n}/archive", caseNumber).with(org.springframework.security.test.web.servlet
			.request.SecurityMockMvcRequestPostProcessors.httpBasic(Agencies.username(ALPHA, Role.HEAD),
					Agencies.PASSWORD)))
			.andExpect(status().isOk());
		assertThat(audit.personalDataReads(ALPHA, caseNumber))
			.filteredOn(read -> read.actor().equals(Agencies.username(ALPHA, Role.HEAD))).singleElement()
			.satisfies(read -> assertThat(read.detail()).contains("case file", "GET /api/cases/" + caseNumber
					+ "/archive"));
	}

	private void approveDisclosure(String caseNumber, String access) {
		cases.draftReply(caseNumber, new ogi.casework.reply.DraftForm(ogi.casework.reply.Outcome.DISCLOSE, null, null,
				access, null, null, null, null), Agencies.user(ALPHA, Role.HANDLER));
		cases.reviewReply(caseNumber, new ogi.casework.review.ReviewForm(Verdict.APPROVE, null),
				Agencies.user(ALPHA, Role.REVIEWER));
	}

	private java.util.List<Long> replyLetters(String caseNumber) {
		return documents.list(ALPHA, caseNumber).stream().filter(d -> d.kind() == DocumentKind.REPLY_LETTER
				&& d.format() == ogi.casework.documents.DocumentFormat.PDF).map(d -> d.id()).toList();
	}

	private jakarta.servlet.http.Cookie lookUp(String caseNumber, String code) throws Exception {
		return mvc.perform(post("/portal/status").with(csrf()).param("caseNumber", caseNumber)
				.param("queryCode", code).param("altcha", PortalTestSupport.solve(challenges.create())))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
	}

	private String statusPage(jakarta.servlet.http.Cookie session) throws Exception {
		return mvc.perform(get("/portal/status/case").cookie(session)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
	}

	@Test
	void theIdentityProofIsOpenedOnlyByTheRolesThatSeePersonalDataAndEachOpeningIsRecorded() throws Exception {
		String page = apply(form(nextApplicant()).file(png("身份证.png"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		String caseNumber = find(page, "id=\"case-number\">([^<]+)<");
		long proof = documents.list(ALPHA, caseNumber).get(0).id();
		var reviewer = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.httpBasic(Agencies.username(ALPHA, Role.REVIEWER), Agencies.PASSWORD);
		var handler = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.httpBasic(Agencies.username(ALPHA, Role.HANDLER), Agencies.PASSWORD);

		// a reviewer sees the applicant masked: the scan of the identity card is not theirs to open, nor listed
		mvc.perform(get("/api/cases/{n}/documents/{id}", caseNumber, proof).with(reviewer))
			.andExpect(status().isForbidden());
		var reviewersSession = mvc.perform(post("/login").with(csrf())
				.param("username", Agencies.username(ALPHA, Role.REVIEWER)).param("password", Agencies.PASSWORD))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
		mvc.perform(get("/cases/{n}/documents/{id}", caseNumber, proof).cookie(reviewersSession))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/cases/{n}/documents", caseNumber).with(reviewer)).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$").isEmpty());
		assertThat(audit.personalDataReads(ALPHA, caseNumber)).isEmpty();

		// the handler opens it, and the opening is in the record of personal-data reads
		mvc.perform(get("/api/cases/{n}/documents/{id}", caseNumber, proof).with(handler))
			.andExpect(status().isOk()).andExpect(content().contentType("image/png"));
		assertThat(audit.personalDataReads(ALPHA, caseNumber)).singleElement().satisfies(read -> {
			assertThat(read.actor()).isEqualTo(Agencies.username(ALPHA, Role.HANDLER));
			assertThat(read.detail()).contains("IDENTITY_PROOF #" + proof,
					"GET /api/cases/" + caseNumber + "/documents/" + proof);
		});
	}

	@Test
	void theReadingRoomListsWhatTheAgencyPublishedAndLinksOnlyToWebAddresses() throws Exception {
		jdbc.update("insert into publication_item (agency_code, title, published_on, location, summary, link, created_by,"
				+ " created_at) values ('ALPHA', '老旧小区改造项目招标文件', '2026-06-01', '区政府门户网站', '多名申请人申请的文件',"
				+ " 'https://www.example.gov.cn/xxgk/gc.html', 'legal', current_timestamp)");
		jdbc.update("insert into publication_item (agency_code, title, published_on, location, summary, link, created_by,"
				+ " created_at) values ('ALPHA', '区财政预算说明', '2026-06-02', '政府信息公开专栏', null,"
				+ " 'javascript:alert(1)', 'legal', current_timestamp)");
		jdbc.update("insert into publication_item (agency_code, title, published_on, location, summary, link, created_by,"
				+ " created_at) values ('BETA', '另一机关的文件', '2026-06-03', '另一网站', null, null, 'legal',"
				+ " current_timestamp)");

		String page = mvc.perform(get("/portal/ALPHA/published")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();

		assertThat(page).contains("主动公开的信息").contains("条例第四十四条").contains("老旧小区改造项目招标文件")
				.contains("2026-06-01").contains("区政府门户网站").contains("多名申请人申请的文件")
				.contains("href=\"https://www.example.gov.cn/xxgk/gc.html\"").contains("区财政预算说明")
				.doesNotContain("javascript:").doesNotContain("另一机关的文件");
		// the newest first
		assertThat(page.indexOf("区财政预算说明")).isLessThan(page.indexOf("老旧小区改造项目招标文件"));
		mvc.perform(get("/portal/BETA/published")).andExpect(status().isNotFound());
	}

	/** Another applicant each time: one identity number may apply only three times a day. */
	static String nextApplicant() {
		return PortalTestSupport.residentId(LocalDate.of(1990, 1, 1), ++applicants);
	}

	static int applicants = 200;

	static MockMultipartFile png(String name) {
		return new MockMultipartFile("identityProof", name, "image/png", PortalTestSupport.PNG);
	}

	private int applications() {
		return jdbc.queryForObject("select count(*) from intake_application", Integer.class);
	}

	static String find(String page, String regex) {
		var matcher = Pattern.compile(regex).matcher(page);
		assertThat(matcher.find()).as(regex + " in the page").isTrue();
		return matcher.group(1).strip();
	}

	static String mailText(jakarta.mail.Message message) throws Exception {
		Object content = message.getContent();
		return content instanceof String text ? text : Arrays.toString(new Object[] { content });
	}
}
