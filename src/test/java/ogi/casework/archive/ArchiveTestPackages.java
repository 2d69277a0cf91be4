package ogi.casework.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Small sealed packages built without a database, and ways to unpack and repack them as a tamperer would. */
final class ArchiveTestPackages {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final Instant SEALED_AT = Instant.parse("2026-11-20T01:00:00Z");

	private ArchiveTestPackages() {
	}

	static List<ArchiveItem> threeItems() {
		return List.of(
				ArchiveItem.of(ArchiveSection.REPLY, "reply.json", "答复书 Reply", ArchiveItem.JSON,
						bytes("{\"outcome\": \"DISCLOSE\"}")),
				ArchiveItem.of(ArchiveSection.RECEIPT_PROOF, "receipt.json", "收到申请证明 Receipt", ArchiveItem.JSON,
						bytes("{\"receiptDate\": \"2026-11-20\"}")),
				ArchiveItem.of(ArchiveSection.APPLICATION, "application-form.pdf", "申请表 Application form",
						"application/pdf", bytes("%PDF-1.7 申请表")));
	}

	static Manifest manifestOf(List<ArchiveItem> items) {
		return Manifest.sealed("ALPHA", "ALPHA-2026-000001", SEALED_AT, "alpha-clerk",
				Manifest.inSectionOrder(items).stream().map(item -> Manifest.Entry.of(item, 1, null)).toList());
	}

	static byte[] zipOf(List<ArchiveItem> items) {
		Manifest manifest = manifestOf(items);
		Map<String, byte[]> contents = new LinkedHashMap<>();
		items.forEach(item -> contents.put(item.path(), item.content()));
		return ArchiveZip.write(manifest.toJson(), manifest, contents, ZONE);
	}

	/** The ZIP's entries in order, name → bytes. */
	static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return entries;
	}

	/** Unpacks, lets {@code change} edit the entries, and packs again with fresh CRCs, as any ZIP tool would. */
	static byte[] repack(byte[] zip, UnaryOperator<Map<String, byte[]>> change) {
		Map<String, byte[]> entries = change.apply(new LinkedHashMap<>(unzip(zip)));
		var out = new ByteArrayOutputStream();
		try (var zipOut = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (var entry : entries.entrySet()) {
				zipOut.putNextEntry(new ZipEntry(entry.getKey()));
				zipOut.write(entry.getValue());
				zipOut.closeEntry();
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toByteArray();
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
