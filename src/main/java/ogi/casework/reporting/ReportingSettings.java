package ogi.casework.reporting;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The office statistics' choices — none of them is law [I].
 *
 * @param frequentApplicantMinimum how many applications in the period make an applicant a frequent one (default 3)
 * @param topEntries how many request groups and frequent applicants are listed (default 10)
 * @param maxStatisticsPeriod the longest period the statistics cover in one request (default 3 years)
 */
@ConfigurationProperties("ogi.reporting")
public record ReportingSettings(
		@DefaultValue("3") int frequentApplicantMinimum,
		@DefaultValue("10") int topEntries,
		@DefaultValue("P3Y") Period maxStatisticsPeriod) {

	public ReportingSettings {
		if (frequentApplicantMinimum < 2) {
			throw new IllegalArgumentException("ogi.reporting.frequent-applicant-minimum is at least 2");
		}
		if (topEntries < 1) {
			throw new IllegalArgumentException("ogi.reporting.top-entries is at least 1");
		}
	}
}
