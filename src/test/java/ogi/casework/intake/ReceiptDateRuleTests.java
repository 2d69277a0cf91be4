package ogi.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ogi.casework.intake.NewApplication.ChannelDates;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.InvalidInput.FieldViolation;

class ReceiptDateRuleTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	/** The vendored calendar starts with the 2007 notice (spec §9.2); the default look-back is one year. */
	static final ReceiptDateRule.Limits LIMITS = new ReceiptDateRule.Limits(LocalDate.of(2007, 1, 1), Period.ofYears(1));

	static final LocalDate NOV_16 = LocalDate.of(2026, 11, 16);

	static final LocalDate NOV_18 = LocalDate.of(2026, 11, 18);

	static final LocalDate NOV_19 = LocalDate.of(2026, 11, 19);

	static final LocalDate NOV_21 = LocalDate.of(2026, 11, 21);

	@Test
	void inPersonCountsFromTheDayOfSubmission() {
		var dates = new ChannelDates(NOV_18, null, null, null);

		assertThat(receipt(Channel.IN_PERSON, dates)).isEqualTo("2026-11-18");
	}

	@Test
	void signedPostCountsFromTheSigningDate() {
		var dates = new ChannelDates(null, LocalDate.of(2026, 11, 17), null, null);

		assertThat(receipt(Channel.POST_SIGNED, dates)).isEqualTo("2026-11-17");
	}

	@Test
	void ordinaryPostCountsFromTheConfirmationNotTheArrival() {
		var dates = new ChannelDates(null, null, NOV_16, NOV_18);

		assertThat(receipt(Channel.POST_UNSIGNED, dates)).isEqualTo("2026-11-18");
	}

	@Test
	void internetAndFaxCountFromTheDateBothSidesConfirmed() {
		var internet = new ChannelDates(LocalDate.of(2026, 11, 14), null, null, NOV_16);
		var fax = new ChannelDates(null, null, NOV_18, NOV_19);

		assertThat(receipt(Channel.INTERNET, internet)).isEqualTo("2026-11-16");
		assertThat(receipt(Channel.FAX, fax)).isEqualTo("2026-11-19");
	}

	@Test
	void rejectsAMissingConfirmationNamingTheField() {
		var dates = new ChannelDates(LocalDate.of(2026, 11, 14), null, null, null);

		assertThat(violations(Channel.INTERNET, dates)).containsExactly(tuple("dates.confirmedOn", "required"));
	}

	@Test
	void faxNeedsTheDayItArrivedAsOrdinaryPostDoes() {
		// 国办公开办函〔2015〕207号 (spec R-31): 「传真……收到传真并双方确认之日」.
		var dates = new ChannelDates(null, null, null, NOV_19);

		assertThat(violations(Channel.FAX, dates)).containsExactly(tuple("dates.arrivedOn", "required"));
	}

	@Test
	void rejectsDatesInTheFutureAndConfirmationsBeforeArrival() {
		var dates = new ChannelDates(null, null, NOV_19, NOV_18);
		var future = new ChannelDates(NOV_21, null, null, null);

		assertThat(violations(Channel.POST_UNSIGNED, dates)).containsExactly(tuple("dates.confirmedOn", "order"));
		assertThat(violations(Channel.IN_PERSON, future)).containsExactly(tuple("dates.submittedOn", "notInFuture"));
	}

	@Test
	void faxConfirmedBeforeItArrivedIsRefusedLikeOrdinaryPost() {
		var dates = new ChannelDates(null, null, NOV_19, NOV_18);

		assertThat(violations(Channel.FAX, dates)).containsExactly(tuple("dates.confirmedOn", "order"));
	}

	@Test
	void signedPostSignedForBeforeItWasPostedOrBeforeItArrivedIsRefused() {
		var beforePosting = new ChannelDates(NOV_18, NOV_16, null, null);
		var beforeArrival = new ChannelDates(null, NOV_16, NOV_18, null);
		var inOrder = new ChannelDates(NOV_16, NOV_18, NOV_18, null);

		assertThat(violations(Channel.POST_SIGNED, beforePosting)).containsExactly(tuple("dates.signedForOn", "order"));
		assertThat(violations(Channel.POST_SIGNED, beforeArrival)).containsExactly(tuple("dates.signedForOn", "order"));
		assertThat(receipt(Channel.POST_SIGNED, inOrder)).isEqualTo("2026-11-18");
	}

	@ParameterizedTest
	@EnumSource(Channel.class)
	void everyChannelRefusesAReceiptDateInTheFuture(Channel channel) {
		// Every other date on the 16th, the one that fixes the receipt date (Art. 31) tomorrow.
		var dates = switch (channel) {
			case IN_PERSON -> new ChannelDates(NOV_21, null, null, null);
			case POST_SIGNED -> new ChannelDates(NOV_16, NOV_21, NOV_16, null);
			case POST_UNSIGNED, INTERNET, FAX -> new ChannelDates(NOV_16, null, NOV_16, NOV_21);
		};
		String receiptField = switch (channel) {
			case IN_PERSON -> "dates.submittedOn";
			case POST_SIGNED -> "dates.signedForOn";
			case POST_UNSIGNED, INTERNET, FAX -> "dates.confirmedOn";
		};

		assertThat(violations(channel, dates)).containsExactly(tuple(receiptField, "notInFuture"));
	}

	@ParameterizedTest
	@EnumSource(Channel.class)
	void everyChannelRefusesAnArrivalBeforeTheApplicationWasSent(Channel channel) {
		// Sent on the 19th, arrived on the 18th: impossible whatever fixes the receipt date.
		var dates = new ChannelDates(NOV_19, NOV_19, NOV_18, NOV_19);

		assertThat(violations(channel, dates)).contains(tuple("dates.arrivedOn", "order"));
	}

	@Test
	void refusesAReceiptDateBeforeTheOfficialCalendarsData() {
		var lastDayWithout = new ChannelDates(LocalDate.of(2006, 12, 31), null, null, null);
		var firstDayWith = new ChannelDates(LocalDate.of(2007, 1, 1), null, null, null);
		var wide = new ReceiptDateRule.Limits(LocalDate.of(2007, 1, 1), Period.ofYears(30));

		assertThatThrownBy(() -> ReceiptDateRule.receiptDate(Channel.IN_PERSON, lastDayWithout, TODAY, wide))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(FieldViolation::field, FieldViolation::rule)
						.containsExactly(tuple("dates.submittedOn", "calendarCoverage")))
				.hasMessageContaining("2007-01-01");
		assertThat(ReceiptDateRule.receiptDate(Channel.IN_PERSON, firstDayWith, TODAY, wide)).isEqualTo("2007-01-01");
		assertThat(violations(Channel.IN_PERSON, lastDayWithout)).containsExactly(
				tuple("dates.submittedOn", "calendarCoverage"));
	}

	@Test
	void refusesAReceiptDateOlderThanTheConfiguredSpan() {
		// Today 2026-11-20 minus P1Y is 2025-11-20: that day is allowed, the day before is not.
		var oneYear = new ChannelDates(null, null, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 20));
		var older = new ChannelDates(null, null, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 19));
		var twoYears = new ReceiptDateRule.Limits(LocalDate.of(2007, 1, 1), Period.ofYears(2));

		assertThat(receipt(Channel.POST_UNSIGNED, oneYear)).isEqualTo("2025-11-20");
		assertThat(violations(Channel.POST_UNSIGNED, older)).containsExactly(tuple("dates.confirmedOn", "maxReceiptAge"));
		assertThat(ReceiptDateRule.receiptDate(Channel.POST_UNSIGNED, older, TODAY, twoYears)).isEqualTo("2025-11-19");
	}

	private static LocalDate receipt(Channel channel, ChannelDates dates) {
		return ReceiptDateRule.receiptDate(channel, dates, TODAY, LIMITS);
	}

	private static java.util.List<org.assertj.core.groups.Tuple> violations(Channel channel, ChannelDates dates) {
		try {
			ReceiptDateRule.receiptDate(channel, dates, TODAY, LIMITS);
		}
		catch (InvalidInput e) {
			return e.violations().stream().map(v -> tuple(v.field(), v.rule())).toList();
		}
		throw new AssertionError(channel + " " + dates + " was accepted");
	}
}
