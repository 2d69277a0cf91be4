package ogi.casework.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.shared.NotFound;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/** Letters rendered for a real case, stored on the real database, listed and downloaded through the API. */
@CaseworkIntegrationTest
class DocumentIntegrationTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	DocumentManagement documents;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
	}

	@Test
	void storedLettersAreListedAndDownloadedByteForByteWithinTheAgencyOnly() throws Exception {
		String caseNumber = receive();
		// Receiving the application rendered and stored its acknowledgement (接收回执).
		List<StoredDocument> stored = documents.list("ALPHA", caseNumber);
		assertThat(stored).extracting(StoredDocument::kind).containsOnly(DocumentKind.ACKNOWLEDGEMENT);
		assertThat(stored).extracting(StoredDocument::format).containsExactly(DocumentFormat.DOCX, DocumentFormat.PDF);
		StoredDocument pdf = stored.get(1);

		mvc.perform(get("/api/cases/{c}/documents", caseNumber).with(httpBasic("alpha-clerk", "secret")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].id").value(pdf.id()))
			.andExpect(jsonPath("$[1].kind").value("ACKNOWLEDGEMENT"))
			.andExpect(jsonPath("$[1].format").value("PDF"))
			.andExpect(jsonPath("$[1].fileName").value(caseNumber + "-acknowledgement.pdf"))
			.andExpect(jsonPath("$[1].sha256").value(pdf.sha256()))
			.andExpect(jsonPath("$[1].createdBy").value("alpha-clerk"));

		byte[] downloaded = mvc
			.perform(get("/api/cases/{c}/documents/{id}", caseNumber, pdf.id()).with(httpBasic("alpha-clerk", "secret")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-SHA256", pdf.sha256()))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(DocumentManagement.sha256(downloaded)).isEqualTo(pdf.sha256());
		assertThat(downloaded).hasSize((int) pdf.size());
		assertThat(DocumentRenderingTests.pdfText(downloaded)).contains("政府信息公开申请接收回执", "张三", "2026年11月20日");

		byte[] docx = mvc
			.perform(get("/api/cases/{c}/documents/{id}", caseNumber, stored.get(0).id())
				.with(httpBasic("alpha-handler", "secret")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(DocumentRenderingTests.docxText(docx)).contains("政府信息公开申请接收回执", "2026年11月20日");

		mvc.perform(get("/api/cases/{c}/documents", caseNumber).with(httpBasic("beta-clerk", "secret")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/cases/{c}/documents/{id}", caseNumber, pdf.id()).with(httpBasic("beta-clerk", "secret")))
			.andExpect(status().isNotFound());
	}

	@Test
	void storeOnlyForACaseOfTheAgencyAndDownloadOnlyForCaseRoles() throws Exception {
		String caseNumber = receive();
		StoredDocument stored = documents.store("ALPHA", caseNumber, DocumentKind.REPLY_LETTER, DocumentFormat.DOCX,
				"reply.docx", new byte[] { 1, 2, 3 }, "alpha-handler");
		assertThat(stored.sha256()).isEqualTo("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81");

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.store("BETA", caseNumber,
				DocumentKind.REPLY_LETTER, DocumentFormat.DOCX, "reply.docx", new byte[] { 1 }, "beta-handler"))
			.isInstanceOf(NotFound.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.content("ALPHA", "NO-SUCH-CASE", stored.id()))
			.isInstanceOf(NotFound.class);

		mvc.perform(get("/api/cases/{c}/documents/{id}", caseNumber, stored.id()).with(httpBasic("alpha-admin", "secret")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/cases/{c}/documents/{id}", caseNumber, stored.id() + 1000)
				.with(httpBasic("alpha-legal", "secret")))
			.andExpect(status().isNotFound());
	}

	@Test
	void approvedExtensionAndReasonableDelayEachStoreTheirOwnLetterWithTheHandlersReason() throws Exception {
		String extended = accepted();
		action(extended, "extension-requests", "alpha-handler",
				"{\"kind\": \"EXTENSION\", \"workingDays\": 5, \"reason\": \"需调阅档案室历年资料\"}");
		action(extended, "extension-decisions", "alpha-head",
				"{\"verdict\": \"APPROVE\", \"noticedOn\": \"2026-11-20\", \"note\": \"同意，抓紧办理\"}");
		String delayed = accepted();
		action(delayed, "art35-inquiries", "alpha-handler",
				"{\"askedOn\": \"2026-11-20\", \"volume\": \"同一申请人本月申请300件\"}");
		action(delayed, "art35-assessments", "alpha-handler", """
				{"assessment": "REASONABLE", "reasonsReceivedOn": "2026-11-20", "reasons": "为学术研究需要",
				 "note": "理由合理，但无法在法定期限内答复"}""");
		action(delayed, "extension-requests", "alpha-handler",
				"{\"kind\": \"REASONABLE_DELAY\", \"workingDays\": 3, \"reason\": \"300件需分批调取\"}");
		action(delayed, "extension-decisions", "alpha-head",
				"{\"verdict\": \"APPROVE\", \"noticedOn\": \"2026-11-20\", \"note\": \"同意，抓紧办理\"}");

		// Received Fri 2026-11-20, no rest days but weekends until the year ends: 20 WD end Fri 12-18; + 5 WD → Fri
		// 12-25 (extension); + 3 WD → Wed 12-23 (delay).
		String extensionText = pdfOf(extended, DocumentKind.EXTENSION_NOTICE);
		String delayText = pdfOf(delayed, DocumentKind.REASONABLE_DELAY_NOTICE);

		assertThat(extensionText).contains("延期答复告知书", "第三十三条第二款", "需调阅档案室历年资料", "2026年12月25日",
				"2026年11月20日")
				.doesNotContain("同意，抓紧办理");
		assertThat(delayText).contains("延迟答复告知书", "第三十五条", "300件需分批调取", "2026年12月23日")
				.doesNotContain("第三十三条第二款").doesNotContain("不超过20个工作日").doesNotContain("同意，抓紧办理");
		assertThat(documents.list("ALPHA", delayed)).extracting(StoredDocument::kind)
				.doesNotContain(DocumentKind.EXTENSION_NOTICE);
	}

	private String pdfOf(String caseNumber, DocumentKind kind) throws Exception {
		StoredDocument pdf = documents.list("ALPHA", caseNumber).stream()
				.filter(d -> d.kind() == kind && d.format() == DocumentFormat.PDF).findFirst()
				.orElseThrow(() -> new AssertionError("no " + kind + " PDF in case " + caseNumber));
		return DocumentRenderingTests.pdfText(documents.content("ALPHA", caseNumber, pdf.id()).content());
	}

	private String accepted() throws Exception {
		String caseNumber = receive();
		action(caseNumber, "registration", "alpha-clerk", "{\"decision\": \"ACCEPT\"}");
		return caseNumber;
	}

	private void action(String caseNumber, String action, String user, String json) throws Exception {
		mvc.perform(post("/api/cases/{c}/" + action, caseNumber).with(httpBasic(user, "secret"))
				.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isOk());
	}

	private String receive() throws Exception {
		String body = mvc.perform(post("/api/applications").with(httpBasic("alpha-clerk", "secret"))
				.contentType(MediaType.APPLICATION_JSON).content(ApplicationFixtures.anApplicationJson(FRIDAY)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.caseNumber");
	}
}
