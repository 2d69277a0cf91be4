package ogi.casework.archive;

import static ogi.casework.archive.ArchiveTestPackages.bytes;
import static ogi.casework.archive.ArchiveTestPackages.manifestOf;
import static ogi.casework.archive.ArchiveTestPackages.repack;
import static ogi.casework.archive.ArchiveTestPackages.threeItems;
import static ogi.casework.archive.ArchiveTestPackages.unzip;
import static ogi.casework.archive.ArchiveTestPackages.zipOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ogi.casework.archive.Verification.Status;

/** A downloaded case file checked against its own manifest, with no database, as an auditor would. */
class ArchiveVerifierTests {

	static final String PDF = "02-application/application-form.pdf";

	@Test
	void putsTheManifestFirstAndTheItemsInManifestOrder() {
		byte[] zip = zipOf(threeItems());

		var entries = unzip(zip);

		assertThat(entries.keySet()).containsExactly("manifest.json", "01-receipt/receipt.json", PDF,
				"10-reply/reply.json");
		assertThat(entries.get("manifest.json")).isEqualTo(manifestOf(threeItems()).toJson());
		assertThat(entries.get(PDF)).isEqualTo(bytes("%PDF-1.7 申请表"));
	}

	@Test
	void writesTheSameBytesForTheSamePackage() {
		assertThat(zipOf(threeItems())).isEqualTo(zipOf(threeItems()));
	}

	@Test
	void packageAsSealedVerifies() {
		Verification verification = ArchiveVerifier.verify(zipOf(threeItems()));

		assertThat(verification.ok()).isTrue();
		assertThat(verification.problems()).isEmpty();
		assertThat(verification.items()).extracting(Verification.ItemCheck::status).containsOnly(Status.OK).hasSize(3);
		assertThat(verification.caseNumber()).isEqualTo("ALPHA-2026-000001");
		assertThat(verification.manifestVersion()).isEqualTo(1);
		assertThat(verification.manifestSha256()).isEqualTo(Hashes.sha256(manifestOf(threeItems()).toJson()));
	}

	@Test
	void oneByteChangedInOneFileIsReportedAsMismatch() {
		byte[] tampered = repack(zipOf(threeItems()), entries -> {
			byte[] pdf = entries.get(PDF).clone();
			pdf[3] ^= 1;
			entries.put(PDF, pdf);
			return entries;
		});

		Verification verification = ArchiveVerifier.verify(tampered);

		assertThat(verification.ok()).isFalse();
		assertThat(verification.failures()).singleElement().satisfies(failure -> {
			assertThat(failure.path()).isEqualTo(PDF);
			assertThat(failure.status()).isEqualTo(Status.MISMATCH);
			assertThat(failure.expectedSha256()).isEqualTo(Hashes.sha256(bytes("%PDF-1.7 申请表")));
			assertThat(failure.actualSha256()).isNotEqualTo(failure.expectedSha256());
		});
		assertThat(verification.problems()).isEmpty();
	}

	@Test
	void aDamagedByteInTheZipItselfIsReportedWithoutThrowing() {
		byte[] zip = zipOf(threeItems());
		int data = dataOffset(zip, PDF);
		zip[data + 2] ^= (byte) 0xff;

		Verification verification = ArchiveVerifier.verify(zip);

		assertThat(verification.ok()).isFalse();
		assertThat(verification.items()).filteredOn(item -> item.path().equals(PDF))
				.extracting(Verification.ItemCheck::status).containsExactly(Status.MISMATCH);
		assertThat(verification.items()).filteredOn(item -> item.path().equals("01-receipt/receipt.json"))
				.extracting(Verification.ItemCheck::status).containsExactly(Status.OK);
	}

	@Test
	void removedFileIsReportedAsMissing() {
		byte[] shortened = repack(zipOf(threeItems()), entries -> {
			entries.remove("10-reply/reply.json");
			return entries;
		});

		Verification verification = ArchiveVerifier.verify(shortened);

		assertThat(verification.ok()).isFalse();
		assertThat(verification.failures()).singleElement().satisfies(failure -> {
			assertThat(failure.path()).isEqualTo("10-reply/reply.json");
			assertThat(failure.status()).isEqualTo(Status.MISSING);
			assertThat(failure.section()).isEqualTo(ArchiveSection.REPLY);
		});
	}

	@Test
	void fileTheManifestDoesNotListIsReported() {
		byte[] padded = repack(zipOf(threeItems()), entries -> {
			entries.put("10-reply/better-reply.json", bytes("{}"));
			return entries;
		});

		Verification verification = ArchiveVerifier.verify(padded);

		assertThat(verification.ok()).isFalse();
		assertThat(verification.failures()).singleElement().satisfies(failure -> {
			assertThat(failure.path()).isEqualTo("10-reply/better-reply.json");
			assertThat(failure.status()).isEqualTo(Status.UNLISTED);
		});
	}

	@Test
	void manifestEditedToMatchAChangedFileGivesItselfAway() {
		byte[] doctored = repack(zipOf(threeItems()), entries -> {
			String forged = Hashes.sha256(bytes("forged"));
			String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
					.replace(Hashes.sha256(bytes("%PDF-1.7 申请表")), forged);
			entries.put("manifest.json", bytes(manifest));
			entries.put(PDF, bytes("forged"));
			return entries;
		});

		Verification verification = ArchiveVerifier.verify(doctored);

		assertThat(verification.ok()).isFalse();
		assertThat(verification.failures()).isEmpty();
		assertThat(verification.problems()).singleElement().asString().contains("itemsSha256");
		assertThat(verification.manifestSha256()).isNotEqualTo(Hashes.sha256(manifestOf(threeItems()).toJson()));
	}

	@Test
	void zipWithoutManifestOrNoZipAtAllDoesNotVerify() {
		byte[] bare = repack(zipOf(threeItems()), entries -> {
			entries.remove("manifest.json");
			return entries;
		});

		assertThat(ArchiveVerifier.verify(bare).ok()).isFalse();
		assertThat(ArchiveVerifier.verify(bare).problems()).singleElement().asString().contains("manifest.json");
		assertThat(ArchiveVerifier.verify(bytes("not a zip")).ok()).isFalse();
		assertThat(ArchiveVerifier.verify(new byte[0]).ok()).isFalse();
	}

	@Test
	void oversizedManifestIsNotReadIntoMemory() {
		byte[] bloated = repack(zipOf(threeItems()), entries -> {
			byte[] huge = new byte[ArchiveVerifier.MAX_MANIFEST_BYTES + 1];
			Arrays.fill(huge, (byte) ' ');
			entries.put("manifest.json", huge);
			return entries;
		});

		Verification verification = ArchiveVerifier.verify(bloated);

		assertThat(verification.ok()).isFalse();
		assertThat(verification.problems()).first().asString().contains("larger than any real manifest");
	}

	@Test
	void commandLineExitsWithZeroOnlyForAnIntactPackage(@TempDir Path dir) throws Exception {
		Path intact = Files.write(dir.resolve("intact.zip"), zipOf(threeItems()));
		Path tampered = Files.write(dir.resolve("tampered.zip"), repack(zipOf(threeItems()), entries -> {
			entries.put(PDF, bytes("%PDF-1.7 申请表!"));
			return entries;
		}));
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();

		int intactExit = ArchiveVerifier.run(new String[] { intact.toString() }, print(out), print(err));
		int tamperedExit = ArchiveVerifier.run(new String[] { tampered.toString() }, print(out), print(err));
		int missingExit = ArchiveVerifier.run(new String[] { dir.resolve("none.zip").toString() }, print(out),
				print(err));
		int usageExit = ArchiveVerifier.run(new String[0], print(out), print(err));

		assertThat(intactExit).isZero();
		assertThat(tamperedExit).isEqualTo(1);
		assertThat(missingExit).isEqualTo(2);
		assertThat(usageExit).isEqualTo(2);
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("VERIFIED: every listed file").contains("MISMATCH  " + PDF)
				.contains("NOT VERIFIED");
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
	}

	/** Where the stored bytes of {@code name} begin: after its local header's name and extra field. */
	private static int dataOffset(byte[] zip, String name) {
		byte[] nameBytes = bytes(name);
		for (int i = 30; i < zip.length - nameBytes.length; i++) {
			if (zip[i - 30] == 'P' && zip[i - 29] == 'K' && zip[i - 28] == 3 && zip[i - 27] == 4
					&& Arrays.equals(zip, i, i + nameBytes.length, nameBytes, 0, nameBytes.length)) {
				int extra = (zip[i - 2] & 0xff) | (zip[i - 1] & 0xff) << 8;
				return i + nameBytes.length + extra;
			}
		}
		throw new IllegalArgumentException(name + " is not in the ZIP");
	}

	private static PrintStream print(ByteArrayOutputStream out) {
		return new PrintStream(out, true, StandardCharsets.UTF_8);
	}
}
