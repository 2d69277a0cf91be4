package ogi.casework.intake;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ogi.casework.intake.NewApplication.ChannelDates;
import ogi.casework.shared.InvalidInput;
import ogi.casework.shared.InvalidInput.FieldViolation;

/**
 * Art. 31: the date an application counts as received (收到申请之日), by channel (spec R-31), and the checks every
 * channel's dates pass alike: none in the future; in the order things happen — sent or handed in ({@code submittedOn}),
 * arrived ({@code arrivedOn}), then signed for or confirmed ({@code signedForOn}, {@code confirmedOn}); and a receipt date
 * within the official calendar's data and not older than the agency allows.
 */
final class ReceiptDateRule {

	private ReceiptDateRule() {
	}

	/**
	 * What bounds a receipt date from below.
	 *
	 * @param calendarStart the first day of the official calendar's data (spec §9.2): working days cannot be counted
	 *        before it
	 * @param maxAge how long before today a receipt date may lie, the agency's choice [I] ({@code ogi.intake.*})
	 */
	record Limits(LocalDate calendarStart, Period maxAge) {
	}

	/**
	 * Art. 31(1) in person: the submission date; (2) signed post: the signing date, ordinary post: the confirmation
	 * date; (3) internet and fax: the date both sides confirmed — for a fax, once it arrived (spec R-31, 国办公开办函
	 * 〔2015〕207号: 「传真……以收到传真并双方确认之日」).
	 *
	 * @throws InvalidInput naming each missing, future, out-of-order or out-of-range date and its rule
	 */
	static LocalDate receiptDate(Channel channel, ChannelDates dates, LocalDate today, Limits limits) {
		List<FieldViolation> violations = new ArrayList<>();
		String receiptField = switch (channel) {
			case IN_PERSON -> {
				required(dates.submittedOn(), "dates.submittedOn",
						"An application handed in in person needs the date of submission (Art. 31(1))", violations);
				yield "dates.submittedOn";
			}
			case POST_SIGNED -> {
				required(dates.signedForOn(), "dates.signedForOn",
						"Signed post needs the date the agency signed for it (Art. 31(2))", violations);
				yield "dates.signedForOn";
			}
			case POST_UNSIGNED -> {
				required(dates.arrivedOn(), "dates.arrivedOn", "Ordinary post needs the date the letter arrived",
						violations);
				required(dates.confirmedOn(), "dates.confirmedOn",
						"Ordinary post needs the date of confirmation with the applicant (Art. 31(2))", violations);
				yield "dates.confirmedOn";
			}
			case INTERNET -> {
				required(dates.submittedOn(), "dates.submittedOn", "An internet application needs its submission date",
						violations);
				required(dates.confirmedOn(), "dates.confirmedOn",
						"An internet application needs the date both sides confirmed it (Art. 31(3))", violations);
				yield "dates.confirmedOn";
			}
			case FAX -> {
				required(dates.arrivedOn(), "dates.arrivedOn", "A fax needs the date it was received", violations);
				required(dates.confirmedOn(), "dates.confirmedOn",
						"A fax needs the date both sides confirmed it (Art. 31(3))", violations);
				yield "dates.confirmedOn";
			}
		};
		Map<String, LocalDate> given = new LinkedHashMap<>();
		given.put("dates.submittedOn", dates.submittedOn());
		given.put("dates.arrivedOn", dates.arrivedOn());
		given.put("dates.signedForOn", dates.signedForOn());
		given.put("dates.confirmedOn", dates.confirmedOn());
		given.forEach((field, date) -> notInFuture(date, field, today, violations));
		notBefore(dates.arrivedOn(), "dates.arrivedOn", dates.submittedOn(), "sent or handed in", "arrived",
				violations);
		for (String last : List.of("dates.signedForOn", "dates.confirmedOn")) {
			LocalDate date = given.get(last);
			String what = last.equals("dates.signedForOn") ? "signed for" : "confirmed";
			if (!notBefore(date, last, dates.arrivedOn(), "arrived", what, violations)) {
				continue;
			}
			notBefore(date, last, dates.submittedOn(), "sent or handed in", what, violations);
		}
		LocalDate receipt = given.get(receiptField);
		if (receipt != null) {
			inRange(receipt, receiptField, today, limits, violations);
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		return receipt;
	}

	/** The receipt date lies within the calendar's data and the agency's look-back. */
	private static void inRange(LocalDate receipt, String field, LocalDate today, Limits limits,
			List<FieldViolation> violations) {
		if (receipt.isBefore(limits.calendarStart())) {
			violations.add(new FieldViolation(field, "calendarCoverage", field + " " + receipt + " is before "
					+ limits.calendarStart() + ", where the official calendar's data begins; no working day can be "
					+ "counted from it (Art. 33, spec §9.2) — check the year"));
		}
		else if (receipt.isBefore(today.minus(limits.maxAge()))) {
			violations.add(new FieldViolation(field, "maxReceiptAge", field + " " + receipt + " lies more than "
					+ limits.maxAge() + " before today (" + today + "), the agency's limit for logging an application "
					+ "(ogi.intake.max-receipt-age) — check the year, or log it with the date it really arrived"));
		}
	}

	private static void required(LocalDate date, String field, String message, List<FieldViolation> violations) {
		if (date == null) {
			violations.add(new FieldViolation(field, "required", message));
		}
	}

	private static void notInFuture(LocalDate date, String field, LocalDate today, List<FieldViolation> violations) {
		if (date != null && date.isAfter(today)) {
			violations.add(new FieldViolation(field, "notInFuture", field + " " + date + " is in the future"));
		}
	}

	/** Whether {@code date} is not before {@code earlier}; if it is, one {@code order} violation says so. */
	private static boolean notBefore(LocalDate date, String field, LocalDate earlier, String earlierWhat,
			String what, List<FieldViolation> violations) {
		if (date != null && earlier != null && date.isBefore(earlier)) {
			violations.add(new FieldViolation(field, "order", "The application cannot be " + what + " on " + date
					+ ", before it was " + earlierWhat + " on " + earlier));
			return false;
		}
		return true;
	}
}
