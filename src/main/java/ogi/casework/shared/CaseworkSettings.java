package ogi.casework.shared;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Agency-wide settings.
 *
 * @param zone the zone in which every statutory date is a local date (default Asia/Shanghai)
 * @param replyWorkingDays the reply period, Art. 33(2): 20 working days (T3)
 * @param supplementWorkingDays the supplement period the agency sets under Art. 30 — a choice, not law (T2, [I])
 * @param supplementNoticeWorkingDays the period to send the supplement notice, Art. 30: 7 working days (T1)
 */
@ConfigurationProperties("ogi")
public record CaseworkSettings(
		@DefaultValue("Asia/Shanghai") ZoneId zone,
		@DefaultValue("20") int replyWorkingDays,
		@DefaultValue("15") int supplementWorkingDays,
		@DefaultValue("7") int supplementNoticeWorkingDays) {
}
