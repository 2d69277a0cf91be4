package ogi.casework.documents;

import ogi.casework.shared.ActionNotAllowed;

/**
 * A letter could not be rendered from the case's records as they stand (e.g. a character no letter can hold): the
 * action that needs the letter is refused, and the record is corrected at the step that wrote it.
 */
public class LetterRenderingFailed extends ActionNotAllowed {

	private final DocumentKind kind;

	public LetterRenderingFailed(DocumentKind kind, String why) {
		super("letterNotRendered", "The " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
				+ " could not be produced from the case's records: " + why
				+ ". Return the reply to the handler to correct the text.");
		this.kind = kind;
	}

	public DocumentKind kind() {
		return kind;
	}
}
