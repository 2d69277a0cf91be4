package ogi.casework.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a case file as a ZIP: {@code manifest.json} first, then every document in manifest order. Entry times are
 * when each document was sealed or appended, so the same package always gives the same bytes.
 */
final class ArchiveZip {

	private ArchiveZip() {
	}

	/**
	 * @param manifestJson the manifest exactly as stored (its hash is the one recorded)
	 * @param contents path → bytes; a listed document without bytes is left out, and verification reports it missing
	 */
	static byte[] write(byte[] manifestJson, Manifest manifest, Map<String, byte[]> contents, ZoneId zone) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			add(zip, Manifest.FILE_NAME, manifest.issuedAt(), manifestJson, zone);
			for (Manifest.Entry entry : manifest.items()) {
				byte[] content = contents.get(entry.path());
				if (content != null) {
					add(zip, entry.path(),
							entry.correction() == null ? manifest.sealedAt() : entry.correction().recordedAt(),
							content, zone);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Writing a ZIP in memory failed", e);
		}
		return bytes.toByteArray();
	}

	private static void add(ZipOutputStream zip, String path, Instant at, byte[] content, ZoneId zone)
			throws IOException {
		var entry = new ZipEntry(path);
		if (at != null) {
			entry.setTimeLocal(LocalDateTime.ofInstant(at, zone));
		}
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}
}
