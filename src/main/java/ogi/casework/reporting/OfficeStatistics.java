package ogi.casework.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Application.ApplicantView;
import ogi.casework.intake.Channel;
import ogi.casework.reply.Outcome;

/**
 * The office's operational statistics for a period: volumes, timeliness, outcomes, the most-requested information
 * and the most frequent applicants.
 *
 * @param from the first day of the period
 * @param to the last day
 * @param agencyCode the agency
 * @param received applications received (Art. 31 receipt date) in the period
 * @param byChannel received, by channel
 * @param byApplicantType received, by applicant type (the columns of table 3)
 * @param concluded cases whose final outcome was issued in the period
 * @param outcomes concluded, by outcome
 * @param timeliness delivered on time, and the working days taken
 * @param mostRequested groups of applications asking alike, largest first
 * @param frequentApplicants the applicants with the most applications received in the period, personal data masked
 *        for roles that do not need it
 */
public record OfficeStatistics(LocalDate from, LocalDate to, String agencyCode, long received,
		Map<Channel, Long> byChannel, Map<ApplicantType, Long> byApplicantType, long concluded,
		Map<Outcome, Long> outcomes, Timeliness timeliness, List<RequestGroup> mostRequested,
		List<FrequentApplicant> frequentApplicants) {

	/**
	 * How fast replies went out: of the replies delivered in the period (abandoned applications have no reply), how
	 * many by their reply due date, and the working days (official calendar) from the start of the reply period —
	 * receipt, or the supplement's receipt (Art. 30) — to delivery, pauses included.
	 *
	 * @param replies replies delivered in the period with a due date
	 * @param onTime of those, delivered by the due date (Art. 33(2) with any extension)
	 * @param onTimeRate onTime / replies, 4 decimals; null without replies
	 * @param medianWorkingDays the median (nearest rank); null without replies
	 * @param p90WorkingDays the 90th percentile (nearest rank); null without replies
	 */
	public record Timeliness(long replies, long onTime, BigDecimal onTimeRate, Integer medianWorkingDays,
			Integer p90WorkingDays) {
	}

	/**
	 * Applications asking for the same information (same document number or similar wording, as intake judges it).
	 *
	 * @param applications how many applications
	 * @param applicants how many different applicants
	 * @param documentNumber the document number they share, if that linked them
	 * @param example what the first of them asked for
	 * @param caseNumbers the cases, earliest first
	 */
	public record RequestGroup(int applications, int applicants, String documentNumber, String example,
			List<String> caseNumbers) {
	}

	/**
	 * An applicant with many applications in the period.
	 *
	 * @param applicant as the user may see the applicant (masked unless clerk or handler)
	 * @param applications how many applications were received in the period
	 * @param caseNumbers the cases
	 */
	public record FrequentApplicant(ApplicantView applicant, long applications, List<String> caseNumbers) {
	}
}
