package ogi.casework.archive;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manifest of a sealed case file ({@code manifest.json}, the 归档目录): which case, who sealed it and when, and
 * every document with its path, title, section, media type, size and SHA-256, in the order of spec §8.3. A correction
 * after sealing produces a new version that keeps every earlier entry as it was, adds the correction, and names the
 * SHA-256 of the version before it, so the versions form a chain.
 *
 * @param format the manifest format, {@value #FORMAT}
 * @param agencyCode the agency (tenant) whose case file this is
 * @param caseNumber the case
 * @param version 1 when sealed, one more for each correction
 * @param sealedAt when the case file was sealed (version 1)
 * @param sealedBy who sealed it
 * @param issuedAt when this version was written
 * @param issuedBy who wrote this version (the sealer, or who recorded the correction)
 * @param previousManifestSha256 the SHA-256 of the previous version's {@code manifest.json}; absent in version 1
 * @param items every document, in package order
 * @param itemsSha256 the SHA-256 of the item list, see {@link #itemsSha256(List)}
 */
@JsonPropertyOrder({ "format", "agencyCode", "caseNumber", "version", "sealedAt", "sealedBy", "issuedAt", "issuedBy",
		"previousManifestSha256", "items", "itemsSha256" })
public record Manifest(String format, String agencyCode, String caseNumber, int version, Instant sealedAt,
		String sealedBy, Instant issuedAt, String issuedBy, String previousManifestSha256, List<Entry> items,
		String itemsSha256) {

	/** The name of the manifest at the root of the ZIP. */
	public static final String FILE_NAME = "manifest.json";

	public static final String FORMAT = "ogi-casework-archive/1";

	private static final JsonMapper JSON = JsonMapper.builder()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();

	public Manifest {
		items = items == null ? List.of() : List.copyOf(items);
	}

	/** The items in the order of spec §8.3's sections, keeping the given order within a section. */
	static List<ArchiveItem> inSectionOrder(List<ArchiveItem> items) {
		return items.stream().sorted(Comparator.comparing(ArchiveItem::section)).toList();
	}

	/** Version 1: the case file as sealed. */
	static Manifest sealed(String agencyCode, String caseNumber, Instant sealedAt, String sealedBy,
			List<Entry> items) {
		return new Manifest(FORMAT, agencyCode, caseNumber, 1, sealedAt, sealedBy, sealedAt, sealedBy, null, items,
				itemsSha256(items));
	}

	/** The next version: every entry of this one unchanged, then {@code entry}; chained to this version's hash. */
	Manifest append(Entry entry, Instant at, String by, String thisManifestSha256) {
		List<Entry> next = new ArrayList<>(items);
		next.add(entry);
		return new Manifest(format, agencyCode, caseNumber, version + 1, sealedAt, sealedBy, at, by,
				thisManifestSha256, next, itemsSha256(next));
	}

	/** The next version: every entry of this one unchanged, then {@code entries}; chained to this version's hash. */
	Manifest appendAll(List<Entry> entries, Instant at, String by, String thisManifestSha256) {
		List<Entry> next = new ArrayList<>(items);
		next.addAll(entries);
		return new Manifest(format, agencyCode, caseNumber, version + 1, sealedAt, sealedBy, at, by,
				thisManifestSha256, next, itemsSha256(next));
	}

	public Optional<Entry> entry(String path) {
		return items.stream().filter(item -> item.path().equals(path)).findFirst();
	}

	/**
	 * The SHA-256 of the item list: of the UTF-8 text with one line {@code <sha256><space><space><path><LF>} per item
	 * in manifest order — exactly what {@code sha256sum} prints for the unpacked files taken in that order. It is a
	 * fingerprint of which bytes are in the package; titles and sections are covered by the manifest's own hash.
	 */
	public static String itemsSha256(List<Entry> items) {
		var listing = new StringBuilder();
		for (Entry item : items) {
			listing.append(item.sha256()).append("  ").append(item.path()).append('\n');
		}
		return Hashes.sha256(listing.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The manifest as stored and put into the ZIP: indented JSON in UTF-8, ending with a line feed. */
	public byte[] toJson() {
		return (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** Reads a {@code manifest.json}; a broken or foreign file is an {@link IllegalArgumentException}. */
	public static Manifest parse(byte[] json) {
		try {
			var manifest = JSON.readValue(json, Manifest.class);
			if (manifest.format() == null || !manifest.format().startsWith("ogi-casework-archive/")) {
				throw new IllegalArgumentException("not an ogi-casework archive manifest (format "
						+ manifest.format() + ")");
			}
			return manifest;
		}
		catch (JacksonException e) {
			throw new IllegalArgumentException("manifest.json is not valid JSON for a manifest: "
					+ e.getOriginalMessage(), e);
		}
	}

	/**
	 * One document in the package.
	 *
	 * @param path its path inside the ZIP
	 * @param title what it is
	 * @param section its part of the case file
	 * @param mediaType its media type
	 * @param size its length in bytes
	 * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
	 * @param addedInVersion the manifest version that added it: 1 for sealed documents
	 * @param correction for a document appended after sealing: who, when, why, and what it corrects
	 */
	@JsonPropertyOrder({ "path", "title", "section", "mediaType", "size", "sha256", "addedInVersion", "correction" })
	public record Entry(String path, String title, ArchiveSection section, String mediaType, long size, String sha256,
			int addedInVersion, Correction correction) {

		static Entry of(ArchiveItem item, int version, Correction correction) {
			return new Entry(item.path(), item.title(), item.section(), item.mediaType(), item.size(), item.sha256(),
					version, correction);
		}
	}

	/**
	 * Why a document was appended after sealing; the earlier documents stay as they were.
	 *
	 * @param corrects the path of the document it corrects, if it corrects one
	 * @param reason why, in words a reviewing body understands
	 * @param recordedBy who appended it
	 * @param recordedAt when
	 */
	@JsonPropertyOrder({ "corrects", "reason", "recordedBy", "recordedAt" })
	public record Correction(String corrects, String reason, String recordedBy, Instant recordedAt) {
	}
}
