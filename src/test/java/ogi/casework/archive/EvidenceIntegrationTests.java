package ogi.casework.archive;

import static ogi.casework.archive.ArchiveTestPackages.unzip;
import static ogi.casework.support.Agencies.PASSWORD;
import static ogi.casework.support.Agencies.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
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
import ogi.casework.audit.AuditManagement;
import ogi.casework.documents.DocumentManagement;
import ogi.casework.documents.StoredDocument;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/**
 * Evidence checklists and bundles of real cases driven through the API: a fully handled, archived case; a NOT_EXIST
 * reply on a thin search; a reply without proof of delivery; who may generate a bundle and of which agency's cases.
 */
@CaseworkIntegrationTest
class EvidenceIntegrationTests {

	static final String ALPHA = "ALPHA";

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditManagement audit;

	@Autowired
	DocumentManagement documents;

	@Autowired
	ArchiveManagement archive;

	@BeforeEach
	void itIsFridayMorning() {
		clock.setTo(FRIDAY);
	}

	@Test
	void fullyHandledArchivedCaseHasACompleteChecklistWithTheFactsThatProveIt() throws Exception {
		String caseNumber = fullyHandledCase();

		String checklist = as(Role.LEGAL, get(url(caseNumber, "evidence-checklist")), null)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.complete").value(true))
				.andExpect(jsonPath("$.missing").isEmpty())
				.andExpect(jsonPath("$.source").value("SEALED"))
				.andExpect(jsonPath("$.sealIntact").value(true))
				.andExpect(jsonPath("$.outcome").value("PARTIAL"))
				.andExpect(jsonPath("$.caseStatus").value("ARCHIVED"))
				.andExpect(jsonPath("$.items[*].number").value(Matchers.contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)))
				.andExpect(jsonPath("$.items[*].status").value(Matchers.contains("PRESENT", "PRESENT", "PRESENT",
						"PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "NOT_APPLICABLE",
						"PRESENT")))
				.andReturn().getResponse().getContentAsString();

		assertThat(item(checklist, 3, "reason")).contains(
				"补正 notice sent 2026-11-30, 6 WD after receipt, within T1 (Art. 30)", "Supplement received 2026-12-01");
		assertThat(item(checklist, 4, "reason")).contains("approved by alpha-head on 2026-12-02",
				"Extension notice dated 2026-12-02, on or before the original due date 2026-12-30");
		assertThat(item(checklist, 5, "reason")).contains("某建设公司 answered OBJECTS on 2026-12-02");
		assertThat(item(checklist, 7, "reason")).contains("投标报价明细 — THIRD_PARTY_RIGHTS (Art. 15)");
		assertThat(item(checklist, 9, "reason")).contains("SIGN_OFF of draft v1: APPROVE by alpha-head",
				"reconsideration first, 复议法 Art. 23(四)").doesNotContain("could not be read");
		assertThat(item(checklist, 10, "reason")).contains("tracking number 1190012345678");
		assertThat(item(checklist, 11, "reason")).isEqualTo("No fee was charged");
		List<String> replyProofs = JsonPath.read(checklist, "$.items[8].documents[*].path");
		assertThat(replyProofs).anyMatch(path -> path.startsWith("10-reply/") && path.endsWith("reply-letter.pdf"))
				.anyMatch(path -> path.equals("09-approvals/review-decisions.json"));
		List<String> hashes = JsonPath.read(checklist, "$.items[*].documents[*].sha256");
		var sealed = archive.manifest(ALPHA, caseNumber);
		assertThat(hashes).isNotEmpty().allMatch(hash -> sealed.items().stream().anyMatch(e -> e.sha256().equals(hash)));
	}

	@Test
	void pdfHasTheChecklistAndTheSectionsInSpecOrderWithTheCasesFacts() throws Exception {
		String caseNumber = fullyHandledCase();
		clock.setTo(LocalDate.of(2026, 12, 10));

		byte[] pdf = as(Role.HEAD, get(url(caseNumber, "evidence-bundle.pdf")), null)
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andExpect(header().string("Content-Disposition", Matchers.containsString(caseNumber)))
				.andReturn().getResponse().getContentAsByteArray();

		String text = pdfText(pdf);
		List<Integer> positions = new ArrayList<>();
		for (ArchiveSection section : ArchiveSection.values()) {
			if (section != ArchiveSection.CORRECTIONS) {
				positions.add(text.indexOf(compact(EvidencePdf.heading(section))));
			}
		}
		assertThat(positions).doesNotContain(-1).isSorted();
		assertThat(text.indexOf(compact("证据清单 Evidence checklist (spec §8.3) — complete"))).isBetween(0, positions.get(0));
		assertThat(text).contains(compact("证据材料 Evidence bundle"), caseNumber, "张三", ApplicationFixtures.RESIDENT_ID,
				"13800138000", compact("2025年本区道路维修资金的使用情况"), "PARTIAL", "alpha-head", "投标报价明细",
				"1190012345678", compact("6 WD after receipt, within T1 (Art. 30)"), "REPLY_SIGNED_OFF", "CASE_ARCHIVED",
				"Art.33(2),T3", compact("2026-12-10"), compact("ALPHA HEAD (alpha-head)"), "Page1/");
		assertThat(audit.history(ALPHA, caseNumber)).last().satisfies(line -> {
			assertThat(line.action()).isEqualTo("EVIDENCE_BUNDLE_GENERATED");
			assertThat(line.actor()).isEqualTo("alpha-head");
			assertThat(line.fromStatus()).isNull();
			assertThat(line.toStatus()).isNull();
			assertThat(line.detail()).contains("PDF", "SEALED", "checklist complete", Hashes.sha256(pdf));
		});
		assertThat(archive.verify(ALPHA, caseNumber).ok()).isTrue();
	}

	@Test
	void zipHoldsThePdfAndEveryLetterWithMatchingHashes() throws Exception {
		String caseNumber = fullyHandledCase();
		as(Role.HEAD, post(url(caseNumber, "archive/corrections")), """
				{"fileName": "delivery-receipt.pdf", "title": "邮寄回执（补） Postal receipt, recovered",
				 "mediaType": "application/pdf", "contentBase64": "JVBERi0xLjQgcmVjZWlwdA==",
				 "corrects": "11-delivery/delivery.json", "reason": "邮政回执原件迟到，补入卷宗"}""")
				.andExpect(status().isOk());

		byte[] zip = as(Role.LEGAL, get(url(caseNumber, "evidence-bundle")), null)
				.andExpect(status().isOk())
				.andExpect(content().contentType("application/zip"))
				.andReturn().getResponse().getContentAsByteArray();

		Map<String, byte[]> entries = unzip(zip);
		assertThat(entries.keySet()).startsWith(EvidenceBundle.MANIFEST, EvidenceBundle.PDF).endsWith(
				EvidenceBundle.SEALED_MANIFEST, EvidenceBundle.SUMS);
		String manifest = new String(entries.get(EvidenceBundle.MANIFEST), StandardCharsets.UTF_8);
		List<String> paths = JsonPath.read(manifest, "$.files[*].path");
		List<String> sha256s = JsonPath.read(manifest, "$.files[*].sha256");
		assertThat(paths).hasSize(entries.size() - 2);
		for (int i = 0; i < paths.size(); i++) {
			assertThat(Hashes.sha256(entries.get(paths.get(i)))).as(paths.get(i)).isEqualTo(sha256s.get(i));
		}
		List<String> documentPaths = paths.subList(1, paths.size() - 1);
		assertThat(documentPaths).extracting(path -> path.substring(0, 2)).isSorted();
		assertThat(documentPaths.get(0)).startsWith("01-receipt/");
		assertThat(new String(entries.get(EvidenceBundle.PDF), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		List<StoredDocument> letters = documents.list(ALPHA, caseNumber);
		assertThat(letters).extracting(l -> l.kind().name()).contains("ACKNOWLEDGEMENT", "SUPPLEMENT_NOTICE",
				"EXTENSION_NOTICE", "CONSULTATION_LETTER", "REPLY_LETTER");
		for (StoredDocument letter : letters) {
			String path = paths.stream().filter(p -> p.endsWith("/" + letter.id() + "-" + letter.fileName()))
					.findFirst().orElseThrow(() -> new AssertionError("no " + letter.fileName() + " in " + paths));
			assertThat(Hashes.sha256(entries.get(path))).isEqualTo(letter.sha256());
		}
		assertThat(paths).anyMatch(p -> p.startsWith("11-delivery/")).anyMatch(p -> p.startsWith("04-extension/"))
				.contains("corrections/v2-delivery-receipt.pdf");
		assertThat(new String(entries.get("corrections/v2-delivery-receipt.pdf"), StandardCharsets.US_ASCII))
				.isEqualTo("%PDF-1.4 receipt");
		as(Role.LEGAL, get(url(caseNumber, "evidence-checklist")), null)
				.andExpect(jsonPath("$.items[9].documents[*].path").value(Matchers.hasItem(
						"corrections/v2-delivery-receipt.pdf")))
				.andExpect(jsonPath("$.items[9].facts").value(Matchers.hasItem(Matchers.containsString(
						"邮政回执原件迟到"))));
		assertThat(Hashes.sha256(entries.get(EvidenceBundle.SEALED_MANIFEST)))
				.isEqualTo(JsonPath.read(manifest, "$.sealedManifestSha256"))
				.isEqualTo(archive.find(ALPHA, caseNumber).orElseThrow().manifestSha256());
		String sums = new String(entries.get(EvidenceBundle.SUMS), StandardCharsets.UTF_8);
		assertThat(sums.lines()).hasSize(paths.size()).first().isEqualTo(sha256s.get(0) + "  " + EvidenceBundle.PDF);
		assertThat(Hashes.sha256(entries.get(EvidenceBundle.SUMS))).isEqualTo(JsonPath.read(manifest, "$.filesSha256"));
		assertThat(audit.history(ALPHA, caseNumber)).last().satisfies(line -> assertThat(line.detail())
				.contains("ZIP", Hashes.sha256(zip)));
	}

	@Test
	void notExistReplyOnASearchWithoutDateRangeOrDepartmentsIsMissingItsSearchRecord() throws Exception {
		String caseNumber = acceptedCase();
		as(Role.HANDLER, post(url(caseNumber, "search-records")), """
				{"searchedOn": "2026-11-20", "sourcesSearched": "公文系统", "keywords": "道路维修", "found": false}""")
				.andExpect(status().isOk());
		as(Role.HANDLER, post(url(caseNumber, "reply-drafts")), """
				{"outcome": "NOT_EXIST", "reasons": "经检索，本机关未制作或保存该信息"}""").andExpect(status().isOk());
		as(Role.REVIEWER, post(url(caseNumber, "reply-reviews")), "{\"verdict\": \"APPROVE\"}");
		// a NOT_EXIST reply on an incomplete search is a high litigation risk: legal staff review it before delivery
		as(Role.LEGAL, post(url(caseNumber, "legal-reviews")), "{\"verdict\": \"APPROVE\"}").andExpect(status().isOk());
		as(Role.CLERK, post(url(caseNumber, "deliveries")), """
				{"method": "IN_PERSON", "deliveredOn": "2026-11-20", "recipient": "张三"}""").andExpect(status().isOk());

		String checklist = as(Role.LEGAL, get(url(caseNumber, "evidence-checklist")), null)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.source").value("LIVE"))
				.andExpect(jsonPath("$.sealIntact").doesNotExist())
				.andExpect(jsonPath("$.outcome").value("NOT_EXIST"))
				.andExpect(jsonPath("$.complete").value(false))
				.andExpect(jsonPath("$.missing").value(Matchers.contains(6)))
				.andExpect(jsonPath("$.items[5].status").value("MISSING"))
				.andExpect(jsonPath("$.items[7].status").value("NOT_APPLICABLE"))
				.andExpect(jsonPath("$.items[9].status").value("PRESENT"))
				.andReturn().getResponse().getContentAsString();

		assertThat(item(checklist, 6, "reason")).contains("NOT_EXIST reply without a search record naming",
				"the date range searched", "the departments asked", "Guiding Case 101");
		assertThat(JsonPath.<List<String>>read(checklist, "$.items[5].documents[*].path"))
				.containsExactly("06-search/search-record.json");
	}

	@Test
	void replyWithoutProofOfDeliveryIsMissingItsServiceProof() throws Exception {
		String caseNumber = acceptedCase();
		as(Role.HANDLER, post(url(caseNumber, "search-records")), """
				{"searchedOn": "2026-11-20", "sourcesSearched": "公文系统", "keywords": "道路维修", "found": true}""");
		as(Role.HANDLER, post(url(caseNumber, "reply-drafts")), """
				{"outcome": "DISCLOSE", "accessDetails": "电子邮件提供"}""");
		as(Role.REVIEWER, post(url(caseNumber, "reply-reviews")), "{\"verdict\": \"APPROVE\"}");

		as(Role.LEGAL, get(url(caseNumber, "evidence-checklist")), null)
				.andExpect(jsonPath("$.items[9].status").value("MISSING"))
				.andExpect(jsonPath("$.items[9].reason").value("Reply drafted but not delivered yet: no proof of service"))
				// the reply letter is issued on approval (issue #11), so it is there before the delivery
				.andExpect(jsonPath("$.items[8].status").value("PRESENT"));
		as(Role.CLERK, post(url(caseNumber, "deliveries")), """
				{"method": "POST", "deliveredOn": "2026-11-20", "trackingNumber": "1190012345678"}""")
				.andExpect(status().isOk());
		// A delivery carried over from a paper register, whose posting receipt was never entered.
		jdbc.update("update reply_delivery set tracking_number = null where agency_code = ? and case_number = ?", ALPHA,
				caseNumber);

		as(Role.HEAD, get(url(caseNumber, "evidence-checklist")), null)
				.andExpect(jsonPath("$.missing").value(Matchers.contains(10)))
				.andExpect(jsonPath("$.items[9].status").value("MISSING"))
				.andExpect(jsonPath("$.items[9].gaps[0]").value(Matchers.startsWith(
						"Post delivery without a posting receipt")))
				.andExpect(jsonPath("$.items[9].facts").value(Matchers.hasItem(
						"Delivered within the reply period ending 2026-12-18 (Art. 33(2))")));
	}

	@Test
	void onlyLegalStaffAndTheHeadOfTheCasesAgencyGetTheBundle() throws Exception {
		String caseNumber = acceptedCase();
		int before = audit.history(ALPHA, caseNumber).size();

		for (String action : List.of("evidence-checklist", "evidence-bundle.pdf", "evidence-bundle")) {
			for (Role role : List.of(Role.CLERK, Role.HANDLER, Role.REVIEWER, Role.ADMIN)) {
				as(role, get(url(caseNumber, action)), null).andExpect(status().isForbidden());
			}
			mvc.perform(get(url(caseNumber, action)).with(httpBasic(username("BETA", Role.LEGAL), PASSWORD)))
					.andExpect(status().isNotFound())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get(url(caseNumber, action)).with(httpBasic(username("BETA", Role.HEAD), PASSWORD)))
					.andExpect(status().isNotFound());
			mvc.perform(get(url(caseNumber, action))).andExpect(status().isUnauthorized());
		}
		assertThat(audit.history(ALPHA, caseNumber)).hasSize(before);

		as(Role.LEGAL, get(url(caseNumber, "evidence-checklist")), null).andExpect(status().isOk())
				.andExpect(jsonPath("$.items[9].status").value("MISSING"));
		as(Role.HEAD, get(url(caseNumber, "evidence-bundle")), null).andExpect(status().isOk());
		assertThat(audit.history(ALPHA, caseNumber)).hasSize(before + 1);
	}

	@Test
	void tamperedSealedCaseFileIsFlaggedOnTheChecklistAndTheCover() throws Exception {
		String caseNumber = fullyHandledCase();
		jdbc.update("update archive_item set content = ? where agency_code = ? and case_number = ? and path = ?",
				"{}".getBytes(StandardCharsets.UTF_8), ALPHA, caseNumber, "11-delivery/delivery.json");

		as(Role.LEGAL, get(url(caseNumber, "evidence-checklist")), null).andExpect(status().isOk())
				.andExpect(jsonPath("$.sealIntact").value(false));
		byte[] pdf = as(Role.LEGAL, get(url(caseNumber, "evidence-bundle.pdf")), null).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();

		assertThat(pdfText(pdf)).contains(compact("does NOT verify: MISMATCH 11-delivery/delivery.json"));
	}

	@Test
	void apiDocumentationDescribesTheEvidenceEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
				.andExpect(jsonPath("$.paths['/api/cases/{caseNumber}/evidence-checklist'].get").exists())
				.andExpect(jsonPath("$.paths['/api/cases/{caseNumber}/evidence-bundle.pdf'].get").exists())
				.andExpect(jsonPath("$.paths['/api/cases/{caseNumber}/evidence-bundle'].get").exists());
	}

	/**
	 * Received Fri 2026-11-20, supplement asked for on Mon 11-30 (6 WD) and received 12-01, a third party consulted
	 * and objecting, an extension approved and noticed 12-02, a partial disclosure reviewed and signed off, posted
	 * 12-03, archived.
	 */
	String fullyHandledCase() throws Exception {
		String caseNumber = receive();
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
		as(Role.HANDLER, post(url(caseNumber, "reply-drafts")), """
				{"outcome": "PARTIAL", "accessDetails": "其余部分于2026年12月10日前通过电子邮件提供",
				 "withheldParts": [{"description": "投标报价明细", "ground": "THIRD_PARTY_RIGHTS",
				                    "reasons": "第三方认为属于商业秘密且理由成立（第十五条、第三十二条）"}]}""")
				.andExpect(status().isOk());
		as(Role.REVIEWER, post(url(caseNumber, "reply-reviews")), "{\"verdict\": \"APPROVE\"}")
				.andExpect(status().isOk());
		as(Role.HEAD, post(url(caseNumber, "sign-offs")), "{\"verdict\": \"APPROVE\"}").andExpect(status().isOk());
		clock.setTo(LocalDate.of(2026, 12, 3));
		as(Role.CLERK, post(url(caseNumber, "deliveries")), """
				{"method": "POST", "deliveredOn": "2026-12-03", "trackingNumber": "1190012345678"}""")
				.andExpect(status().isOk());
		as(Role.CLERK, post(url(caseNumber, "archiving")), null).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("ARCHIVED"));
		return caseNumber;
	}

	String acceptedCase() throws Exception {
		String caseNumber = receive();
		as(Role.CLERK, post(url(caseNumber, "registration")), "{\"decision\": \"ACCEPT\"}").andExpect(status().isOk());
		return caseNumber;
	}

	String receive() throws Exception {
		String body = as(Role.CLERK, post("/api/applications"), ApplicationFixtures.anApplicationJson(FRIDAY))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.caseNumber");
	}

	ResultActions as(Role role, MockHttpServletRequestBuilder request, String json) throws Exception {
		request.with(httpBasic(username(ALPHA, role), PASSWORD));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}

	static String item(String checklist, int number, String field) {
		return JsonPath.read(checklist, "$.items[" + (number - 1) + "]." + field);
	}

	static String url(String caseNumber, String action) {
		return "/api/cases/" + caseNumber + "/" + action;
	}

	/** The PDF's text without any whitespace, since table cells wrap text anywhere. */
	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return compact(new PDFTextStripper().getText(document));
		}
	}

	static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}
}
