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

	private String receive() throws Exception {
		String body = mvc.perform(post("/api/applications").with(httpBasic("alpha-clerk", "secret"))
				.contentType(MediaType.APPLICATION_JSON).content(ApplicationFixtures.anApplicationJson(FRIDAY)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.caseNumber");
	}
}
