package ogi.casework.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ogi.casework.consultation.Consultation;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.Opinion;
import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.Extension;
import ogi.casework.deadlines.ExtensionKind;
import ogi.casework.deadlines.PeriodUnit;
import ogi.casework.reply.Delivery;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.Outcome;
import ogi.casework.reply.SearchRecord;

/** Each risk rule fires on its facts, explains itself with them and names its basis; weights come from settings. */
class RiskRulesTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	final RiskRules rules = new RiskRules(RiskSettings.defaults());

	@Test
	void aCaseWithoutRiskFactorsIsLowWithNoReasons() {
		var reasons = rules.reasons(facts().build());

		assertThat(reasons).isEmpty();
		assertThat(rules.level(reasons)).isEqualTo(RiskLevel.LOW);
	}

	@Test
	void refusalFiresWithArticle36_3AndReconsiderationFirst() {
		var reasons = rules.reasons(facts().outcome(Outcome.DENY).build());

		assertThat(reasons).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo("REFUSAL");
			assertThat(reason.weight()).isEqualTo(40);
			assertThat(reason.facts()).contains("DENY");
			assertThat(reason.basis()).contains("Art. 36(3)").contains("G-2");
		});
		assertThat(rules.level(reasons)).isEqualTo(RiskLevel.MEDIUM);
	}

	@Test
	void partialDisclosureFiresWithArticle37() {
		var reasons = rules.reasons(facts().outcome(Outcome.PARTIAL).build());

		assertThat(reasons).extracting(RiskReason::code).containsExactly("PARTIAL_DISCLOSURE");
		assertThat(reasons.get(0).basis()).contains("37");
	}

	@Test
	void notExistWithAnIncompleteSearchRecordNamesWhatIsMissing() {
		var reasons = rules.reasons(facts().outcome(Outcome.NOT_EXIST).search(search(null, "财务科")).build());

		assertThat(reasons).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo("INCOMPLETE_SEARCH_RECORD");
			assertThat(reason.facts()).contains("NOT_EXIST").contains("the period covered")
					.doesNotContain("the departments asked");
			assertThat(reason.basis()).contains("Guiding Case 101").contains("§8.3 item 6");
		});
		assertThat(rules.level(reasons)).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void notResponsibleWithoutAnySearchRecordFires() {
		var reasons = rules.reasons(facts().outcome(Outcome.NOT_RESPONSIBLE).build());

		assertThat(reasons).singleElement().satisfies(reason -> assertThat(reason.facts())
				.contains("NOT_RESPONSIBLE").contains("a search record altogether"));
	}

	@Test
	void notExistWithACompleteSearchRecordDoesNotFire() {
		var reasons = rules.reasons(
				facts().outcome(Outcome.NOT_EXIST).search(search("2025-01-01至2025-12-31", "财务科")).build());

		assertThat(reasons).isEmpty();
	}

	@Test
	void anUndeliveredReplyPastItsDueDateIsOverdue() {
		var reasons = rules.reasons(facts().replyDue(MONDAY.minusDays(1), true).build());

		assertThat(reasons).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo("OVERDUE");
			assertThat(reason.facts()).contains("2026-11-22").contains("not delivered");
			assertThat(reason.basis()).contains("33(2)").contains("51");
		});
	}

	@Test
	void aReplyDeliveredAfterItsDueDateIsOverdue() {
		var reasons = rules.reasons(facts().replyDue(MONDAY.minusDays(10), false)
				.delivery(delivery(DeliveryMethod.POST, MONDAY.minusDays(3), "XA123", null, null)).build());

		assertThat(reasons).extracting(RiskReason::code).containsExactly("OVERDUE");
		assertThat(reasons.get(0).facts()).contains("delivered on 2026-11-20").contains("2026-11-13");
	}

	@Test
	void aReplyDueWithinTheConfiguredWorkingDaysIsDueSoon() {
		var dueSoon = rules.reasons(facts().replyDue(MONDAY.plusDays(3), true).workingDaysLeft(3).build());
		var notYet = rules.reasons(facts().replyDue(MONDAY.plusDays(4), true).workingDaysLeft(4).build());

		assertThat(dueSoon).extracting(RiskReason::code).containsExactly("DUE_SOON");
		assertThat(dueSoon.get(0).facts()).contains("3 working day(s)");
		assertThat(notYet).isEmpty();
	}

	@Test
	void anExtensionNoticedAfterThePeriodEndedIsLate() {
		// which extensions came too late is the deadlines module's rule (DeadlineManagement#extensionsNoticedLate,
		// driven in LegalTimeProcessTests); risk names each
		Instant requested = Instant.parse("2026-11-10T02:00:00Z");
		var facts = facts().replyEntry(MONDAY.plusDays(20), true, requested.plusSeconds(86400))
				.lateExtension(extension(requested, MONDAY.minusDays(2)), MONDAY.minusDays(5)).build();

		var reasons = rules.reasons(facts);

		assertThat(reasons).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo("LATE_EXTENSION_NOTICE");
			assertThat(reason.facts()).contains("noticed to the applicant on 2026-11-21").contains("2026-11-18");
			assertThat(reason.basis()).contains("Art. 33(2)");
		});
	}

	@Test
	void aPublicInterestOverrideFiresWithArticles15And32() {
		var reasons = rules.reasons(facts().outcome(Outcome.DISCLOSE).publicInterest().build());

		assertThat(reasons).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo("PUBLIC_INTEREST_OVERRIDE");
			assertThat(reason.basis()).contains("Arts. 15, 32");
		});
	}

	@Test
	void aThirdPartyObjectionFiresNamingTheParty() {
		var reasons = rules.reasons(facts().outcome(Outcome.DISCLOSE)
				.consultation(ConsultationKind.THIRD_PARTY, "某某建设公司", Opinion.OBJECTS)
				.consultation(ConsultationKind.THIRD_PARTY, "张某", Opinion.AGREES)
				.consultation(ConsultationKind.OTHER_AGENCY, "区财政局", Opinion.OBJECTS).build());

		assertThat(reasons).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo("THIRD_PARTY_OBJECTION");
			assertThat(reason.facts()).contains("某某建设公司").doesNotContain("张某").doesNotContain("区财政局");
			assertThat(reason.basis()).contains("Art. 32");
		});
	}

	@Test
	void aThirdPartyObjectionUpheldByARefusalOrOverriddenExplicitlyCountsOnlyOnce() {
		var upheld = rules.reasons(facts().outcome(Outcome.DENY)
				.consultation(ConsultationKind.THIRD_PARTY, "某某建设公司", Opinion.OBJECTS).build());
		var overridden = rules.reasons(facts().outcome(Outcome.DISCLOSE).publicInterest()
				.consultation(ConsultationKind.THIRD_PARTY, "某某建设公司", Opinion.OBJECTS).build());

		assertThat(upheld).extracting(RiskReason::code).containsExactly("REFUSAL");
		assertThat(overridden).extracting(RiskReason::code).containsExactly("PUBLIC_INTEREST_OVERRIDE");
	}

	@Test
	void anApplicantWithEarlierRemediesFires() {
		var reasons = rules.reasons(facts().remedies(2, 1).build());

		assertThat(reasons).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo("EARLIER_REMEDIES");
			assertThat(reason.facts()).contains("2 reconsideration(s) and 1 lawsuit(s)");
		});
	}

	@Test
	void anApplicantReachingTheConfiguredCountIsFrequent() {
		var frequent = rules.reasons(facts().applications(10).build());
		var notFrequent = rules.reasons(facts().applications(9).build());

		assertThat(frequent).extracting(RiskReason::code).containsExactly("FREQUENT_APPLICANT");
		assertThat(frequent.get(0).facts()).contains("10 applications within P1Y");
		assertThat(notFrequent).isEmpty();
	}

	@Test
	void aDeliveryWithoutItsProofFires() {
		var reasons = rules.reasons(
				facts().delivery(delivery(DeliveryMethod.ELECTRONIC, MONDAY.minusDays(1), null, null, null)).build());

		assertThat(reasons).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo("MISSING_DELIVERY_PROOF");
			assertThat(reason.facts()).contains("ELECTRONIC").contains("confirmation of receipt");
			assertThat(reason.basis()).contains("§8.3 item 10");
		});
	}

	@Test
	void aDeliveryWithItsProofDoesNotFire() {
		var reasons = rules.reasons(
				facts().delivery(delivery(DeliveryMethod.IN_PERSON, MONDAY.minusDays(1), null, "张三", null)).build());

		assertThat(reasons).isEmpty();
	}

	@Test
	void reasonsAddUpToTheScoreThatFixesTheLevel() {
		var reasons = rules.reasons(facts().outcome(Outcome.PARTIAL)
				.consultation(ConsultationKind.THIRD_PARTY, "某某建设公司", Opinion.OBJECTS).applications(12).build());

		assertThat(reasons).extracting(RiskReason::code).containsExactly("PARTIAL_DISCLOSURE", "THIRD_PARTY_OBJECTION",
				"FREQUENT_APPLICANT");
		assertThat(RiskRules.score(reasons)).isEqualTo(75);
		assertThat(rules.level(reasons)).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void weightsFromSettingsChangeTheLevel() {
		var refusal = facts().outcome(Outcome.DENY).build();
		var heavier = new RiskRules(RiskSettings.defaults().withWeights(Map.of("refusal", 70)));
		var off = new RiskRules(RiskSettings.defaults().withWeights(Map.of("refusal", 0)));

		assertThat(rules.level(rules.reasons(refusal))).isEqualTo(RiskLevel.MEDIUM);
		assertThat(heavier.reasons(refusal)).singleElement().extracting(RiskReason::weight).isEqualTo(70);
		assertThat(heavier.level(heavier.reasons(refusal))).isEqualTo(RiskLevel.HIGH);
		assertThat(off.reasons(refusal)).as("a rule weighted 0 is switched off").isEmpty();
	}

	@Test
	void settingsRejectAWeightForAnUnknownRule() {
		assertThatThrownBy(() -> RiskSettings.defaults().withWeights(Map.of("refusals", 10)))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ogi.risk.weights.refusals")
				.hasMessageContaining("refusal");
	}

	@Test
	void thresholdsFromSettingsBandTheScore() {
		var settings = RiskSettings.defaults();

		assertThat(settings.levelOf(29)).isEqualTo(RiskLevel.LOW);
		assertThat(settings.levelOf(30)).isEqualTo(RiskLevel.MEDIUM);
		assertThat(settings.levelOf(60)).isEqualTo(RiskLevel.HIGH);
	}

	static FactsBuilder facts() {
		return new FactsBuilder();
	}

	static SearchRecord search(String periodCovered, String departmentsAsked) {
		return new SearchRecord("ALPHA", "C-1", 1, MONDAY, "区政府公文系统", "道路维修", periodCovered, departmentsAsked,
				false, null, "alpha-handler", Instant.EPOCH);
	}

	static Delivery delivery(DeliveryMethod method, LocalDate on, String tracking, String recipient,
			LocalDate confirmed) {
		return new Delivery("ALPHA", "C-1", method, on, tracking, recipient, confirmed, "alpha-clerk", Instant.EPOCH);
	}

	static Extension extension(Instant requestedAt, LocalDate noticedOn) {
		return new Extension("ALPHA", "C-1", 1, ExtensionKind.EXTENSION, 20, "需要检索档案", Extension.Status.APPROVED,
				"alpha-handler", requestedAt, "alpha-head", noticedOn, noticedOn, null);
	}

	/** Facts of case C-1 of ALPHA, on Monday 2026-11-23, with nothing risky unless a test adds it. */
	static class FactsBuilder {

		Outcome outcome;

		boolean publicInterest;

		SearchRecord search;

		final List<Deadline> replyLedger = new ArrayList<>();

		Integer workingDaysLeft;

		final List<ogi.casework.deadlines.LateExtension> lateExtensions = new ArrayList<>();

		Delivery delivery;

		final List<Consultation> consultations = new ArrayList<>();

		int applications = 1;

		CaseFacts.RemedyHistory remedies = CaseFacts.RemedyHistory.NONE;

		FactsBuilder outcome(Outcome value) {
			outcome = value;
			return this;
		}

		FactsBuilder publicInterest() {
			publicInterest = true;
			return this;
		}

		FactsBuilder search(SearchRecord value) {
			search = value;
			return this;
		}

		FactsBuilder replyDue(LocalDate due, boolean active) {
			return replyEntry(due, active, Instant.EPOCH);
		}

		FactsBuilder replyEntry(LocalDate due, boolean active, Instant recordedAt) {
			replyLedger.add(new Deadline((long) replyLedger.size() + 1, "ALPHA", "C-1", DeadlineKind.REPLY,
					MONDAY.minusDays(30), "receipt", 20, PeriodUnit.WORKING_DAYS, 0, due, false, "Art. 33(2)", "",
					"receipt", active, "alpha-clerk", recordedAt, null, null));
			return this;
		}

		FactsBuilder workingDaysLeft(int value) {
			workingDaysLeft = value;
			return this;
		}

		FactsBuilder lateExtension(Extension value, LocalDate periodEnded) {
			lateExtensions.add(new ogi.casework.deadlines.LateExtension(value, periodEnded));
			return this;
		}

		FactsBuilder delivery(Delivery value) {
			delivery = value;
			return this;
		}

		FactsBuilder consultation(ConsultationKind kind, String party, Opinion opinion) {
			consultations.add(new Consultation("ALPHA", "C-1", consultations.size() + 1, kind, party, "是否同意公开",
					MONDAY.minusDays(20), opinion, "意见", MONDAY.minusDays(10), "alpha-handler", Instant.EPOCH,
					"alpha-handler", null));
			return this;
		}

		FactsBuilder applications(int value) {
			applications = value;
			return this;
		}

		FactsBuilder remedies(int reconsiderations, int lawsuits) {
			remedies = new CaseFacts.RemedyHistory(reconsiderations, lawsuits);
			return this;
		}

		CaseFacts build() {
			return new CaseFacts("ALPHA", "C-1", MONDAY, outcome, publicInterest, search, replyLedger,
					workingDaysLeft, lateExtensions, delivery, consultations, applications, remedies);
		}
	}
}
