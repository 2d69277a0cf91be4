package ogi.casework.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ogi.casework.shared.InvalidInput;

class ReplyContentRuleTests {

	static final Optional<SearchRecord> NOTHING_FOUND = Optional.of(new SearchRecord("A", "A-1", 1,
			LocalDate.of(2026, 11, 20), "档案系统", "道路", null, null, false, null, "h", Instant.EPOCH));

	@Test
	void refusalNeedsItsGroundAndReasons() {
		var form = draft(Outcome.DENY);

		assertThatThrownBy(() -> ReplyContentRule.check(form, Optional.empty(), false))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(InvalidInput.FieldViolation::field).containsExactlyInAnyOrder("ground", "reasons"));
	}

	@Test
	void notExistRestsOnASearchThatFoundNothing() {
		var form = new DraftForm(Outcome.NOT_EXIST, null, "经检索，未找到", null, null, null, null, null);
		var found = Optional.of(new SearchRecord("A", "A-1", 1, LocalDate.of(2026, 11, 20), "档案系统", "道路", null,
				null, true, null, "h", Instant.EPOCH));

		assertThatCode(() -> ReplyContentRule.check(form, NOTHING_FOUND, false)).doesNotThrowAnyException();
		assertThatThrownBy(() -> ReplyContentRule.check(form, Optional.empty(), false))
				.hasMessageContaining("recorded search");
		assertThatThrownBy(() -> ReplyContentRule.check(form, found, false)).hasMessageContaining("found");
	}

	@Test
	void partialDisclosureListsEachWithheldPart() {
		var withoutParts = new DraftForm(Outcome.PARTIAL, null, null, "邮件发送", null, null, null, List.of());
		var withParts = new DraftForm(Outcome.PARTIAL, null, null, "邮件发送", null, null, null,
				List.of(new WithheldPart("第三页个人信息", ExemptionGround.THIRD_PARTY_RIGHTS, "涉及个人隐私")));

		assertThatThrownBy(() -> ReplyContentRule.check(withoutParts, Optional.empty(), false))
				.hasMessageContaining("Art. 37");
		assertThatCode(() -> ReplyContentRule.check(withParts, Optional.empty(), false)).doesNotThrowAnyException();
	}

	@Test
	void repeatNamesAnEarlierCaseOfTheAgency() {
		var form = new DraftForm(Outcome.REPEAT, null, null, null, null, null, "A-2026-000001", null);

		assertThatThrownBy(() -> ReplyContentRule.check(form, Optional.empty(), false))
				.hasMessageContaining("No case A-2026-000001");
		assertThatCode(() -> ReplyContentRule.check(form, Optional.empty(), true)).doesNotThrowAnyException();
	}

	@Test
	void abandonmentIsConcludedByTheProcessNotDrafted() {
		var form = new DraftForm(Outcome.ABANDONED_NO_SUPPLEMENT, null, "未补正", null, null, null, null, null);

		assertThatThrownBy(() -> ReplyContentRule.check(form, Optional.empty(), false))
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
