package ogi.casework.shared;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Agency-wide settings; the statutory periods are law, the rest are the agency's choices.
 *
 * @param zone the zone in which every statutory date is a local date (default Asia/Shanghai)
 * @param replyWorkingDays the reply period, Art. 33(2): 20 working days (T3)
 * @param supplementWorkingDays the supplement period the agency sets under Art. 30 — a choice, not law (T2, [I])
 * @param supplementNoticeWorkingDays the period to send the supplement notice, Art. 30: 7 working days (T1)
 * @param maxExtensionWorkingDays the longest extension, Art. 33(2): 20 working days (T4)
 * @param consultationWorkingDays the consulted party's window, Arts. 32 and 34: 15 working days (T5, T6)
 * @param firstReminderWorkingDays remind the assignees this many working days before the reply is due (a choice)
 * @param secondReminderWorkingDays and again this many (a choice)
 * @param reminderHour the local hour at which reminders go out
 * @param feeNoticePausesReply whether the time from a fee notice to payment is excluded from the reply period —
 *        spec F-6 is unverified [M], so this is the agency's choice until the national text is confirmed
 */
@ConfigurationProperties("ogi")
public record CaseworkSettings(
		@DefaultValue("Asia/Shanghai") ZoneId zone,
		@DefaultValue("20") int replyWorkingDays,
		@DefaultValue("15") int supplementWorkingDays,
		@DefaultValue("7") int supplementNoticeWorkingDays,
		@DefaultValue("20") int maxExtensionWorkingDays,
		@DefaultValue("15") int consultationWorkingDays,
		@DefaultValue("5") int firstReminderWorkingDays,
		@DefaultValue("2") int secondReminderWorkingDays,
		@DefaultValue("8") int reminderHour,
		@DefaultValue("true") boolean feeNoticePausesReply) {
}
