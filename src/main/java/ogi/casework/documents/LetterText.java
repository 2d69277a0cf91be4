package ogi.casework.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** The text of a stored letter as its recipient reads it, for checks of what a letter says (spec §8.3 item 9). */
public final class LetterText {

	private LetterText() {
	}

	/** The paragraphs of a DOCX letter, one per line; empty when the bytes are not a readable DOCX. */
	public static Optional<String> ofDocx(byte[] docx) {
		if (docx == null || docx.length == 0) {
			return Optional.empty();
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return Optional.of(document.getParagraphs().stream().map(XWPFParagraph::getText)
					.collect(Collectors.joining("\n")));
		}
		catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}
}
