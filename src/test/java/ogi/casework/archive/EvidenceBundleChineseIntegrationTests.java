package ogi.casework.archive;

import static ogi.casework.archive.ArchiveTestPackages.unzip;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.accounts.Role;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.ChineseText;
import ogi.casework.support.MutableClock;

/**
 * The evidence bundle a court reads is Chinese throughout (issue #11): a case with a supplement, a third party
 * consulted, an extension, a fee paid and a partial disclosure, signed off, posted and archived, rendered as the PDF
 * and the ZIP's PDF in Chinese, shows no English sentence, no engine code and no article or spec reference as the
 * engine names them.
 */
@CaseworkIntegrationTest
class EvidenceBundleChineseIntegrationTests {

	static final String ALPHA = "ALPHA";

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EvidenceManagement evidence;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
	}

	@Test
	void bundleOfACaseThroughEveryStepReadsAsChineseOnly() throws Exception {
		String caseNumber = caseThroughEveryStep();

		byte[] pdf = evidence.pdf(caseNumber, Agencies.user(ALPHA, Role.LEGAL), Locale.SIMPLIFIED_CHINESE);

		String text = pdfText(pdf);
		keepForALook(pdf);
		ChineseText.assertChineseDocument("the evidence bundle PDF", text, ChineseText.testAgencyData());
		String compact = text.replaceAll("\\s+", "");
		// what the law and the case's dates make of it, in the words a court reads
		assertThat(compact).contains("证据清单", "第三十条", "第三十三条第二款", "第三十七条",
				"部分公开", "不同意公开", "延长答复期限", "按量计收", "邮寄送达", "收到申请后第6个工作日",
				"投标报价明细", "1190012345678", "张三", ApplicationFixtures.RESIDENT_ID, caseNumber);
	}

	@Test
	void zipOfTheBundleCarriesTheChinesePdf() throws Exception {
		String caseNumber = caseThroughEveryStep();

		Map<String, byte[]> entries = unzip(evidence.zip(caseNumber, Agencies.user(ALPHA, Role.HEAD),
				Locale.SIMPLIFIED_CHINESE));

		ChineseText.assertChineseDocument("the evidence bundle ZIP's PDF", pdfText(entries.get(EvidenceBundle.PDF)),
				ChineseText.testAgencyData());
	}

	/**
	 * Received Fri 2026-11-20; supplement asked for Mon 11-30 (6 working days, Art. 30) and received 12-01; a third
	 * party consulted 12-01, objecting 12-02; an extension approved and noticed 12-02; a fee noticed 12-02 and paid
	 * 12-03; a partial disclosure reviewed and signed off, posted 12-04 and archived.
	 */
	String caseThroughEveryStep() throws Exception {
		String body = as(Role.CLERK, post("/api/applications"), ApplicationFixtures.anApplicationJson(FRIDAY))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String caseNumber = JsonPath.read(body, "$.caseNumber");
		clock.setTo(LocalDate.of(2026, 11, 30));
		as(Role.CLERK, post(url(caseNumber, "registration")), """
				{"decision": "SUPPLEMENT",
				 "supplement": {"noticedOn": "2026-11-30", "items": "请写明所需资金使用情况的年度和路段", "workingDays": 10}}""")
				.andExpect(status().isOk());
		clock.setTo(LocalDate.of(2026, 12, 1));
		long supplement = jdbc.queryForObject("select id from intake_supplement where agency_code = ? and case_number = ?",
				Long.class, ALPHA, caseNumber);
		as(Role.CLERK, post(url(caseNumber, "notice-deliveries")), """
				{"notice": "SUPPLEMENT_NOTICE", "reference": %d, "method": "POST", "deliveredOn": "2026-11-30",
				 "trackingNumber": "1190012345600"}""".formatted(supplement)).andExpect(status().isOk());
		as(Role.CLERK, post(url(caseNumber, "supplements")), """
				{"receivedOn": "2026-12-01", "content": "2025年度，中山路段"}""").andExpect(status().isOk());
		as(Role.HANDLER, post(url(caseNumber, "consultations")), """
				{"kind": "THIRD_PARTY", "party": "某建设公司", "question": "拟公开投标文件，是否同意？", "sentOn": "2026-12-01"}""")
				.andExpect(status().isOk());
		as(Role.HANDLER, post(url(caseNumber, "notice-deliveries")), """
				{"notice": "CONSULTATION_LETTER", "reference": 1, "method": "IN_PERSON", "deliveredOn": "2026-12-01",
				 "recipient": "某建设公司 李四"}""").andExpect(status().isOk());
		as(Role.HANDLER, post(url(caseNumber, "search-records")), """
				{"searchedOn": "2026-12-01", "sourcesSearched": "公文系统、档案室", "keywords": "道路维修 中山路",
				 "periodCovered": "2025-01-01至2025-12-31", "departmentsAsked": "财务科", "found": true}""")
				.andExpect(status().isOk());
		clock.setTo(LocalDate.of(2026, 12, 2));
		as(Role.HANDLER, post(url(caseNumber, "consultations/1/answers")), """
				{"opinion": "OBJECTS", "answer": "投标报价属于商业秘密", "answeredOn": "2026-12-02"}""")
				.andExpect(status().isOk());
		as(Role.HANDLER, post(url(caseNumber, "extension-requests")), """
				{"kind": "EXTENSION", "workingDays": 10, "reason": "需调阅档案室历年资料"}""").andExpect(status().isOk());
		as(Role.HEAD, post(url(caseNumber, "extension-decisions")), """
				{"verdict": "APPROVE", "noticedOn": "2026-12-02"}""").andExpect(status().isOk());
		as(Role.CLERK, post(url(caseNumber, "notice-deliveries")), """
				{"notice": "EXTENSION_NOTICE", "reference": 1, "method": "ELECTRONIC", "deliveredOn": "2026-12-02",
				 "confirmedOn": "2026-12-02"}""").andExpect(status().isOk());
		as(Role.HANDLER, post(url(caseNumber, "fee-notices")), """
				{"method": "PER_PAGE", "quantity": 40, "noticedOn": "2026-12-02", "receivedOn": "2026-12-02"}""")
				.andExpect(status().isOk());
		clock.setTo(LocalDate.of(2026, 12, 3));
		as(Role.HANDLER, post(url(caseNumber, "fee-payments")), """
				{"paidOn": "2026-12-03"}""").andExpect(status().isOk());
		as(Role.HANDLER, post(url(caseNumber, "reply-drafts")), """
				{"outcome": "PARTIAL", "accessDetails": "其余部分于2026年12月10日前通过电子邮件提供",
				 "withheldParts": [{"description": "投标报价明细", "ground": "THIRD_PARTY_RIGHTS",
				                    "reasons": "第三方认为属于商业秘密且理由成立（第十五条、第三十二条）"}]}""")
				.andExpect(status().isOk());
		as(Role.REVIEWER, post(url(caseNumber, "reply-reviews")), "{\"verdict\": \"APPROVE\"}")
				.andExpect(status().isOk());
		as(Role.HEAD, post(url(caseNumber, "sign-offs")), "{\"verdict\": \"APPROVE\"}").andExpect(status().isOk());
		clock.setTo(LocalDate.of(2026, 12, 4));
		as(Role.CLERK, post(url(caseNumber, "deliveries")), """
				{"method": "POST", "deliveredOn": "2026-12-04", "trackingNumber": "1190012345678"}""")
				.andExpect(status().isOk());
		as(Role.CLERK, post(url(caseNumber, "archiving")), null).andExpect(status().isOk());
		return caseNumber;
	}

	ResultActions as(Role role, MockHttpServletRequestBuilder request, String json) throws Exception {
		request.with(httpBasic(username(ALPHA, role), PASSWORD));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}

	static String url(String caseNumber, String action) {
		return "/api/cases/" + caseNumber + "/" + action;
	}

	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** The rendered bundle under target/, for a person to look at (pdftoppm). */
	static void keepForALook(byte[] pdf) throws IOException {
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/evidence-bundle-zh.pdf"), pdf);
	}
}
