package ogi.casework.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import ogi.casework.casework.OnlineApplications.Upload;
import ogi.casework.documents.DocumentFormat;

/**
 * Files an applicant uploads: JPG, PNG or PDF only, the type read from the content's signature (magic bytes) and
 * matching the file name's extension, so that a file dressed up as another type is refused; and no larger than the
 * agency allows.
 */
final class UploadedFiles {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private UploadedFiles() {
	}

	/** The type the content's first bytes show, if it is one of the three accepted. */
	static Optional<DocumentFormat> typeOf(byte[] content) {
		if (startsWith(content, JPEG)) {
			return Optional.of(DocumentFormat.JPEG);
		}
		if (startsWith(content, PNG)) {
			return Optional.of(DocumentFormat.PNG);
		}
		if (startsWith(content, PDF)) {
			return Optional.of(DocumentFormat.PDF);
		}
		return Optional.empty();
	}

	/** The type a file name claims by its extension. */
	static Optional<DocumentFormat> claimedBy(String fileName) {
		if (fileName == null || fileName.lastIndexOf('.') < 0) {
			return Optional.empty();
		}
		return switch (fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)) {
			case "jpg", "jpeg" -> Optional.of(DocumentFormat.JPEG);
			case "png" -> Optional.of(DocumentFormat.PNG);
			case "pdf" -> Optional.of(DocumentFormat.PDF);
			default -> Optional.empty();
		};
	}

	/**
	 * Checks one uploaded file of {@code field}.
	 *
	 * @throws Refused when it is missing (if {@code required}), empty, too large, not JPG/PNG/PDF by its content, or
	 *         named as another type than its content shows
	 */
	static Optional<Upload> check(MultipartFile file, String field, boolean required, DataSize max) {
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			if (required) {
				throw new Refused(field, "fileMissing");
			}
			return Optional.empty();
		}
		if (file.isEmpty()) {
			throw new Refused(field, "fileEmpty");
		}
		if (file.getSize() > max.toBytes()) {
			throw new Refused(field, "fileTooLarge", max.toMegabytes());
		}
		byte[] content = bytes(file);
		String name = fileName(file.getOriginalFilename());
		var type = typeOf(content).orElseThrow(() -> new Refused(field, "fileType"));
		if (claimedBy(name).filter(type::equals).isEmpty()) {
			throw new Refused(field, "fileDisguised");
		}
		return Optional.of(new Upload(name, type, content));
	}

	/** The file's own name without any path a browser sent, at most 120 characters. */
	static String fileName(String original) {
		String name = original == null ? "upload" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.length() > 120) {
			name = name.substring(name.length() - 120);
		}
		return name.isEmpty() ? "upload" : name;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean startsWith(byte[] content, byte[] signature) {
		return content != null && content.length >= signature.length
				&& Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
	}
}
