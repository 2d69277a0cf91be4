package ogi.casework.litigation;

/**
 * Something in a matter that legal staff must look at, with the rule behind it; it refuses and changes nothing.
 *
 * @param kind what is flagged
 * @param key stable within the matter, so the flag is notified once
 * @param caseNumber the case it concerns, for {@link MatterFlagKind#DIRECT_SUIT_AGAINST_REFUSAL}
 * @param hearingNumber the hearing it concerns, for {@link MatterFlagKind#LATE_HEARING_NOTICE}
 * @param basis the articles
 * @param explanation the facts and the rule in words
 */
public record MatterFlag(MatterFlagKind kind, String key, String caseNumber, Integer hearingNumber, String basis,
		String explanation) {
}
