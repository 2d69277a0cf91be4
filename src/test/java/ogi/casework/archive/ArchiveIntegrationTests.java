package ogi.casework.archive;

import static ogi.casework.archive.ArchiveTestPackages.bytes;
import static ogi.casework.archive.ArchiveTestPackages.unzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ogi.casework.audit.AuditEntry;
import ogi.casework.audit.AuditManagement;
import ogi.casework.shared.ActionNotAllowed;
import ogi.casework.shared.NotFound;
import ogi.casework.support.ApplicationFixtures;
import ogi.casework.support.CaseworkIntegrationTest;
import ogi.casework.support.MutableClock;

/** Sealing a real case's file on the real database, downloading it, and catching changes made behind the API. */
@CaseworkIntegrationTest
class ArchiveIntegrationTests {

	static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

	static final String PDF = "02-application/application-form.pdf";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArchiveManagement archive;

	@Autowired
	CaseFileItems caseFileItems;

	@Autowired
	AuditManagement audit;

	@BeforeEach
	void itIsFridayMorning() throws Exception {
		clock.setTo(FRIDAY);
	}

	@Test
	void sealedCaseFileDownloadsWithAManifestThatMatchesEveryDocument() throws Exception {
		String caseNumber = receive();
		List<ArchiveItem> items = standardItemsAndAScan(caseNumber);

		ArchiveSeal seal = archive.seal("ALPHA", caseNumber, items, "alpha-clerk");

		assertThat(seal.manifestVersion()).isEqualTo(1);
		assertThat(seal.itemCount()).isEqualTo(items.size());
		assertThat(seal.sealedBy()).isEqualTo("alpha-clerk");
		byte[] zip = mvc.perform(get(archiveUrl(caseNumber)).with(httpBasic("alpha-clerk", "secret")))
				.andExpect(status().isOk())
				.andExpect(content().contentType("application/zip"))
				.andExpect(header().string("Content-Disposition", Matchers.containsString(caseNumber + ".zip")))
				.andReturn().getResponse().getContentAsByteArray();
		Map<String, byte[]> entries = unzip(zip);
		String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
		List<String> listed = JsonPath.read(manifest, "$.items[*].path");
		assertThat(entries.keySet()).first().isEqualTo("manifest.json");
		assertThat(entries.keySet()).containsExactlyElementsOf(prepend("manifest.json", listed));
		// The receipt section holds the acknowledgement (回执) rendered at receipt, as DOCX and PDF.
		assertThat(listed).hasSize(7).startsWith("01-receipt/receipt.json").contains("02-application/application.json",
				PDF, "13-deadlines/deadline-ledger.json", "14-audit/audit-trail.json");
		assertThat(listed.subList(1, 3)).allMatch(path -> path.startsWith("01-receipt/")
				&& path.contains("acknowledgement"));
		for (int i = 0; i < listed.size(); i++) {
			byte[] file = entries.get(listed.get(i));
			assertThat((String) JsonPath.read(manifest, "$.items[" + i + "].sha256")).isEqualTo(Hashes.sha256(file));
			assertThat(((Number) JsonPath.read(manifest, "$.items[" + i + "].size")).longValue()).isEqualTo(file.length);
		}
		assertThat(entries.get(PDF)).isEqualTo(scan());
		assertThat((String) JsonPath.read(manifest, "$.caseNumber")).isEqualTo(caseNumber);
		assertThat((String) JsonPath.read(manifest, "$.agencyCode")).isEqualTo("ALPHA");
		assertThat((String) JsonPath.read(manifest, "$.sealedBy")).isEqualTo("alpha-clerk");
		assertThat((String) JsonPath.read(manifest, "$.itemsSha256")).isEqualTo(seal.itemsSha256());
		assertThat(Hashes.sha256(entries.get("manifest.json"))).isEqualTo(seal.manifestSha256());
		assertThat(ArchiveManagement.verify(zip).ok()).isTrue();
		mvc.perform(get(archiveUrl(caseNumber) + "/verification").with(httpBasic("alpha-reviewer", "secret")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.ok").value(true))
				.andExpect(jsonPath("$.manifestSha256").value(seal.manifestSha256()))
				.andExpect(jsonPath("$.items.length()").value(items.size()))
				.andExpect(jsonPath("$.items[*].status").value(Matchers.everyItem(Matchers.is("OK"))));
		assertThat(audit.history("ALPHA", caseNumber)).last().satisfies(line -> {
			assertThat(line.action()).isEqualTo("ARCHIVE_SEALED");
			assertThat(line.detail()).contains(seal.manifestSha256());
		});
	}

	@Test
	void changeMadeDirectlyInTheDatabaseShowsInTheVerification() throws Exception {
		String caseNumber = receive();
		archive.seal("ALPHA", caseNumber, standardItemsAndAScan(caseNumber), "alpha-clerk");
		byte[] altered = scan();
		altered[0] ^= 1;

		jdbc.update("update archive_item set content = ? where agency_code = ? and case_number = ? and path = ?",
				altered, "ALPHA", caseNumber, PDF);

		mvc.perform(get(archiveUrl(caseNumber) + "/verification").with(httpBasic("alpha-clerk", "secret")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.ok").value(false))
				.andExpect(jsonPath("$.items[?(@.path == '" + PDF + "')].status").value(Matchers.contains("MISMATCH")))
				.andExpect(jsonPath("$.items[?(@.path == '" + PDF + "')].expectedSha256")
						.value(Matchers.contains(Hashes.sha256(scan()))))
				.andExpect(jsonPath("$.items[?(@.path == '" + PDF + "')].actualSha256")
						.value(Matchers.contains(Hashes.sha256(altered))))
				.andExpect(jsonPath("$.items[?(@.status == 'OK')].path").value(Matchers.hasSize(6)));
		byte[] zip = mvc.perform(get(archiveUrl(caseNumber)).with(httpBasic("alpha-clerk", "secret")))
				.andReturn().getResponse().getContentAsByteArray();
		assertThat(ArchiveManagement.verify(zip).failures()).singleElement()
				.satisfies(failure -> assertThat(failure.path()).isEqualTo(PDF));
	}

	@Test
	void documentDeletedOrSmuggledInBehindTheApiIsReported() throws Exception {
		String caseNumber = receive();
		archive.seal("ALPHA", caseNumber, standardItemsAndAScan(caseNumber), "alpha-clerk");

		jdbc.update("delete from archive_item where agency_code = ? and case_number = ? and path = ?", "ALPHA",
				caseNumber, PDF);
		jdbc.update("""
				insert into archive_item (agency_code, case_number, position, path, title, section, media_type, size,
				    sha256, content, added_in_version, added_by, added_at)
				select agency_code, case_number, 99, '10-reply/reply.json', 'x', 'REPLY', 'application/json', 2, sha256,
				       content, 1, 'someone', added_at
				  from archive_item where agency_code = ? and case_number = ? and position = 1""", "ALPHA", caseNumber);

		Verification verification = archive.verify("ALPHA", caseNumber);
		assertThat(verification.ok()).isFalse();
		assertThat(verification.failures()).extracting(Verification.ItemCheck::path, Verification.ItemCheck::status)
				.containsExactly(tuple(PDF, Verification.Status.MISSING),
						tuple("10-reply/reply.json", Verification.Status.UNLISTED));
	}

	@Test
	void rewrittenManifestIsCaughtByItsStoredHash() throws Exception {
		String caseNumber = receive();
		archive.seal("ALPHA", caseNumber, standardItemsAndAScan(caseNumber), "alpha-clerk");

		jdbc.update("update archive_manifest set content = ? where agency_code = ? and case_number = ?",
				rewrittenManifest(caseNumber), "ALPHA", caseNumber);

		assertThat(archive.verify("ALPHA", caseNumber).problems()).singleElement().asString()
				.contains("Manifest v1 was changed after it was written");
	}

	@Test
	void anotherAgencySeesNoArchiveAndAnUnsealedCaseHasNone() throws Exception {
		String caseNumber = receive();

		mvc.perform(get(archiveUrl(caseNumber)).with(httpBasic("alpha-clerk", "secret")))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		archive.seal("ALPHA", caseNumber, standardItemsAndAScan(caseNumber), "alpha-clerk");

		mvc.perform(get(archiveUrl(caseNumber)).with(httpBasic("beta-clerk", "secret")))
				.andExpect(status().isNotFound());
		mvc.perform(get(archiveUrl(caseNumber) + "/verification").with(httpBasic("beta-clerk", "secret")))
				.andExpect(status().isNotFound());
		mvc.perform(get(archiveUrl(caseNumber))).andExpect(status().isUnauthorized());
		assertThatThrownBy(() -> archive.seal("BETA", caseNumber, standardItemsAndAScan(caseNumber), "beta-clerk"))
				.isInstanceOf(NotFound.class);
	}

	@Test
	void caseFileIsSealedOnlyOnce() throws Exception {
		String caseNumber = receive();
		var items = standardItemsAndAScan(caseNumber);
		archive.seal("ALPHA", caseNumber, items, "alpha-clerk");

		assertThatThrownBy(() -> archive.seal("ALPHA", caseNumber, items, "alpha-clerk"))
				.isInstanceOfSatisfying(ActionNotAllowed.class, e -> assertThat(e.rule()).isEqualTo("sealedOnce"));
		assertThat(jdbc.queryForObject("select count(*) from archive_manifest where case_number = ?", Integer.class,
				caseNumber)).isEqualTo(1);
	}

	@Test
	void correctionIsAppendedAsANewManifestVersionAndLeavesTheSealedDocumentsAlone() throws Exception {
		String caseNumber = receive();
		ArchiveSeal sealed = archive.seal("ALPHA", caseNumber, standardItemsAndAScan(caseNumber), "alpha-clerk");
		clock.setTo(FRIDAY.plusDays(3));

		ArchiveSeal corrected = archive.recordCorrection("ALPHA", caseNumber,
				new CorrectionForm("application-form.pdf", "申请表（清晰扫描件） Application form, legible scan",
						"application/pdf", bytes("%PDF-1.7 清晰"), PDF, "原扫描件模糊 The first scan was illegible"),
				"alpha-clerk");

		assertThat(corrected.manifestVersion()).isEqualTo(2);
		assertThat(corrected.sealedAt()).isEqualTo(sealed.sealedAt());
		assertThat(corrected.itemCount()).isEqualTo(sealed.itemCount() + 1);
		Manifest manifest = archive.manifest("ALPHA", caseNumber);
		assertThat(manifest.previousManifestSha256()).isEqualTo(sealed.manifestSha256());
		assertThat(manifest.entry(PDF).orElseThrow().sha256()).isEqualTo(Hashes.sha256(scan()));
		var added = manifest.entry("corrections/v2-application-form.pdf").orElseThrow();
		assertThat(added.correction().corrects()).isEqualTo(PDF);
		assertThat(added.correction().recordedBy()).isEqualTo("alpha-clerk");
		assertThat(added.correction().recordedAt()).isAfter(sealed.sealedAt());
		assertThat(archive.verify("ALPHA", caseNumber).ok()).isTrue();
		byte[] zip = mvc.perform(get(archiveUrl(caseNumber)).with(httpBasic("alpha-handler", "secret")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(unzip(zip).keySet()).last().isEqualTo("corrections/v2-application-form.pdf");
		assertThat(unzip(zip).get(PDF)).isEqualTo(scan());
		assertThat(ArchiveManagement.verify(zip).ok()).isTrue();
		assertThat(audit.history("ALPHA", caseNumber)).last().satisfies(line -> {
			assertThat(line.action()).isEqualTo("ARCHIVE_CORRECTED");
			assertThat(line.detail()).contains("原扫描件模糊").contains(corrected.manifestSha256());
		});
	}

	@Test
	void correctionIsRefusedWhileTheStoredFileDoesNotVerify() throws Exception {
		String caseNumber = receive();
		archive.seal("ALPHA", caseNumber, standardItemsAndAScan(caseNumber), "alpha-clerk");
		jdbc.update("update archive_item set content = ? where case_number = ? and path = ?", bytes("swapped"),
				caseNumber, PDF);

		assertThatThrownBy(() -> archive.recordCorrection("ALPHA", caseNumber,
				new CorrectionForm("note.txt", "说明 Note", "text/plain", bytes("note"), null, "补充说明 Note"),
				"alpha-clerk"))
				.isInstanceOfSatisfying(ActionNotAllowed.class, e -> assertThat(e.rule()).isEqualTo("archiveIntact"))
				.hasMessageContaining("MISMATCH " + PDF);
	}

	@Test
	void archivingAReopenedCaseAgainAppendsANewManifestVersionAndKeepsTheSealedDocuments() throws Exception {
		String caseNumber = receive();
		List<ArchiveItem> first = standardItemsAndAScan(caseNumber);
		ArchiveSeal sealed = archive.seal("ALPHA", caseNumber, first, "alpha-clerk");
		List<ArchiveItem> second = new ArrayList<>(first);
		second.set(second.size() - 1, ArchiveItem.of(ArchiveSection.APPLICATION, "application-form.pdf",
				"申请表扫描件 Scanned application form", "application/pdf", bytesOf("second scan")));
		second.add(ArchiveItem.of(ArchiveSection.SEARCH_RECORD, "search-2.json", "第二次检索记录 Second search",
				ArchiveItem.JSON, bytesOf("{\"found\": true}")));

		ArchiveSeal again = archive.reseal("ALPHA", caseNumber, second, "reply cycle 2", "alpha-clerk");

		assertThat(again.manifestVersion()).isEqualTo(2);
		assertThat(again.itemCount()).isEqualTo(first.size() + 2);
		var manifest = archive.manifest("ALPHA", caseNumber);
		assertThat(manifest.previousManifestSha256()).isEqualTo(sealed.manifestSha256());
		assertThat(manifest.entry(PDF)).get().extracting(Manifest.Entry::addedInVersion).isEqualTo(1);
		assertThat(manifest.entry("02-application/v2/application-form.pdf")).get().satisfies(entry -> {
			assertThat(entry.addedInVersion()).isEqualTo(2);
			assertThat(entry.correction().corrects()).isEqualTo(PDF);
			assertThat(entry.correction().reason()).isEqualTo("reply cycle 2");
		});
		assertThat(manifest.entry("06-search/search-2.json")).isPresent();
		assertThat(archive.verify("ALPHA", caseNumber).ok()).isTrue();
		assertThat(audit.history("ALPHA", caseNumber)).last().extracting(AuditEntry::action)
				.isEqualTo("ARCHIVE_RESEALED");
	}

	private static byte[] bytesOf(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private List<ArchiveItem> standardItemsAndAScan(String caseNumber) {
		List<ArchiveItem> items = new ArrayList<>(caseFileItems.of("ALPHA", caseNumber));
		items.add(ArchiveItem.of(ArchiveSection.APPLICATION, "application-form.pdf", "申请表扫描件 Scanned application form",
				"application/pdf", scan()));
		return items;
	}

	/** A stand-in for a scanned PDF: binary bytes, including zeros and high bytes, well past a MySQL BLOB's 64 KB. */
	private static byte[] scan() {
		byte[] content = new byte[70_000];
		for (int i = 0; i < content.length; i++) {
			content[i] = (byte) (i * 31 + 7);
		}
		return content;
	}

	private byte[] rewrittenManifest(String caseNumber) {
		String json = new String(archive.manifest("ALPHA", caseNumber).toJson(), StandardCharsets.UTF_8);
		return bytes(json.replace("\"sealedBy\" : \"alpha-clerk\"", "\"sealedBy\" : \"alpha-head\""));
	}

	private String receive() throws Exception {
		String body = mvc.perform(post("/api/applications").with(httpBasic("alpha-clerk", "secret"))
				.contentType(MediaType.APPLICATION_JSON).content(ApplicationFixtures.anApplicationJson(FRIDAY)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.caseNumber");
	}

	private static List<String> prepend(String first, List<String> rest) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

	private static String archiveUrl(String caseNumber) {
		return "/api/cases/" + caseNumber + "/archive";
	}
}
