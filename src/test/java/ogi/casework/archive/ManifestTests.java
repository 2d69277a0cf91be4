package ogi.casework.archive;

import static ogi.casework.archive.ArchiveTestPackages.SEALED_AT;
import static ogi.casework.archive.ArchiveTestPackages.bytes;
import static ogi.casework.archive.ArchiveTestPackages.manifestOf;
import static ogi.casework.archive.ArchiveTestPackages.threeItems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

/** The manifest: order, hashes, JSON form and the chain of versions. */
class ManifestTests {

	@Test
	void listsItemsInTheOrderOfTheEvidenceChecklist() {
		Manifest manifest = manifestOf(threeItems());

		assertThat(manifest.items()).extracting(Manifest.Entry::section).containsExactly(ArchiveSection.RECEIPT_PROOF,
				ArchiveSection.APPLICATION, ArchiveSection.REPLY);
		assertThat(manifest.items()).extracting(Manifest.Entry::path).containsExactly("01-receipt/receipt.json",
				"02-application/application-form.pdf", "10-reply/reply.json");
	}

	@Test
	void keepsTheGivenOrderWithinASection() {
		var first = ArchiveItem.of(ArchiveSection.CONSULTATIONS, "b-letter.pdf", "征求意见书 Letter", "application/pdf",
				bytes("b"));
		var second = ArchiveItem.of(ArchiveSection.CONSULTATIONS, "a-answer.pdf", "答复 Answer", "application/pdf",
				bytes("a"));

		assertThat(Manifest.inSectionOrder(List.of(first, second))).containsExactly(first, second);
	}

	@Test
	void recordsSizeAndSha256OfEveryItem() {
		Manifest manifest = manifestOf(threeItems());

		var pdf = manifest.entry("02-application/application-form.pdf").orElseThrow();
		byte[] content = bytes("%PDF-1.7 申请表");
		assertThat(pdf.size()).isEqualTo(content.length);
		assertThat(pdf.sha256()).isEqualTo(Hashes.sha256(content)).hasSize(64).matches("[0-9a-f]{64}");
		assertThat(pdf.mediaType()).isEqualTo("application/pdf");
		assertThat(pdf.addedInVersion()).isEqualTo(1);
	}

	@Test
	void knowsTheSha256OfAKnownText() {
		assertThat(Hashes.sha256(bytes("abc")))
				.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void hashesTheItemListAsSha256sumWouldPrintIt() {
		Manifest manifest = manifestOf(threeItems());

		var listing = new StringBuilder();
		manifest.items().forEach(item -> listing.append(item.sha256()).append("  ").append(item.path()).append('\n'));
		assertThat(manifest.itemsSha256()).isEqualTo(Hashes.sha256(bytes(listing.toString())));
	}

	@Test
	void writesJsonThatReadsBackTheSame() {
		Manifest manifest = manifestOf(threeItems());

		byte[] json = manifest.toJson();

		String text = new String(json, StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(text, "$.caseNumber")).isEqualTo("ALPHA-2026-000001");
		assertThat((String) JsonPath.read(text, "$.agencyCode")).isEqualTo("ALPHA");
		assertThat((String) JsonPath.read(text, "$.sealedAt")).isEqualTo("2026-11-20T01:00:00Z");
		assertThat((String) JsonPath.read(text, "$.sealedBy")).isEqualTo("alpha-clerk");
		assertThat((String) JsonPath.read(text, "$.items[1].title")).isEqualTo("申请表 Application form");
		assertThat((String) JsonPath.read(text, "$.items[1].section")).isEqualTo("APPLICATION");
		assertThat((String) JsonPath.read(text, "$.itemsSha256")).isEqualTo(manifest.itemsSha256());
		assertThat(text).doesNotContain("previousManifestSha256").doesNotContain("correction");
		assertThat(Manifest.parse(json)).isEqualTo(manifest);
		assertThat(manifest.toJson()).isEqualTo(json);
	}

	@Test
	void correctionKeepsEveryEarlierEntryAndChainsToThePreviousVersion() {
		Manifest sealed = manifestOf(threeItems());
		String sealedSha256 = Hashes.sha256(sealed.toJson());
		Instant later = SEALED_AT.plusSeconds(86_400);
		var form = new CorrectionForm("delivery-receipt.pdf", "送达回证 Delivery receipt", "application/pdf",
				bytes("%PDF receipt"), "10-reply/reply.json", "回证原件归档时遗漏 The signed receipt was found later");
		ArchiveItem item = form.toItem(2);

		Manifest corrected = sealed.append(
				Manifest.Entry.of(item, 2,
						new Manifest.Correction(form.corrects(), form.reason(), "alpha-clerk", later)),
				later, "alpha-clerk", sealedSha256);

		assertThat(corrected.version()).isEqualTo(2);
		assertThat(corrected.previousManifestSha256()).isEqualTo(sealedSha256);
		assertThat(corrected.sealedAt()).isEqualTo(SEALED_AT);
		assertThat(corrected.issuedAt()).isEqualTo(later);
		assertThat(corrected.items()).startsWith(sealed.items().toArray(Manifest.Entry[]::new));
		var added = corrected.items().get(3);
		assertThat(added.path()).isEqualTo("corrections/v2-delivery-receipt.pdf");
		assertThat(added.section()).isEqualTo(ArchiveSection.CORRECTIONS);
		assertThat(added.correction().reason()).startsWith("回证原件");
		assertThat(corrected.itemsSha256()).isNotEqualTo(sealed.itemsSha256())
				.isEqualTo(Manifest.itemsSha256(corrected.items()));
		assertThat(Manifest.parse(corrected.toJson())).isEqualTo(corrected);
	}

	@Test
	void rejectsAFileThatIsNoManifest() {
		assertThatIllegalArgumentException().isThrownBy(() -> Manifest.parse(bytes("{\"format\": \"other/1\"}")));
		assertThatIllegalArgumentException().isThrownBy(() -> Manifest.parse(bytes("not json")));
	}
}
