package ogi.casework.documents;

import ogi.casework.deadlines.ExtensionKind;

/** The letters the engine writes (spec §10 document set), each with its template name, title and governing rule. */
public enum DocumentKind {

	/** Art. 31, spec R-31: the receipt (接收回执) confirming the receipt date. */
	ACKNOWLEDGEMENT("acknowledgement", "政府信息公开申请接收回执", "Art. 31"),
	/** Art. 30: the one complete supplement notice (补正告知书), within 7 working days of receipt (T1). */
	SUPPLEMENT_NOTICE("supplement-notice", "补正申请告知书", "Art. 30"),
	/** Art. 33(2): the extension notice (延期答复告知书), at most 20 more working days (T4). */
	EXTENSION_NOTICE("extension-notice", "延期答复告知书", "Art. 33(2)"),
	/**
	 * Art. 35 (T7): the reasonable-delay notice (延迟答复告知书) — the applicant's reasons for the volume were judged
	 * reasonable but the Art. 33 period cannot be kept, so the agency sets a reasonable later date; not bound by the
	 * 20 working days of Art. 33(2).
	 */
	REASONABLE_DELAY_NOTICE("reasonable-delay-notice", "延迟答复告知书", "Art. 35"),
	/** Arts. 32 and 34: the request for an opinion (征求意见书), 15 working days to answer (T5, T6). */
	CONSULTATION_LETTER("consultation-letter", "征求意见书", "Arts. 32, 34"),
	/** 国办函〔2020〕109号 (spec F-5): the fee notice (收费通知书), payable within 20 working days (T8). */
	FEE_NOTICE("fee-notice", "信息处理费收费通知书", "国办函〔2020〕109号"),
	/** Arts. 36–39 and 复议法 Art. 23(四): the reply (答复书), whose body and remedy paragraph follow the outcome. */
	REPLY_LETTER("reply-letter", "政府信息公开申请答复书", "Arts. 36–39"),
	/** Art. 29(2)(一): the applicant's identity proof (身份证明), uploaded with an online application; not a letter. */
	IDENTITY_PROOF(null, "申请人身份证明", "Art. 29(2)(一)"),
	/** Art. 30: material the applicant sent with an online supplement (补正材料); not a letter. */
	SUPPLEMENT_MATERIAL(null, "补正材料", "Art. 30");

	private final String template;

	private final String title;

	private final String article;

	DocumentKind(String template, String title, String article) {
		this.template = template;
		this.title = title;
		this.article = article;
	}

	/** Whether the engine writes this document from a template, rather than receiving it from the applicant. */
	public boolean isLetter() {
		return template != null;
	}

	/**
	 * Whether the document is the applicant's own paper (identity proof, supplement material): personal data in full,
	 * opened only by the roles that see it ({@code Role.PERSONAL_DATA}) and recorded as a read when they do.
	 */
	public boolean holdsPersonalData() {
		return !isLetter();
	}

	/** The template's base name, {@code <template>.docx} and {@code <template>.html}; null for received files. */
	/** The letter that tells the applicant of an approved extension of {@code kind}: Art. 33(2) or Art. 35. */
	public static DocumentKind noticeOf(ExtensionKind kind) {
		return switch (kind) {
			case EXTENSION -> EXTENSION_NOTICE;
			case REASONABLE_DELAY -> REASONABLE_DELAY_NOTICE;
		};
	}

	public String template() {
		return template;
	}

	public String title() {
		return title;
	}

	public String article() {
		return article;
	}
}
