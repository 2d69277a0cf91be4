package ogi.casework.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ogi.casework.intake.NewApplication.ChannelDates;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.InvalidInput.FieldViolation;

/** Art. 31: the date an application counts as received (收到申请之日), by channel (spec R-31). */
final class ReceiptDateRule {

	private ReceiptDateRule() {
	}

	/**
	 * Art. 31(1) in person: the submission date; (2) signed post: the signing date, ordinary post: the confirmation
	 * date; (3) internet and fax: the date both sides confirmed.
	 *
	 * @throws InvalidInput naming each missing, inconsistent or future date
	 */
	static LocalDate receiptDate(Channel channel, ChannelDates dates, LocalDate today) {
		List<FieldViolation> violations = new ArrayList<>();
		LocalDate receipt = switch (channel) {
			case IN_PERSON -> required(dates.submittedOn(), "dates.submittedOn",
					"An application handed in in person needs the date of submission (Art. 31(1))", violations);
			case POST_SIGNED -> required(dates.signedForOn(), "dates.signedForOn",
					"Signed post needs the date the agency signed for it (Art. 31(2))", violations);
			case POST_UNSIGNED -> {
				required(dates.arrivedOn(), "dates.arrivedOn", "Ordinary post needs the date the letter arrived",
						violations);
				yield required(dates.confirmedOn(), "dates.confirmedOn",
						"Ordinary post needs the date of confirmation with the applicant (Art. 31(2))", violations);
			}
			case INTERNET -> {
				required(dates.submittedOn(), "dates.submittedOn", "An internet application needs its submission date",
						violations);
				yield required(dates.confirmedOn(), "dates.confirmedOn",
						"An internet application needs the date both sides confirmed it (Art. 31(3))", violations);
			}
			case FAX -> required(dates.confirmedOn(), "dates.confirmedOn",
					"A fax needs the date both sides confirmed it (Art. 31(3))", violations);
		};
		notInFuture(dates.submittedOn(), "dates.submittedOn", today, violations);
		notInFuture(dates.signedForOn(), "dates.signedForOn", today, violations);
		notInFuture(dates.arrivedOn(), "dates.arrivedOn", today, violations);
		notInFuture(dates.confirmedOn(), "dates.confirmedOn", today, violations);
		LocalDate earlier = channel == Channel.POST_UNSIGNED ? dates.arrivedOn()
				: channel == Channel.INTERNET ? dates.submittedOn() : null;
		if (earlier != null && dates.confirmedOn() != null && dates.confirmedOn().isBefore(earlier)) {
			violations.add(new FieldViolation("dates.confirmedOn", "order",
					"The confirmation date cannot be before the application arrived"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		return receipt;
	}

	private static LocalDate required(LocalDate date, String field, String message, List<FieldViolation> violations) {
		if (date == null) {
			violations.add(new FieldViolation(field, "required", message));
		}
		return date;
	}

	private static void notInFuture(LocalDate date, String field, LocalDate today, List<FieldViolation> violations) {
		if (date != null && date.isAfter(today)) {
			violations.add(new FieldViolation(field, "notInFuture", field + " " + date + " is in the future"));
		}
	}
}
