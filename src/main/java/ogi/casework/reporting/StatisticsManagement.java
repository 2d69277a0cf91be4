package ogi.casework.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import ogi.casework.accounts.CurrentUser;
import ogi.casework.accounts.Role;
import ogi.casework.calendar.OfficialCalendar;
import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IntakeManagement;
import ogi.casework.reply.Outcome;
import ogi.casework.reporting.OfficeStatistics.FrequentApplicant;
import ogi.casework.reporting.OfficeStatistics.RequestGroup;
import ogi.casework.reporting.OfficeStatistics.Timeliness;
import ogi.casework.deadlines.ReplyTimeliness;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.ReadsOnly;

/**
 * The office's operational statistics over a period, from the reporting read model, the official calendar and
 * intake's grouping of similar requests.
 */
@Service
public class StatisticsManagement {

	/**
	 * Who may read the statistics: the office head, legal staff and reviewers, who oversee the office's work; clerks
	 * and handlers work cases and do not need them [I].
	 */
	static final Set<Role> READERS = EnumSet.of(Role.HEAD, Role.LEGAL, Role.REVIEWER);

	private final ReportedCases reported;

	private final IntakeManagement intake;

	private final OfficialCalendar calendar;

	private final ReportingSettings settings;

	StatisticsManagement(ReportedCases reported, IntakeManagement intake, OfficialCalendar calendar,
			ReportingSettings settings) {
		this.reported = reported;
		this.intake = intake;
		this.calendar = calendar;
		this.settings = settings;
	}

	/** The statistics of the user's agency for {@code [from, to]}. */
	@ReadsOnly
	public OfficeStatistics statistics(LocalDate from, LocalDate to, CurrentUser user) {
		ReportingManagement.requireRole(user, READERS,
				"the office statistics are for the office head, legal staff and reviewers");
		checkPeriod(from, to);
		String agency = user.agencyCode();
		var cases = reported.activeBetween(List.of(agency), from, to);
		List<ReportedCase> received = cases.stream().filter(c -> within(c.receiptDate(), from, to)).toList();
		List<ReportedCase> concluded = cases.stream()
				.filter(c -> c.concludedOn() != null && within(c.concludedOn(), from, to)).toList();

		Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			byChannel.put(channel, received.stream().filter(c -> c.channel() == channel).count());
		}
		Map<ApplicantType, Long> byType = new EnumMap<>(ApplicantType.class);
		for (ApplicantType type : ApplicantType.values()) {
			byType.put(type, received.stream().filter(c -> c.applicantType() == type).count());
		}
		Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
		concluded.forEach(c -> outcomes.merge(c.outcome(), 1L, Long::sum));

		return new OfficeStatistics(from, to, agency, received.size(), byChannel, byType, concluded.size(), outcomes,
				timeliness(agency, concluded), mostRequested(agency, from, to), frequentApplicants(agency, received, user));
	}

	private Timeliness timeliness(String agency, List<ReportedCase> concluded) {
		List<ReportedCase> replies = concluded.stream().filter(ReportedCase::repliedTo)
				.filter(c -> c.replyDueDate() != null).toList();
		long onTime = replies.stream()
				.filter(c -> !ReplyTimeliness.of(c.replyDueDate(), c.concludedOn(), c.concludedOn()).late()).count();
		List<Integer> days = new ArrayList<>();
		concluded.stream().filter(ReportedCase::repliedTo).filter(c -> c.replyStartDate() != null)
				.forEach(c -> days.add(calendar.workingDaysBetween(agency, c.replyStartDate(), c.concludedOn())));
		days.sort(Comparator.naturalOrder());
		return new Timeliness(replies.size(), onTime, replies.isEmpty() ? null
				: BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(replies.size()), 4, RoundingMode.HALF_UP),
				nearestRank(days, 50), nearestRank(days, 90));
	}

	/** The nearest-rank percentile: the smallest value with at least {@code percent}% of the values at or below it. */
	static Integer nearestRank(List<Integer> sorted, int percent) {
		if (sorted.isEmpty()) {
			return null;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1);
	}

	private List<RequestGroup> mostRequested(String agency, LocalDate from, LocalDate to) {
		return intake.requestGroups(agency, from, to).stream().limit(settings.topEntries())
				.map(cluster -> new RequestGroup(cluster.applications().size(), cluster.applicants(),
						cluster.documentNumber(), cluster.applications().get(0).requestedInformation(),
						cluster.applications().stream().map(member -> member.caseNumber()).toList()))
				.toList();
	}

	private List<FrequentApplicant> frequentApplicants(String agency, List<ReportedCase> received, CurrentUser user) {
		Map<String, List<String>> byApplicant = new LinkedHashMap<>();
		received.forEach(c -> byApplicant.computeIfAbsent(c.applicantKey(), key -> new ArrayList<>()).add(c.caseNumber()));
		boolean seesPersonalData = user.seesPersonalData();
		return byApplicant.values().stream().filter(cases -> cases.size() >= settings.frequentApplicantMinimum())
				.sorted(Comparator.<List<String>>comparingInt(List::size).reversed()
						.thenComparing(cases -> cases.get(0)))
				.limit(settings.topEntries())
				.map(cases -> {
					var application = intake.find(agency, cases.get(0)).orElseThrow();
					return new FrequentApplicant(seesPersonalData ? application.applicant()
							: application.maskedApplicant(), cases.size(), List.copyOf(cases));
				})
				.toList();
	}

	private void checkPeriod(LocalDate from, LocalDate to) {
		if (from == null) {
			throw InvalidInput.of("from", "required", "Give the first day of the period (from=YYYY-MM-DD)");
		}
		if (to == null) {
			throw InvalidInput.of("to", "required", "Give the last day of the period (to=YYYY-MM-DD)");
		}
		if (to.isBefore(from)) {
			throw InvalidInput.of("to", "order", "The period ends (" + to + ") before it starts (" + from + ")");
		}
		if (to.isAfter(from.plus(settings.maxStatisticsPeriod()))) {
			throw InvalidInput.of("to", "maxPeriod", "The statistics cover at most " + settings.maxStatisticsPeriod()
					+ " at a time (ogi.reporting.max-statistics-period)");
		}
	}

	private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return !day.isBefore(from) && !day.isAfter(to);
	}
}
