package ogi.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ogi.casework.intake.NewApplication.ChannelDates;
import ogi.casework.shared.InvalidInput;

class ReceiptDateRuleTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	@Test
	void inPersonCountsFromTheDayOfSubmission() {
		var dates = new ChannelDates(LocalDate.of(2026, 11, 18), null, null, null);

		assertThat(ReceiptDateRule.receiptDate(Channel.IN_PERSON, dates, TODAY)).isEqualTo("2026-11-18");
	}

	@Test
	void signedPostCountsFromTheSigningDate() {
		var dates = new ChannelDates(null, LocalDate.of(2026, 11, 17), null, null);

		assertThat(ReceiptDateRule.receiptDate(Channel.POST_SIGNED, dates, TODAY)).isEqualTo("2026-11-17");
	}

	@Test
	void ordinaryPostCountsFromTheConfirmationNotTheArrival() {
		var dates = new ChannelDates(null, null, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18));

		assertThat(ReceiptDateRule.receiptDate(Channel.POST_UNSIGNED, dates, TODAY)).isEqualTo("2026-11-18");
	}

	@Test
	void internetAndFaxCountFromTheDateBothSidesConfirmed() {
		var internet = new ChannelDates(LocalDate.of(2026, 11, 14), null, null, LocalDate.of(2026, 11, 16));
		var fax = new ChannelDates(null, null, null, LocalDate.of(2026, 11, 19));

		assertThat(ReceiptDateRule.receiptDate(Channel.INTERNET, internet, TODAY)).isEqualTo("2026-11-16");
		assertThat(ReceiptDateRule.receiptDate(Channel.FAX, fax, TODAY)).isEqualTo("2026-11-19");
	}

	@Test
	void rejectsAMissingConfirmationNamingTheField() {
		var dates = new ChannelDates(LocalDate.of(2026, 11, 14), null, null, null);

		assertThatThrownBy(() -> ReceiptDateRule.receiptDate(Channel.INTERNET, dates, TODAY))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(InvalidInput.FieldViolation::field).containsExactly("dates.confirmedOn"));
	}

	@Test
	void rejectsDatesInTheFutureAndConfirmationsBeforeArrival() {
		var dates = new ChannelDates(null, null, LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 18));
		var future = new ChannelDates(LocalDate.of(2026, 11, 21), null, null, null);

		assertThatThrownBy(() -> ReceiptDateRule.receiptDate(Channel.POST_UNSIGNED, dates, TODAY))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(InvalidInput.FieldViolation::rule).containsExactly("order"));
		assertThatThrownBy(() -> ReceiptDateRule.receiptDate(Channel.IN_PERSON, future, TODAY))
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
						.extracting(InvalidInput.FieldViolation::rule).containsExactly("notInFuture"));
	}
}
