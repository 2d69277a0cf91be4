package ogi.casework.reply;

/** A notice whose delivery the case file must prove (spec §8.3 items 3–5), with the article that requires it. */
public enum NoticeKind {

	/** Art. 30: the supplement (补正) notice; its reference is the supplement's id. */
	SUPPLEMENT_NOTICE("Art. 30"),
	/**
	 * Art. 33(2) or Art. 35: the extension notice or the reasonable-delay notice to the applicant; its reference is
	 * the extension's number, whose kind says which of the two letters it is.
	 */
	EXTENSION_NOTICE("Arts. 33(2), 35"),
	/** Arts. 32, 34: a letter asking a third party or another agency for its opinion; the consultation's number. */
	CONSULTATION_LETTER("Arts. 32, 34");

	private final String article;

	NoticeKind(String article) {
		this.article = article;
	}

	public String article() {
		return article;
	}
}
