package ogi.casework.litigation;

import java.time.LocalDate;

import ogi.casework.reply.Outcome;

/**
 * Something in a matter that legal staff must look at, with the rule behind it; it refuses and changes nothing.
 *
 * @param kind what is flagged
 * @param key stable within the matter, so the flag is notified once
 * @param caseNumber the case it concerns, for {@link MatterFlagKind#DIRECT_SUIT_AGAINST_REFUSAL}
 * @param hearingNumber the hearing it concerns, for {@link MatterFlagKind#LATE_HEARING_NOTICE}
 * @param basis the articles
 * @param explanation the facts and the rule in words (English, for the API)
 * @param outcome the outcome of the reply sued over, for {@link MatterFlagKind#DIRECT_SUIT_AGAINST_REFUSAL}
 * @param heldOn the hearing date, for {@link MatterFlagKind#LATE_HEARING_NOTICE}
 * @param noticeReceivedOn the day the notice of the hearing arrived, for {@link MatterFlagKind#LATE_HEARING_NOTICE}
 * @param workingDaysGiven the working days between notice and hearing, for {@link MatterFlagKind#LATE_HEARING_NOTICE}
 * @param earliestLawfulOn the earliest lawful hearing date, for {@link MatterFlagKind#LATE_HEARING_NOTICE}
 */
public record MatterFlag(MatterFlagKind kind, String key, String caseNumber, Integer hearingNumber, String basis,
		String explanation, Outcome outcome, LocalDate heldOn, LocalDate noticeReceivedOn, Integer workingDaysGiven,
		LocalDate earliestLawfulOn) {
}
