package ogi.casework.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A made-up State Council notice for 2027, for tests only: the real 2027 notice was not published when the vendored
 * data was copied, and these dates are plausible but invented (元旦 01-01; 春节 02-06..02-14 with Saturday 02-20
 * working; 清明 04-05; 劳动节 05-01..05-05 with Sunday 04-25 and Saturday 05-08 working; 端午 06-09; 中秋 09-15;
 * 国庆 10-01..10-07 with Sunday 09-26 and Saturday 10-09 working).
 */
public final class SyntheticNotices {

	/** The address the synthetic notice claims; not a real notice. */
	public static final String ADDRESS_2027 = "https://example.org/synthetic/2027-holiday-notice";

	static final List<HolidayEntry> DAYS_2027 = List.of(
			off("2027-01-01", "元旦"),
			off("2027-02-06", "春节"), off("2027-02-07", "春节"), off("2027-02-08", "春节"), off("2027-02-09", "春节"),
			off("2027-02-10", "春节"), off("2027-02-11", "春节"), off("2027-02-12", "春节"), off("2027-02-13", "春节"),
			off("2027-02-14", "春节"), work("2027-02-20", "春节"),
			off("2027-04-05", "清明节"),
			work("2027-04-25", "劳动节"), off("2027-05-01", "劳动节"), off("2027-05-02", "劳动节"),
			off("2027-05-03", "劳动节"), off("2027-05-04", "劳动节"), off("2027-05-05", "劳动节"),
			work("2027-05-08", "劳动节"),
			off("2027-06-09", "端午节"),
			off("2027-09-15", "中秋节"),
			work("2027-09-26", "国庆节"), off("2027-10-01", "国庆节"), off("2027-10-02", "国庆节"),
			off("2027-10-03", "国庆节"), off("2027-10-04", "国庆节"), off("2027-10-05", "国庆节"),
			off("2027-10-06", "国庆节"), off("2027-10-07", "国庆节"), work("2027-10-09", "国庆节"));

	private SyntheticNotices() {
	}

	/** The synthetic 2027 notice. */
	static YearNotice notice2027() {
		return new YearNotice(2027, List.of(ADDRESS_2027), DAYS_2027);
	}

	/** The synthetic 2027 notice in the holiday-cn file format, as an administrator would post it. */
	public static String holidayCnJson2027() {
		return """
				{"year": 2027, "papers": ["%s"], "days": [%s]}
				""".formatted(ADDRESS_2027, DAYS_2027.stream()
			.map(day -> "{\"name\": \"%s\", \"date\": \"%s\", \"isOffDay\": %s}".formatted(day.name(), day.date(),
					day.offDay()))
			.collect(Collectors.joining(", ")));
	}

	private static HolidayEntry off(String date, String name) {
		return new HolidayEntry(LocalDate.parse(date), true, name);
	}

	private static HolidayEntry work(String date, String name) {
		return new HolidayEntry(LocalDate.parse(date), false, name);
	}
}
