package ogi.casework.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ogi.casework.consultation.Consultation;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.Extension;
import ogi.casework.deadlines.ExtensionKind;
import ogi.casework.fees.FeeNotice;
import ogi.casework.intake.Application;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.ReplyDraft;
import ogi.casework.reply.WithheldPart;

/**
 * What a letter says about its case; fields a kind does not use stay {@code null}. A {@code null} agency name or
 * remedy paragraph is filled in from {@link DocumentSettings} when rendering.
 *
 * @param addressee who the letter is to: the applicant, or the consulted party of a consultation letter
 * @param legalBasis the articles cited, in Chinese (see {@link LegalCitations})
 * @param withheldParts for PARTIAL, each withheld part with its ground and reasons (Art. 37)
 * @param responsibleAgency for NOT_RESPONSIBLE, the agency to ask instead (Art. 36(5))
 * @param earlierCase for REPEAT, the case already answered (Art. 36(6))
 * @param dueDate supplement due, new reply due, opinion due or fee payable until, depending on the kind
 * @param details supplement items, the handler's reason for an extension or delay, consultation question or fee
 *        basis, depending on the kind
 * @param amount the fee of a fee notice
 * @param date the letter's date
 */
public record LetterData(String agencyName, String caseNumber, String applicantName, String addressee,
		String requestText, LocalDate receiptDate, Outcome outcome, String legalBasis, String reasons,
		String accessDetails, List<String> withheldParts, String responsibleAgency, String earlierCase,
		String remedyParagraph, LocalDate dueDate, String details, BigDecimal amount, LocalDate date) {

	public LetterData {
		withheldParts = withheldParts == null ? List.of() : List.copyOf(withheldParts);
	}

	/** The receipt (Art. 31) confirming the receipt date. */
	public static LetterData acknowledgement(Application application, LocalDate date) {
		return base(application, date, null, null, null, null);
	}

	/** The supplement notice (Art. 30): what to supply, by when. */
	public static LetterData supplementNotice(Application application, String items, LocalDate supplyBy,
			LocalDate date) {
		return base(application, date, "Art. 30", supplyBy, items, null);
	}

	/**
	 * The notice of an approved extension, dated the day it was noticed: for {@link ExtensionKind#EXTENSION} the
	 * extension notice (Art. 33(2)), for {@link ExtensionKind#REASONABLE_DELAY} the reasonable-delay notice
	 * (Art. 35), each giving the handler's reason for the request ({@link Extension#reason()}, not the head's
	 * approval note) and the new reply date from the deadline ledger. Render it as
	 * {@link DocumentKind#noticeOf(ExtensionKind) DocumentKind.noticeOf(extension.kind())}.
	 *
	 * @param extension the approved request
	 * @param extended the reply period as the approval moved it
	 * @throws IllegalArgumentException when the extension is not approved and noticed
	 */
	public static LetterData extensionNotice(Application application, Extension extension, Deadline extended) {
		if (extension.status() != Extension.Status.APPROVED || extension.noticedOn() == null) {
			throw new IllegalArgumentException("Extension " + extension.number() + " of case "
					+ extension.caseNumber() + " is not approved and noticed; there is nothing to notify");
		}
		String article = extension.kind() == ExtensionKind.REASONABLE_DELAY ? "Art. 35" : "Art. 33(2)";
		return base(application, extension.noticedOn(), article, extended.dueDate(), extension.reason(), null);
	}

	/** The request for an opinion (Arts. 32, 34) to the consulted party, answerable within {@code replyBy}. */
	public static LetterData consultationLetter(Application application, Consultation consultation,
			LocalDate replyBy) {
		LetterData data = base(application, consultation.sentOn(), null, replyBy, consultation.question(), null);
		return new LetterData(null, data.caseNumber(), data.applicantName(), consultation.party(),
				data.requestText(), data.receiptDate(), null,
				LegalCitations.REGULATIONS + "第三十二条、第三十四条", null, null, null, null, null, null, replyBy,
				consultation.question(), null, consultation.sentOn());
	}

	/** The fee notice (国办函〔2020〕109号, spec F-5): basis, amount and payment window. */
	public static LetterData feeNotice(Application application, FeeNotice fee) {
		LetterData data = base(application, fee.noticedOn(), null, fee.payableUntil(), fee.basis(), fee.amount());
		return new LetterData(null, data.caseNumber(), data.applicantName(), data.addressee(), data.requestText(),
				data.receiptDate(), null, "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）", null, null, null,
				null, null, null, fee.payableUntil(), fee.basis(), fee.amount(), fee.noticedOn());
	}

	/** The reply (Arts. 36–39) for the reviewed draft; the remedy paragraph follows the outcome (spec G-2). */
	public static LetterData reply(Application application, ReplyDraft draft, LocalDate date) {
		return new LetterData(null, application.caseNumber(), application.applicantName(),
				application.applicantName(), application.requestedInformation(), application.receiptDate(),
				draft.outcome(), LegalCitations.legalBasis(draft.outcome(), draft.ground()), draft.reasons(),
				draft.accessDetails(), draft.withheldParts().stream().map(LetterData::describe).toList(),
				responsible(draft), draft.earlierCaseNumber(), null, null, null, null, date);
	}

	private static LetterData base(Application application, LocalDate date, String article, LocalDate dueDate,
			String details, BigDecimal amount) {
		String basis = article == null ? null : LegalCitations.REGULATIONS + LegalCitations.article(article);
		return new LetterData(null, application.caseNumber(), application.applicantName(),
				application.applicantName(), application.requestedInformation(), application.receiptDate(), null,
				basis, null, null, null, null, null, null, dueDate, details, amount, date);
	}

	private static String responsible(ReplyDraft draft) {
		if (draft.responsibleAgencyName() == null) {
			return null;
		}
		return draft.responsibleAgencyContact() == null ? draft.responsibleAgencyName()
				: draft.responsibleAgencyName() + "（" + draft.responsibleAgencyContact() + "）";
	}

	private static String describe(WithheldPart part) {
		ExemptionGround ground = part.ground();
		String article = ground == null ? null : LegalCitations.article(ground.article());
		return part.description() + (article == null ? "" : "（依据" + LegalCitations.REGULATIONS + article + "）")
				+ (part.reasons() == null ? "" : "：" + part.reasons());
	}

	/** A copy with the remedy paragraph replaced, e.g. by a wording the legal office approved. */
	public LetterData withRemedyParagraph(String paragraph) {
		return new LetterData(agencyName, caseNumber, applicantName, addressee, requestText, receiptDate, outcome,
				legalBasis, reasons, accessDetails, withheldParts, responsibleAgency, earlierCase, paragraph, dueDate,
				details, amount, date);
	}
}
