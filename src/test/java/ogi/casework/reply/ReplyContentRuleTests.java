package ogi.casework.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ogi.casework.shared.InvalidInput;

class ReplyContentRuleTests {

	static final Optional<SearchRecord> NOTHING_FOUND = Optional.of(new SearchRecord("A", "A-1", 1,
			LocalDate.of(2026, 11, 20), "档案系统", "道路", null, null, false, null, "h", Instant.EPOCH));

	@Test
	void refusalNeedsItsGroundAndReasons() {
		var form = draft(Outcome.DENY);

		assertThatThrownBy(() -> ReplyContentRule.check(form, Optional.empty(), EarlierCase.NOT_FOUND))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(InvalidInput.FieldViolation::field).containsExactlyInAnyOrder("ground", "reasons"));
	}

	@Test
	void notExistRestsOnASearchThatFoundNothing() {
		var form = new DraftForm(Outcome.NOT_EXIST, null, "经检索，未找到", null, null, null, null, null);
		var found = Optional.of(new SearchRecord("A", "A-1", 1, LocalDate.of(2026, 11, 20), "档案系统", "道路", null,
				null, true, null, "h", Instant.EPOCH));

		assertThatCode(() -> ReplyContentRule.check(form, NOTHING_FOUND, EarlierCase.NOT_FOUND)).doesNotThrowAnyException();
		assertThatThrownBy(() -> ReplyContentRule.check(form, Optional.empty(), EarlierCase.NOT_FOUND))
				.hasMessageContaining("recorded search");
		assertThatThrownBy(() -> ReplyContentRule.check(form, found, EarlierCase.NOT_FOUND)).hasMessageContaining("found");
	}

	@Test
	void partialDisclosureListsEachWithheldPart() {
		var withoutParts = new DraftForm(Outcome.PARTIAL, null, null, "邮件发送", null, null, null, List.of());
		var withParts = new DraftForm(Outcome.PARTIAL, null, null, "邮件发送", null, null, null,
				List.of(new WithheldPart("第三页个人信息", ExemptionGround.THIRD_PARTY_RIGHTS, "涉及个人隐私")));

		assertThatThrownBy(() -> ReplyContentRule.check(withoutParts, Optional.empty(), EarlierCase.NOT_FOUND))
				.hasMessageContaining("Art. 37");
		assertThatCode(() -> ReplyContentRule.check(withParts, Optional.empty(), EarlierCase.NOT_FOUND)).doesNotThrowAnyException();
	}

	@Test
	void repeatNamesAnEarlierCaseOfTheAgency() {
		var form = new DraftForm(Outcome.REPEAT, null, null, null, null, null, "A-2026-000001", null);

		assertThatThrownBy(() -> ReplyContentRule.check(form, Optional.empty(), EarlierCase.NOT_FOUND))
				.hasMessageContaining("No case A-2026-000001");
		assertThatCode(() -> ReplyContentRule.check(form, Optional.empty(), EarlierCase.ANSWERED_SAME_APPLICANT))
				.doesNotThrowAnyException();
	}

	@ParameterizedTest
	@CsvSource({ "OTHER_APPLICANT, sameApplicant", "NOT_ANSWERED, answered", "THIS_CASE, notThisCase",
			"NOT_FOUND, exists" })
	void repeatRefusesAnythingButTheSameApplicantsAnsweredApplication(EarlierCase earlier, String rule) {
		// Art. 36(6): 「已就申请人提出的政府信息公开申请作出答复、申请人重复申请」 — answered, and the same applicant's.
		var form = new DraftForm(Outcome.REPEAT, null, null, null, null, null, "A-2026-000001", null);

		assertThatThrownBy(() -> ReplyContentRule.check(form, Optional.empty(), earlier))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(InvalidInput.FieldViolation::field, InvalidInput.FieldViolation::rule)
						.containsExactly(org.assertj.core.groups.Tuple.tuple("earlierCaseNumber", rule)))
				.hasMessageContaining("Art. 36(6)");
	}

	@Test
	void abandonmentIsConcludedByTheProcessNotDrafted() {
		var form = new DraftForm(Outcome.ABANDONED_NO_SUPPLEMENT, null, "未补正", null, null, null, null, null);

		assertThatThrownBy(() -> ReplyContentRule.check(form, Optional.empty(), EarlierCase.NOT_FOUND))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(InvalidInput.FieldViolation::rule).containsExactly("draftable"));
	}

	@Test
	void onlyRefusalsAndPartialDisclosuresNeedTheHeadsSignOff() {
		assertThat(List.of(Outcome.values()).stream().filter(Outcome::requiresHeadSignOff))
				.containsExactlyInAnyOrder(Outcome.DENY, Outcome.PARTIAL);
	}

	private static DraftForm draft(Outcome outcome) {
		return new DraftForm(outcome, null, null, null, null, null, null, null);
	}
}
