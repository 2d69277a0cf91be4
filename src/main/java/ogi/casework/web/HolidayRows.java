package ogi.casework.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ogi.casework.calendar.NoticeForm;

/**
 * A holiday notice as the calendar page's rows enter it: each row a period the notice names (from, to, name, rest or
 * working day), expanded into the notice's dates; it remembers which row each date came from, so that an error the
 * calendar finds on {@code days[7].date} is shown on the row that produced that date.
 */
final class HolidayRows {

	/** Rows on the page: a State Council notice names 7 holidays and about 6 working weekend days. */
	static final int ROWS = 16;

	/** The longest period one row may cover (the longest holiday, 春节 with its weekends, is 9 days). */
	static final int MAX_DAYS_PER_ROW = 31;

	private final Integer year;

	private final String noticeUrl;

	private final List<NoticeForm.ListedDay> days;

	private final List<Integer> rowOfDay;

	private HolidayRows(Integer year, String noticeUrl, List<NoticeForm.ListedDay> days, List<Integer> rowOfDay) {
		this.year = year;
		this.noticeUrl = noticeUrl;
		this.days = days;
		this.rowOfDay = rowOfDay;
	}

	/** Reads the form; errors of a row's own fields (a date, the order of from and to) go to {@code in}'s errors. */
	static HolidayRows read(FormInput in) {
		Integer year = in.number("year");
		if (year == null && !in.errors().has("year")) {
			in.errors().add("year", "required", "year: give the year of the notice");
		}
		List<NoticeForm.ListedDay> days = new ArrayList<>();
		List<Integer> rowOfDay = new ArrayList<>();
		for (int row = 0; row < ROWS; row++) {
			String prefix = "rows[" + row + "].";
			String name = in.text(prefix + "name");
			LocalDate from = in.date(prefix + "from");
			LocalDate to = in.date(prefix + "to");
			String kind = in.text(prefix + "kind");
			boolean blank = name == null && from == null && to == null && in.text(prefix + "from") == null
					&& in.text(prefix + "to") == null;
			if (blank) {
				continue;
			}
			if (from == null) {
				if (!in.errors().has(prefix + "from")) {
					in.errors().add(prefix + "from", "required", prefix + "from: give the first day");
				}
				continue;
			}
			LocalDate last = to == null ? from : to;
			if (last.isBefore(from)) {
				in.errors().add(prefix + "to", "order", prefix + "to: " + last + " is before " + from);
				continue;
			}
			if (from.plusDays(MAX_DAYS_PER_ROW - 1).isBefore(last)) {
				in.errors().add(prefix + "to", "range",
						prefix + "to: at most " + MAX_DAYS_PER_ROW + " days in one row");
				continue;
			}
			Boolean offDay = kind == null ? null : "OFF".equals(kind) ? Boolean.TRUE : "WORK".equals(kind) ? Boolean.FALSE
					: null;
			if (kind != null && offDay == null) {
				in.errors().add(prefix + "kind", "choice", prefix + "kind: OFF or WORK");
				continue;
			}
			for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
				days.add(new NoticeForm.ListedDay(day, name, offDay));
				rowOfDay.add(row);
			}
		}
		return new HolidayRows(year, in.text("noticeUrl"), days, rowOfDay);
	}

	NoticeForm notice() {
		return new NoticeForm(year, null, noticeUrl, days);
	}

	/**
	 * The page's field for a field the calendar named: {@code days[k].name} → {@code rows[r].name},
	 * {@code days[k].offDay} → {@code rows[r].kind}, {@code days[k].date} → {@code rows[r].from}; others unchanged.
	 */
	String rowField(String field) {
		if (field.startsWith("papers")) {
			return "noticeUrl";
		}
		var match = java.util.regex.Pattern.compile("days\\[(\\d+)]\\.?(\\w*)").matcher(field);
		if (!match.matches()) {
			return field;
		}
		int day = Integer.parseInt(match.group(1));
		if (day >= rowOfDay.size()) {
			return "days";
		}
		String row = "rows[" + rowOfDay.get(day) + "].";
		return switch (match.group(2)) {
			case "name" -> row + "name";
			case "offDay" -> row + "kind";
			default -> row + "from";
		};
	}
}
