package ogi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import ogi.casework.deadlines.Deadline;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.Pause;
import ogi.casework.deadlines.PauseKind;
import ogi.casework.deadlines.PeriodUnit;

class DeadlineWordingTests {

	static final DeadlineWording wording = new DeadlineWording(messages());

	static final Deadline PAUSED_REPLY = new Deadline(1L, "ALPHA", "ALPHA-2025-000001", DeadlineKind.REPLY,
			LocalDate.of(2025, 9, 22), "receipt", 20, PeriodUnit.WORKING_DAYS, 6, LocalDate.of(2025, 11, 3), false,
			"Art. 33(2), T3", "…", "pause ended", true, "handler", null, null, null);

	static final List<Pause> THIRD_PARTY = List.of(new Pause("ALPHA", "ALPHA-2025-000001", PauseKind.THIRD_PARTY_CONSULTATION, 1, LocalDate.of(2025, 9, 25), LocalDate.of(2025, 10, 17),
			LocalDate.of(2025, 10, 13), PauseKind.THIRD_PARTY_CONSULTATION.basis(), "handler", null));

	@Test
	void explainsAPausedReplyPeriodInEnglish() {
		assertThat(wording.explain(PAUSED_REPLY, THIRD_PARTY, Locale.ENGLISH)).isEqualTo(
				"20 working days from 2025-09-22, paused 6 working days for third-party consultation, due 2025-11-03");
	}

	@Test
	void explainsAPausedReplyPeriodInChinese() {
		assertThat(wording.explain(PAUSED_REPLY, THIRD_PARTY, Locale.SIMPLIFIED_CHINESE))
				.isEqualTo("自 2025-09-22 起 20 个工作日，其中因征求第三方意见暂停 6 个工作日，于 2025-11-03 届满");
	}

	@Test
	void leavesOutThePauseWhenNothingWasExcluded() {
		var unpaused = new Deadline(1L, "ALPHA", "A", DeadlineKind.REPLY, LocalDate.of(2026, 11, 20), "receipt", 20,
				PeriodUnit.WORKING_DAYS, 0, LocalDate.of(2026, 12, 18), true, "b", "e", "r", true, "clerk", null, null, null);

		assertThat(wording.explain(unpaused, THIRD_PARTY, Locale.ENGLISH)).isEqualTo(
				"20 working days from 2026-11-20, due 2026-12-18 (provisional: the holiday notice of that year is not out yet)");
	}

	@Test
	void saysWhenTheApplicationCountsAsReceived() {
		var receipt = new Deadline(1L, "ALPHA", "A", DeadlineKind.RECEIPT, LocalDate.of(2026, 11, 20), "receipt", 0,
				PeriodUnit.WORKING_DAYS, 0, LocalDate.of(2026, 11, 20), false, "b", "e", "r", true, "clerk", null, null, null);

		assertThat(wording.explain(receipt, List.of(), Locale.SIMPLIFIED_CHINESE)).isEqualTo("收到申请之日为 2026-11-20");
	}

	static ResourceBundleMessageSource messages() {
		var source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
