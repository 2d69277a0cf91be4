package ogi.casework.litigation;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The agency's choices for reconsideration and litigation ({@code ogi.litigation.*}); the statutory periods
 * themselves (T15, T17, T18, T21, T23) are law and not settings.
 *
 * @param filingReminderWorkingDays remind legal staff this many working days before the reply / defence is due
 * @param hearingReminderWorkingDays remind legal staff and the head this many working days before a hearing (the head
 *        attends, 复议法 Art. 51)
 * @param appealReminderDays remind legal staff this many calendar days before an appeal window ends
 * @param reminderHour the local hour at which reminders and escalations go out
 * @param reopenReplyWorkingDays [I] the period of a new reply ordered by a decision that sets none: 20 working days
 *        from receiving the decision, by analogy to Art. 33(2)
 * @param targetRate the default target for the reconsideration correction rate and the litigation loss rate (2%, a
 *        work-plan target, not law)
 * @param agencyTargets an agency's own target by agency code, overriding {@code targetRate}
 * @param reportClasses [M] overrides of the table-4 class of reconsideration decisions (spec §6.4)
 * @param courtReportClasses [M] overrides of the table-4 class of court judgments and rulings — agencies that count a
 *        判决驳回诉讼请求 as 维持 set {@code DISMISSED: UPHELD} here
 */
@ConfigurationProperties("ogi.litigation")
public record LitigationSettings(
		@DefaultValue("2") int filingReminderWorkingDays,
		@DefaultValue("3") int hearingReminderWorkingDays,
		@DefaultValue("5") int appealReminderDays,
		@DefaultValue("8") int reminderHour,
		@DefaultValue("20") int reopenReplyWorkingDays,
		@DefaultValue("0.02") BigDecimal targetRate,
		Map<String, BigDecimal> agencyTargets,
		Map<DecisionType, ReportClass> reportClasses,
		Map<DecisionType, ReportClass> courtReportClasses) {

	/** Treats absent maps as empty. */
	public LitigationSettings {
		agencyTargets = agencyTargets == null ? Map.of() : Map.copyOf(agencyTargets);
		reportClasses = reportClasses == null ? Map.of() : Map.copyOf(reportClasses);
		courtReportClasses = courtReportClasses == null ? Map.of() : Map.copyOf(courtReportClasses);
	}

	/** The defaults, for tests and tools. */
	public static LitigationSettings defaults() {
		return new LitigationSettings(2, 3, 5, 8, 20, new BigDecimal("0.02"), Map.of(), Map.of(), Map.of());
	}

	/** The table-4 class of {@code decision} in a matter of {@code kind}, with the configured overrides. */
	public ReportClass classOf(MatterKind kind, DecisionType decision) {
		var overrides = kind.lawsuit() ? courtReportClasses : reportClasses;
		return overrides.getOrDefault(decision, decision.reportClass());
	}

	/** The agency's target rate. */
	public BigDecimal targetFor(String agencyCode) {
		return agencyTargets.getOrDefault(agencyCode, targetRate);
	}
}
