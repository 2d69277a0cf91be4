package ogi.casework.archive;

import java.util.Arrays;
import java.util.Objects;

/**
 * One document of a case file to seal: where it goes in the package, what it is, and its bytes.
 *
 * @param path the path inside the package, {@code /}-separated and relative, e.g. {@code 02-application/application.json}
 * @param title what the document is, in Chinese and, where useful, English (e.g. {@code 申请表 Application form})
 * @param section the part of the case file per spec §8.3; the manifest lists items in this order
 * @param mediaType the document's media type, e.g. {@code application/json} or {@code application/pdf}
 * @param content the document's bytes; copied in and out, so a sealed item cannot change under the archive's feet
 */
public record ArchiveItem(String path, String title, ArchiveSection section, String mediaType, byte[] content) {

	public static final String JSON = "application/json";

	public ArchiveItem {
		content = content == null ? null : content.clone();
	}

	/** An item filed under its section's folder: {@code section.folder() + "/" + fileName}. */
	public static ArchiveItem of(ArchiveSection section, String fileName, String title, String mediaType,
			byte[] content) {
		return new ArchiveItem(section.folder() + "/" + fileName, title, section, mediaType, content);
	}

	@Override
	public byte[] content() {
		return content == null ? null : content.clone();
	}

	/** The number of bytes, without copying them. */
	public long size() {
		return content == null ? 0 : content.length;
	}

	/** The SHA-256 of the content as 64 lower-case hex digits. */
	public String sha256() {
		return Hashes.sha256(content);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ArchiveItem item && Objects.equals(path, item.path) && Objects.equals(title, item.title)
				&& section == item.section && Objects.equals(mediaType, item.mediaType)
				&& Arrays.equals(content, item.content);
	}

	@Override
	public int hashCode() {
		return Objects.hash(path, title, section, mediaType, Arrays.hashCode(content));
	}

	@Override
	public String toString() {
		return "ArchiveItem[" + path + ", " + section + ", " + mediaType + ", " + size() + " bytes]";
	}
}
