package ogi.casework.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a downloaded case-file ZIP against its own {@code manifest.json}, with no database and no Spring: every
 * listed file present with the listed SHA-256, nothing unlisted, the item-list hash consistent.
 *
 * <p>
 * From the command line, on the application's jar (the verifier needs only the jar's own classes and Jackson):
 *
 * <pre>
 * java -cp ogi-casework.jar -Dloader.main=ogi.casework.archive.ArchiveVerifier \
 *      org.springframework.boot.loader.launch.PropertiesLauncher  ALPHA-2026-000001.zip
 * </pre>
 *
 * It prints one line per file and the manifest's SHA-256 (to compare with the one recorded in the case's audit trail
 * at sealing), and exits with 0 when the package verifies, 1 when it does not, 2 when the file cannot be read.
 */
public final class ArchiveVerifier {

	/** A manifest lists documents, not their bytes; anything this large is not one, and is not read into memory. */
	static final int MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

	private ArchiveVerifier() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 1) {
			err.println("usage: ArchiveVerifier <case-file.zip>");
			return 2;
		}
		byte[] zip;
		try {
			zip = Files.readAllBytes(Path.of(args[0]));
		}
		catch (IOException | RuntimeException e) {
			err.println("cannot read " + args[0] + ": " + e.getMessage());
			return 2;
		}
		Verification verification = verify(zip);
		print(args[0], verification, out);
		return verification.ok() ? 0 : 1;
	}

	/** Verifies a ZIP as produced by {@link ArchiveManagement#zip(String, String)}; never throws on bad input. */
	public static Verification verify(byte[] zip) {
		List<String> problems = new ArrayList<>();
		Map<String, String> hashes = new LinkedHashMap<>();
		Map<String, String> unreadable = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		byte[] manifestJson = null;
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			while (true) {
				ZipEntry entry;
				try {
					entry = in.getNextEntry();
				}
				catch (IOException | RuntimeException e) {
					problems.add("The ZIP cannot be read past " + (seen.isEmpty() ? "its start" : "a damaged file")
							+ ": " + e.getMessage());
					break;
				}
				if (entry == null) {
					break;
				}
				if (entry.isDirectory()) {
					continue;
				}
				String name = entry.getName();
				if (!seen.add(name)) {
					problems.add("The ZIP holds " + name + " more than once");
					continue;
				}
				try {
					if (name.equals(Manifest.FILE_NAME)) {
						manifestJson = in.readNBytes(MAX_MANIFEST_BYTES + 1);
						if (manifestJson.length > MAX_MANIFEST_BYTES) {
							problems.add(Manifest.FILE_NAME + " is larger than any real manifest ("
									+ MAX_MANIFEST_BYTES + " bytes); it was not read");
							manifestJson = null;
						}
					}
					else {
						hashes.put(name, sha256(in));
					}
				}
				catch (IOException | RuntimeException e) {
					unreadable.put(name, "damaged in the ZIP: " + e.getMessage());
				}
			}
		}
		catch (IOException e) {
			problems.add("The ZIP cannot be read: " + e.getMessage());
		}
		if (manifestJson == null) {
			problems.add(Manifest.FILE_NAME + " is missing or unreadable, so nothing can be checked");
			return new Verification(null, null, null, null, false, unlisted(hashes, unreadable), problems);
		}
		Manifest manifest;
		try {
			manifest = Manifest.parse(manifestJson);
		}
		catch (IllegalArgumentException e) {
			problems.add(e.getMessage());
			return new Verification(null, null, Hashes.sha256(manifestJson), null, false,
					unlisted(hashes, unreadable), problems);
		}
		return check(manifest, Hashes.sha256(manifestJson), hashes, unreadable, problems);
	}

	/**
	 * Compares what was found ({@code actual}: path → SHA-256 of the bytes; {@code unreadable}: path → why) with the
	 * manifest; {@code problems} found before come along.
	 */
	static Verification check(Manifest manifest, String manifestSha256, Map<String, String> actual,
			Map<String, String> unreadable, List<String> problems) {
		List<String> allProblems = new ArrayList<>(problems);
		List<Verification.ItemCheck> checks = new ArrayList<>();
		Set<String> listed = new HashSet<>();
		for (Manifest.Entry entry : manifest.items()) {
			if (!listed.add(entry.path())) {
				allProblems.add("The manifest lists " + entry.path() + " more than once");
				continue;
			}
			String found = actual.get(entry.path());
			Verification.Status status;
			if (unreadable.containsKey(entry.path())) {
				status = Verification.Status.MISMATCH;
			}
			else if (found == null) {
				status = Verification.Status.MISSING;
			}
			else {
				status = found.equalsIgnoreCase(entry.sha256()) ? Verification.Status.OK
						: Verification.Status.MISMATCH;
			}
			checks.add(new Verification.ItemCheck(entry.path(), entry.section(), status, entry.sha256(), found,
					unreadable.get(entry.path())));
		}
		for (var extra : unlisted(actual, unreadable)) {
			if (!listed.contains(extra.path()) && !extra.path().equals(Manifest.FILE_NAME)) {
				checks.add(extra);
			}
		}
		String recomputed = Manifest.itemsSha256(manifest.items());
		if (!recomputed.equalsIgnoreCase(String.valueOf(manifest.itemsSha256()))) {
			allProblems.add("The manifest's itemsSha256 " + manifest.itemsSha256()
					+ " does not match its own item list (" + recomputed + "): the manifest was edited");
		}
		boolean ok = allProblems.isEmpty() && checks.stream().allMatch(c -> c.status() == Verification.Status.OK);
		return new Verification(manifest.caseNumber(), manifest.version(), manifestSha256, manifest.itemsSha256(), ok,
				checks, allProblems);
	}

	private static List<Verification.ItemCheck> unlisted(Map<String, String> hashes, Map<String, String> unreadable) {
		List<Verification.ItemCheck> checks = new ArrayList<>();
		hashes.forEach((path, sha256) -> checks
				.add(new Verification.ItemCheck(path, null, Verification.Status.UNLISTED, null, sha256, null)));
		unreadable.forEach((path, why) -> {
			if (!hashes.containsKey(path)) {
				checks.add(new Verification.ItemCheck(path, null, Verification.Status.UNLISTED, null, null, why));
			}
		});
		return checks;
	}

	private static String sha256(InputStream in) throws IOException {
		var digest = Hashes.digest();
		byte[] buffer = new byte[8192];
		for (int read; (read = in.read(buffer)) != -1;) {
			digest.update(buffer, 0, read);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void print(String file, Verification verification, PrintStream out) {
		out.println(file + ": case " + verification.caseNumber() + ", manifest version "
				+ verification.manifestVersion());
		out.println("manifest.json SHA-256 " + verification.manifestSha256());
		for (var item : verification.items()) {
			out.printf("%-9s %s%s%n", item.status(), item.path(),
					item.status() == Verification.Status.MISMATCH && item.actualSha256() != null
							? " (listed " + item.expectedSha256() + ", found " + item.actualSha256() + ")"
							: item.detail() == null ? "" : " (" + item.detail() + ")");
		}
		verification.problems().forEach(problem -> out.println("PROBLEM   " + problem));
		out.println(verification.ok() ? "VERIFIED: every listed file is present and unchanged"
				: "NOT VERIFIED: " + verification.failures().size() + " file(s) and "
						+ verification.problems().size() + " other problem(s)");
	}
}
