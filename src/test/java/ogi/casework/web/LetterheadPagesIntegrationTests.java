package ogi.casework.web;

import static ogi.casework.support.Agencies.ALPHA;
import static ogi.casework.support.Agencies.BETA;
import static ogi.casework.support.Agencies.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ogi.casework.accounts.Role;
import ogi.casework.documents.DocumentFormat;
import ogi.casework.documents.DocumentKind;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.documents.LetterheadManagement;
import ogi.casework.support.Agencies;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.Cases;
import ogi.casework.support.CaseworkIntegrationTest;

/**
 * An agency's administrator sets its letterhead on the administration page; the letters generated afterwards carry it,
 * other agencies keep theirs, and nobody else may change it.
 */
@CaseworkIntegrationTest
class LetterheadPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	DocumentManagement documents;

	@Autowired
	LetterheadManagement letterheads;

	@Test
	void anAdministratorSetsTheLetterheadAndTheNextLettersCarryIt() throws Exception {
		Cookie admin = signIn(ALPHA, Role.ADMIN);
		String before = letterheads.letterhead(BETA).agencyName();

		mvc.perform(post("/admin/letterhead").with(csrf()).cookie(admin).param("agencyName", "某某市某某区人民政府办公室")
				.param("reconsiderationBody", "某某区人民政府").param("court", "某某区人民法院")
				.param("contact", "政务公开科，电话：010-12345678，地址：某某路1号"))
				.andExpect(status().is3xxRedirection());

		String page = mvc.perform(get("/admin").cookie(admin)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).contains("value=\"某某市某某区人民政府办公室\"").contains("value=\"政务公开科，电话：010-12345678，地址：某某路1号\"");
		String caseNumber = cases.open(ApplicationFixtures.anApplication(LocalDate.of(2026, 11, 20)),
				user(ALPHA, Role.CLERK)).caseNumber();
		var acknowledgement = documents.list(ALPHA, caseNumber).stream()
				.filter(d -> d.kind() == DocumentKind.ACKNOWLEDGEMENT && d.format() == DocumentFormat.PDF).findFirst()
				.orElseThrow();
		String text;
		try (var pdf = Loader.loadPDF(documents.content(ALPHA, caseNumber, acknowledgement.id()).content())) {
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
		}
		assertThat(text).contains("某某市某某区人民政府办公室").contains("政务公开科，电话：010-12345678");
		assertThat(letterheads.letterhead(BETA).agencyName()).as("another agency keeps its own").isEqualTo(before);

		String tooLong = "某".repeat(201);
		String rejected = mvc.perform(post("/admin/letterhead").with(csrf()).cookie(admin).param("agencyName", tooLong))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(rejected).contains("内容过长。");
		assertThat(letterheads.letterhead(ALPHA).agencyName()).isEqualTo("某某市某某区人民政府办公室");

		mvc.perform(post("/admin/letterhead").with(csrf()).cookie(signIn(ALPHA, Role.HEAD)).param("agencyName", "x"))
				.andExpect(status().isForbidden());
		mvc.perform(post("/admin/letterhead").with(csrf()).cookie(signIn(ALPHA, Role.PLATFORM_ADMIN))
				.param("agencyName", "x")).andExpect(status().isForbidden());
		assertThat(letterheads.letterhead(ALPHA).agencyName()).isEqualTo("某某市某某区人民政府办公室");
	}

	private Cookie signIn(String agency, Role role) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("username", Agencies.username(agency, role))
				.param("password", Agencies.PASSWORD)).andExpect(status().is3xxRedirection()).andReturn()
				.getResponse().getCookie("SESSION");
	}
}
