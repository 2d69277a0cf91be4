package ogi.casework.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ogi.casework.consultation.Consultation;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.Opinion;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.Extension;
import ogi.casework.deadlines.LateExtension;
import ogi.casework.deadlines.ReplyTimeliness;
import ogi.casework.reply.Delivery;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchRecord;

/**
 * Applies every {@link RiskRule} to a case's facts: each rule that fires explains itself with the facts it saw and
 * adds its configured weight; a rule weighted 0 is switched off and does not appear.
 */
class RiskRules {

	private final RiskSettings settings;

	RiskRules(RiskSettings settings) {
		this.settings = settings;
	}

	List<RiskReason> reasons(CaseFacts facts) {
		var reasons = new ArrayList<RiskReason>();
		outcome(facts, reasons);
		timeliness(facts, reasons);
		consultation(facts, reasons);
		applicant(facts, reasons);
		delivery(facts, reasons);
		return reasons.stream().filter(reason -> reason.weight() > 0).toList();
	}

	RiskLevel level(List<RiskReason> reasons) {
		return settings.levelOf(score(reasons));
	}

	static int score(List<RiskReason> reasons) {
		return reasons.stream().mapToInt(RiskReason::weight).sum();
	}

	private void outcome(CaseFacts facts, List<RiskReason> reasons) {
		Outcome outcome = facts.outcome();
		if (outcome == Outcome.DENY) {
			reasons.add(reason(RiskRule.REFUSAL, "The reply refuses disclosure (DENY); the applicant may apply for "
					+ "reconsideration, and only after it sue", "risk.reason.REFUSAL"));
		}
		if (outcome == Outcome.PARTIAL) {
			reasons.add(reason(RiskRule.PARTIAL_DISCLOSURE, "The reply withholds parts of the information (PARTIAL)",
					"risk.reason.PARTIAL_DISCLOSURE"));
		}
		if (outcome == Outcome.NOT_EXIST || outcome == Outcome.NOT_RESPONSIBLE) {
			var missing = missingFromSearch(facts.search());
			if (!missing.isEmpty()) {
				reasons.add(reason(RiskRule.INCOMPLETE_SEARCH_RECORD,
						"The reply says " + outcome + " but the search record lacks " + String.join(", ", missing),
						"risk.reason.INCOMPLETE_SEARCH_RECORD", RiskReason.label("enum.Outcome." + outcome.name()),
						RiskReason.labels(missingKeys(facts.search()))));
			}
		}
		if (facts.publicInterestOverride()) {
			reasons.add(reason(RiskRule.PUBLIC_INTEREST_OVERRIDE,
					"The reply discloses over a third party's objection on public-interest grounds",
					"risk.reason.PUBLIC_INTEREST_OVERRIDE"));
		}
	}

	/** Art. 33(2): late, nearly late, or extended by a notice that came after the period had ended. */
	private void timeliness(CaseFacts facts, List<RiskReason> reasons) {
		var due = replyDue(facts);
		if (due.isPresent()) {
			LocalDate dueDate = due.get().dueDate();
			Delivery delivery = facts.delivery();
			var timeliness = ReplyTimeliness.of(dueDate, delivery == null ? null : delivery.deliveredOn(),
					facts.today());
			if (timeliness.late()) {
				reasons.add(reason(RiskRule.OVERDUE,
						"The reply was delivered on " + delivery.deliveredOn() + ", after its due date " + dueDate,
						"risk.reason.OVERDUE.late", RiskReason.date(delivery.deliveredOn()), RiskReason.date(dueDate)));
			}
			else if (timeliness.overdue()) {
				reasons.add(reason(RiskRule.OVERDUE,
						"The reply was due on " + dueDate + " and is not delivered yet (today is " + facts.today() + ")",
						"risk.reason.OVERDUE.open", RiskReason.date(dueDate), RiskReason.date(facts.today())));
			}
			else if (delivery == null && facts.workingDaysLeft() != null
					&& facts.workingDaysLeft() <= settings.dueSoonWorkingDays()) {
				reasons.add(reason(RiskRule.DUE_SOON, "The reply is due on " + dueDate + ", in "
						+ facts.workingDaysLeft() + " working day(s); the limit for \"due soon\" is "
						+ settings.dueSoonWorkingDays(), "risk.reason.DUE_SOON", RiskReason.date(dueDate),
						RiskReason.value(facts.workingDaysLeft()), RiskReason.value(settings.dueSoonWorkingDays())));
			}
		}
		for (LateExtension late : facts.lateExtensions()) {
			Extension extension = late.extension();
			reasons.add(reason(RiskRule.LATE_EXTENSION_NOTICE, "Extension " + extension.number()
					+ " was noticed to the applicant on " + extension.noticedOn()
					+ ", after the reply period it extends had ended on " + late.periodEnded(),
					"risk.reason.LATE_EXTENSION_NOTICE", RiskReason.value(extension.number()),
					RiskReason.date(extension.noticedOn()), RiskReason.date(late.periodEnded())));
		}
	}

	/**
	 * Art. 32: a third party objected, and the reply does not (yet) withhold: the third party may sue over the
	 * disclosure. A refusal upholding the objection is covered by the refusal rule, an explicit public-interest
	 * override by its own rule.
	 */
	private void consultation(CaseFacts facts, List<RiskReason> reasons) {
		if (facts.outcome() == Outcome.DENY || facts.publicInterestOverride()) {
			return;
		}
		var objectors = facts.consultations().stream()
				.filter(c -> c.kind() == ConsultationKind.THIRD_PARTY && c.opinion() == Opinion.OBJECTS)
				.map(Consultation::party).toList();
		if (!objectors.isEmpty()) {
			String english = "Third party objection(s) to disclosure: " + String.join(", ", objectors) + "; the reply "
					+ (facts.outcome() == null ? "is not drafted yet" : "is " + facts.outcome());
			reasons.add(facts.outcome() == null
					? reason(RiskRule.THIRD_PARTY_OBJECTION, english, "risk.reason.THIRD_PARTY_OBJECTION.notDrafted",
							RiskReason.value(String.join("、", objectors)))
					: reason(RiskRule.THIRD_PARTY_OBJECTION, english, "risk.reason.THIRD_PARTY_OBJECTION",
							RiskReason.value(String.join("、", objectors)),
							RiskReason.label("enum.Outcome." + facts.outcome().name())));
		}
	}

	private void applicant(CaseFacts facts, List<RiskReason> reasons) {
		var remedies = facts.remedies();
		if (remedies.total() > 0) {
			reasons.add(reason(RiskRule.EARLIER_REMEDIES, "The applicant brought " + remedies.reconsiderations()
					+ " reconsideration(s) and " + remedies.lawsuits() + " lawsuit(s) against this agency about "
					+ "other cases", "risk.reason.EARLIER_REMEDIES", RiskReason.value(remedies.reconsiderations()),
					RiskReason.value(remedies.lawsuits())));
		}
		if (facts.applicantApplications() >= settings.frequentApplicantCount()) {
			reasons.add(reason(RiskRule.FREQUENT_APPLICANT, "The applicant made " + facts.applicantApplications()
					+ " applications within " + settings.frequentApplicantWindow() + " (this one included); "
					+ settings.frequentApplicantCount() + " make a frequent applicant",
					"risk.reason.FREQUENT_APPLICANT", RiskReason.value(facts.applicantApplications()),
					RiskReason.period(settings.frequentApplicantWindow()),
					RiskReason.value(settings.frequentApplicantCount())));
		}
	}

	/** Spec §8.3 item 10 (国办公开办函〔2016〕235号): the proof each delivery method needs. */
	private void delivery(CaseFacts facts, List<RiskReason> reasons) {
		Delivery delivery = facts.delivery();
		if (delivery == null) {
			return;
		}
		String missing = switch (delivery.method()) {
			case POST -> blank(delivery.trackingNumber()) ? "the postal tracking number" : null;
			case IN_PERSON -> blank(delivery.recipient()) ? "the signature of the recipient" : null;
			case ELECTRONIC -> delivery.confirmedOn() == null ? "the applicant's confirmation of receipt" : null;
		};
		if (missing != null) {
			reasons.add(reason(RiskRule.MISSING_DELIVERY_PROOF, "The reply was delivered " + delivery.method()
					+ " on " + delivery.deliveredOn() + " without " + missing, "risk.reason.MISSING_DELIVERY_PROOF",
					RiskReason.label("enum.DeliveryMethod." + delivery.method().name()),
					RiskReason.date(delivery.deliveredOn()),
					RiskReason.label("risk.proof." + delivery.method().name())));
		}
	}

	/** The reply period as it stands: the running entry, else the last one recorded. */
	static Optional<Deadline> replyDue(CaseFacts facts) {
		return facts.replyLedger().stream().filter(Deadline::active).reduce((first, second) -> second)
				.or(() -> facts.replyLedger().stream().reduce((first, second) -> second));
	}

	/** Spec §8.3 item 6: systems searched, keywords, date range and departments asked. */
	static List<String> missingFromSearch(SearchRecord search) {
		if (search == null) {
			return List.of("a search record altogether");
		}
		var missing = new ArrayList<String>();
		if (blank(search.sourcesSearched())) {
			missing.add("the systems and archives searched");
		}
		if (blank(search.keywords())) {
			missing.add("the keywords");
		}
		if (blank(search.periodCovered())) {
			missing.add("the period covered");
		}
		if (blank(search.departmentsAsked())) {
			missing.add("the departments asked");
		}
		return missing;
	}

	/** Spec §8.3 item 6: what the search record lacks, as the labels' message keys. */
	static List<String> missingKeys(SearchRecord search) {
		if (search == null) {
			return List.of("risk.search.record");
		}
		var missing = new ArrayList<String>();
		if (blank(search.sourcesSearched())) {
			missing.add("risk.search.sources");
		}
		if (blank(search.keywords())) {
			missing.add("risk.search.keywords");
		}
		if (blank(search.periodCovered())) {
			missing.add("risk.search.period");
		}
		if (blank(search.departmentsAsked())) {
			missing.add("risk.search.departments");
		}
		return missing;
	}

	/** A reason: the facts in English for the API, and the message key and arguments that word them on a page. */
	private RiskReason reason(RiskRule rule, String facts, String messageKey, String... arguments) {
		return new RiskReason(rule.name(), settings.weight(rule), facts, rule.basis(), messageKey, List.of(arguments));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
