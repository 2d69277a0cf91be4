package ogi.casework.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence bundle as a ZIP: {@value #MANIFEST} first (every file with its SHA-256), then {@value #PDF}, then the
 * case file's documents in the order of spec §8.3 under their section folders ({@code 01-receipt/…}), then, for a
 * sealed case, the sealed manifest as stored ({@value #SEALED_MANIFEST}), and {@value #SUMS} for {@code sha256sum -c}.
 */
final class EvidenceBundle {

	static final String MANIFEST = "evidence-manifest.json";

	static final String PDF = "evidence-bundle.pdf";

	static final String SEALED_MANIFEST = "sealed-manifest.json";

	static final String SUMS = "SHA256SUMS";

	static final String FORMAT = "ogi-casework-evidence/1";

	private static final JsonMapper JSON = JsonMapper.builder()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();

	private EvidenceBundle() {
	}

	/**
	 * The bundle's manifest: which case, who generated it and when, from what, whether the checklist is complete, and
	 * every file with its SHA-256.
	 */
	@JsonPropertyOrder({ "format", "agencyCode", "caseNumber", "generatedAt", "generatedBy", "source",
			"sealedManifestSha256", "checklistComplete", "missingItems", "files", "filesSha256" })
	record Manifest(String format, String agencyCode, String caseNumber, Instant generatedAt, String generatedBy,
			EvidenceChecklist.Source source, String sealedManifestSha256, boolean checklistComplete,
			List<Integer> missingItems, List<File> files, String filesSha256) {
	}

	/** One file of the bundle. */
	@JsonPropertyOrder({ "path", "title", "section", "mediaType", "size", "sha256" })
	record File(String path, String title, ArchiveSection section, String mediaType, long size, String sha256) {

		static File of(ArchiveItem item) {
			return new File(item.path(), item.title(), item.section(), item.mediaType(), item.size(), item.sha256());
		}
	}

	/**
	 * @param pdf the bundle's PDF
	 * @param documents the case file's documents in section order
	 * @param sealedManifest the sealed manifest's bytes as stored, or null for an open case
	 */
	static byte[] zip(EvidenceChecklist checklist, Instant generatedAt, String generatedBy, byte[] pdf,
			List<ArchiveItem> documents, byte[] sealedManifest, String sealedManifestSha256, ZoneId zone) {
		List<ArchiveItem> files = new ArrayList<>();
		files.add(new ArchiveItem(PDF, "证据材料 Evidence bundle (cover, checklist, sections in spec §8.3 order)", null,
				"application/pdf", pdf));
		files.addAll(documents);
		if (sealedManifest != null) {
			files.add(new ArchiveItem(SEALED_MANIFEST, "归档目录 The sealed case file's manifest as stored", null,
					ArchiveItem.JSON, sealedManifest));
		}
		List<File> listed = files.stream().map(File::of).toList();
		StringBuilder sums = new StringBuilder();
		listed.forEach(f -> sums.append(f.sha256()).append("  ").append(f.path()).append('\n'));
		byte[] sumsBytes = sums.toString().getBytes(StandardCharsets.UTF_8);
		Manifest manifest = new Manifest(FORMAT, checklist.agencyCode(), checklist.caseNumber(), generatedAt,
				generatedBy, checklist.source(), sealedManifestSha256, checklist.complete(), checklist.missing(), listed,
				Hashes.sha256(sumsBytes));
		byte[] manifestBytes = (JSON.writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8);
		var bytes = new ByteArrayOutputStream();
		LocalDateTime at = LocalDateTime.ofInstant(generatedAt, zone);
		try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			add(zip, MANIFEST, manifestBytes, at);
			for (ArchiveItem file : files) {
				add(zip, file.path(), file.content(), at);
			}
			add(zip, SUMS, sumsBytes, at);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Writing a ZIP in memory failed", e);
		}
		return bytes.toByteArray();
	}

	private static void add(ZipOutputStream zip, String path, byte[] content, LocalDateTime at) throws IOException {
		var entry = new ZipEntry(path);
		entry.setTimeLocal(at);
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}
}
