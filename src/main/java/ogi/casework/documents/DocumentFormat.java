package ogi.casework.documents;

/** A rendered document's file format. */
public enum DocumentFormat {

	/** Editable Word document, rendered from a poi-tl template. */
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	/** Fixed layout for delivery and the case file, rendered from an HTML template with an embedded CJK font. */
	PDF("pdf", "application/pdf"),
	/** A photograph or scan an applicant uploaded (identity proof, supplement material). */
	JPEG("jpg", "image/jpeg"),
	/** A scan or screenshot an applicant uploaded. */
	PNG("png", "image/png");

	private final String extension;

	private final String mediaType;

	DocumentFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public String mediaType() {
		return mediaType;
	}
}
