package ogi.casework.reply;

/** A notice whose delivery the case file must prove (spec §8.3 items 3–5), with the article that requires it. */
public enum NoticeKind {

	/** Art. 30: the supplement (补正) notice; its reference is the supplement's id. */
	SUPPLEMENT_NOTICE("Art. 30"),
	/** Art. 33(2): the extension notice to the applicant; its reference is the extension's number. */
	EXTENSION_NOTICE("Art. 33(2)"),
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
