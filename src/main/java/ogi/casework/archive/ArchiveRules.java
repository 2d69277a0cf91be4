package ogi.casework.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.InvalidInput.FieldViolation;

/**
 * What a document must be to go into a package: a path that unpacks safely and the same on every system, a title, a
 * media type and bytes; the manifest's name and the corrections folder are the archive's own.
 */
final class ArchiveRules {

	static final int MAX_PATH = 255;

	static final int MAX_TITLE = 500;

	static final int MAX_MEDIA_TYPE = 100;

	private ArchiveRules() {
	}

	/** The documents to seal: at least one, each valid, no path twice (ignoring case, as Windows would). */
	static void checkSeal(List<ArchiveItem> items) {
		List<FieldViolation> violations = new ArrayList<>();
		if (items == null || items.isEmpty()) {
			throw InvalidInput.of("items", "required", "A case file is sealed with at least one document");
		}
		Set<String> paths = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			String field = "items[" + i + "]";
			ArchiveItem item = items.get(i);
			if (item == null) {
				violations.add(new FieldViolation(field, "required", field + " is empty"));
				continue;
			}
			checkItem(item, field, violations);
			if (item.section() == ArchiveSection.CORRECTIONS || (item.path() != null
					&& item.path().startsWith(ArchiveSection.CORRECTIONS.folder() + "/"))) {
				violations.add(new FieldViolation(field + ".section", "correctionsAfterSealing",
						"Corrections are appended after sealing, with who, when and why; they are not sealed"));
			}
			if (item.path() != null && !paths.add(item.path().toLowerCase(Locale.ROOT))) {
				violations.add(new FieldViolation(field + ".path", "unique",
						"Two documents cannot both be " + item.path()));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
	}

	/** A document appended after sealing; {@code existingPaths} are those of the current manifest. */
	static void checkCorrection(CorrectionForm form, Set<String> existingPaths) {
		List<FieldViolation> violations = new ArrayList<>();
		if (form.fileName() == null || form.fileName().isBlank() || form.fileName().contains("/")) {
			violations.add(new FieldViolation("fileName", "fileName",
					"Give the file's name without folders, e.g. delivery-receipt.pdf"));
		}
		else {
			checkItem(form.toItem(1), "", violations);
		}
		if (form.reason() == null || form.reason().isBlank()) {
			violations.add(new FieldViolation("reason", "required",
					"Say why the document is appended after sealing; the reason stays in the manifest"));
		}
		if (form.corrects() != null && !existingPaths.contains(form.corrects())) {
			violations.add(new FieldViolation("corrects", "exists",
					"The case file has no document " + form.corrects() + " to correct"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
	}

	private static void checkItem(ArchiveItem item, String field, List<FieldViolation> violations) {
		String prefix = field.isEmpty() ? "" : field + ".";
		String pathProblem = pathProblem(item.path());
		if (pathProblem != null) {
			violations.add(new FieldViolation(prefix + "path", "path", pathProblem));
		}
		if (item.title() == null || item.title().isBlank() || item.title().length() > MAX_TITLE
				|| hasControlCharacters(item.title())) {
			violations.add(new FieldViolation(prefix + "title", "title",
					"Give the document a title of one line, at most " + MAX_TITLE + " characters"));
		}
		if (item.section() == null) {
			violations.add(new FieldViolation(prefix + "section", "required", "Say which part of the case file it is"));
		}
		if (item.mediaType() == null || !item.mediaType().matches("[\\w.+-]+/[\\w.+-]+")
				|| item.mediaType().length() > MAX_MEDIA_TYPE) {
			violations.add(new FieldViolation(prefix + "mediaType", "mediaType",
					"Give the media type as type/subtype, e.g. application/pdf"));
		}
		if (item.content() == null) {
			violations.add(new FieldViolation(prefix + "content", "required", "The document has no content"));
		}
	}

	/** Why {@code path} cannot be a path inside the package, or {@code null} when it can. */
	static String pathProblem(String path) {
		if (path == null || path.isBlank()) {
			return "Give the document's path inside the package, e.g. 02-application/application.json";
		}
		if (path.length() > MAX_PATH) {
			return "A path has at most " + MAX_PATH + " characters";
		}
		if (path.startsWith("/") || path.endsWith("/") || path.contains("\\") || path.contains(":")
				|| hasControlCharacters(path)) {
			return path + " is not a relative path with / between folders";
		}
		for (String segment : path.split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || !segment.strip().equals(segment)) {
				return path + " has an empty, '.' or '..' folder, or spaces around a name";
			}
		}
		if (path.equalsIgnoreCase(Manifest.FILE_NAME)) {
			return Manifest.FILE_NAME + " is the package's own manifest";
		}
		return null;
	}

	private static boolean hasControlCharacters(String text) {
		return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
	}
}
