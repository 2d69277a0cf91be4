package ogi.casework.archive;

/**
 * A document to append to a sealed case file, and why; it is filed as {@code corrections/v<version>-<fileName>}.
 *
 * @param fileName the file's name, one path segment, e.g. {@code delivery-receipt.pdf}
 * @param title what it is, e.g. {@code 送达回证（补） Delivery receipt, recovered}
 * @param mediaType its media type
 * @param content its bytes
 * @param corrects the path of the sealed document it corrects, or {@code null} for an addition
 * @param reason why it is appended after sealing
 */
public record CorrectionForm(String fileName, String title, String mediaType, byte[] content, String corrects,
		String reason) {

	public CorrectionForm {
		content = content == null ? null : content.clone();
	}

	@Override
	public byte[] content() {
		return content == null ? null : content.clone();
	}

	/** The document as an item of the corrections section, filed under manifest version {@code version}. */
	ArchiveItem toItem(int version) {
		return new ArchiveItem(ArchiveSection.CORRECTIONS.folder() + "/v" + version + "-" + fileName, title,
				ArchiveSection.CORRECTIONS, mediaType, content);
	}
}
