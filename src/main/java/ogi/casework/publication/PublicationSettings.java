package ogi.casework.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The periodic review of what should be published proactively (Art. 44), {@code ogi.publication.*}: the agency's
 * choices, not law.
 *
 * @param reviewCycle when reviews open: a cron expression of the process engine (quarterly by default, at 03:00 on the
 *        first day of January, April, July and October); read when the process is deployed
 * @param firstPeriodMonths how far back an agency's first review looks; later ones start the day after the last
 * @param reminderWorkingDays remind legal staff and the head of an undecided review this many working days after it
 *        opened
 * @param escalationWorkingDays escalate it to the head this many working days after it opened
 */
@ConfigurationProperties("ogi.publication")
public record PublicationSettings(
		@DefaultValue("0 0 3 1 1,4,7,10 ?") String reviewCycle,
		@DefaultValue("3") int firstPeriodMonths,
		@DefaultValue("10") int reminderWorkingDays,
		@DefaultValue("20") int escalationWorkingDays) {
}
