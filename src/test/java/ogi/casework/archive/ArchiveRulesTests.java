package ogi.casework.archive;

import static ogi.casework.archive.ArchiveTestPackages.bytes;
import static ogi.casework.archive.ArchiveTestPackages.threeItems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ogi.casework.shared.InvalidInput;

/** What may go into a package, and what a correction must say. */
class ArchiveRulesTests {

	@Test
	void acceptsDocumentsWithSafePathsTitlesAndMediaTypes() {
		assertThatCode(() -> ArchiveRules.checkSeal(threeItems())).doesNotThrowAnyException();
		assertThat(ArchiveRules.pathProblem("05-consultations/第三方意见.pdf")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/etc/passwd", "../outside.json", "01-receipt/../../x", "01-receipt//x.json",
			"01-receipt/", "C:/x.json", "01-receipt\\x.json", "manifest.json", "MANIFEST.JSON", "./x.json",
			"01-receipt/ x.json", " " })
	void refusesPathsThatDoNotUnpackSafely(String path) {
		assertThat(ArchiveRules.pathProblem(path)).isNotNull();
	}

	@Test
	void refusesAPathLongerThanTheColumn() {
		assertThat(ArchiveRules.pathProblem("a/" + "x".repeat(ArchiveRules.MAX_PATH))).contains("at most");
	}

	@Test
	void refusesAnEmptyCaseFile() {
		assertThatThrownBy(() -> ArchiveRules.checkSeal(List.of())).isInstanceOf(InvalidInput.class)
				.hasMessageContaining("at least one document");
	}

	@Test
	void refusesTwoDocumentsWithOnePathIgnoringCase() {
		var items = new ArrayList<>(threeItems());
		items.add(new ArchiveItem("10-REPLY/reply.json", "答复书 Reply again", ArchiveSection.REPLY, "application/json",
				bytes("{}")));

		assertThatThrownBy(() -> ArchiveRules.checkSeal(items)).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.violations()).extracting(InvalidInput.FieldViolation::field)
						.containsExactly("items[3].path"));
	}

	@Test
	void namesEveryBadFieldOfADocument() {
		var bad = new ArchiveItem("../x", " ", null, "pdf", null);

		assertThatThrownBy(() -> ArchiveRules.checkSeal(List.of(bad))).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly(
						"items[0].path", "items[0].title", "items[0].section", "items[0].mediaType",
						"items[0].content"));
	}

	@Test
	void refusesToSealCorrections() {
		var correction = ArchiveItem.of(ArchiveSection.CORRECTIONS, "v1-x.json", "更正 Correction", "application/json",
				bytes("{}"));
		var underCorrections = new ArchiveItem("corrections/x.json", "更正 Correction", ArchiveSection.REPLY,
				"application/json", bytes("{}"));

		assertThatThrownBy(() -> ArchiveRules.checkSeal(List.of(correction)))
				.hasMessageContaining("appended after sealing");
		assertThatThrownBy(() -> ArchiveRules.checkSeal(List.of(underCorrections)))
				.hasMessageContaining("appended after sealing");
	}

	@Test
	void correctionSaysWhyAndCorrectsADocumentThatExists() {
		var noReason = new CorrectionForm("receipt.pdf", "送达回证 Receipt", "application/pdf", bytes("%PDF"),
				"11-delivery/delivery.json", " ");
		var unknownTarget = new CorrectionForm("receipt.pdf", "送达回证 Receipt", "application/pdf", bytes("%PDF"),
				"11-delivery/nothing.json", "回证遗漏 Receipt was missing");
		var withFolder = new CorrectionForm("sub/receipt.pdf", "送达回证 Receipt", "application/pdf", bytes("%PDF"),
				null, "回证遗漏 Receipt was missing");
		var fine = new CorrectionForm("receipt.pdf", "送达回证 Receipt", "application/pdf", bytes("%PDF"),
				"11-delivery/delivery.json", "回证遗漏 Receipt was missing");
		Set<String> existing = Set.of("11-delivery/delivery.json");

		assertThatThrownBy(() -> ArchiveRules.checkCorrection(noReason, existing)).hasMessageContaining("Say why");
		assertThatThrownBy(() -> ArchiveRules.checkCorrection(unknownTarget, existing))
				.hasMessageContaining("no document 11-delivery/nothing.json");
		assertThatThrownBy(() -> ArchiveRules.checkCorrection(withFolder, existing))
				.hasMessageContaining("without folders");
		assertThatCode(() -> ArchiveRules.checkCorrection(fine, existing)).doesNotThrowAnyException();
	}

	@Test
	void itemKeepsItsOwnCopyOfTheBytes() {
		byte[] content = bytes("original");
		var item = ArchiveItem.of(ArchiveSection.REPLY, "reply.txt", "答复书 Reply", "text/plain", content);

		content[0] = 'X';
		item.content()[1] = 'X';

		assertThat(item.content()).isEqualTo(bytes("original"));
		assertThat(item).isEqualTo(ArchiveItem.of(ArchiveSection.REPLY, "reply.txt", "答复书 Reply", "text/plain",
				bytes("original")));
	}
}
