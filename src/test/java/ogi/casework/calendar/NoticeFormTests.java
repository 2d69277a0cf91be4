package ogi.casework.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ogi.casework.shared.InvalidInput;
import tools.jackson.databind.json.JsonMapper;

/** A posted notice: both accepted spellings, and every rule named with its field. */
class NoticeFormTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsTheHolidayCnFileFormat() {
		// given the 2026 file as holiday-cn publishes it (first entries)
		String file = """
				{"year": 2026, "papers": ["https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"],
				 "days": [{"name": "元旦", "date": "2026-01-01", "isOffDay": true},
				          {"name": "元旦", "date": "2026-01-04", "isOffDay": false}]}
				""";
		// when read and checked
		YearNotice notice = json.readValue(file, NoticeForm.class).nationalNotice();
		// then the notice has its address and dates
		assertThat(notice).isEqualTo(new YearNotice(2026,
				List.of("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"),
				List.of(new HolidayEntry(LocalDate.parse("2026-01-01"), true, "元旦"),
						new HolidayEntry(LocalDate.parse("2026-01-04"), false, "元旦"))));
	}

	@Test
	void readsTheSimpleFormat() {
		// given the simple form with one notice address
		String simple = """
				{"year": 2027, "noticeUrl": "https://www.gov.cn/zhengce/2027-notice",
				 "days": [{"date": "2027-01-01", "name": "元旦", "offDay": true}]}
				""";
		// when read and checked
		YearNotice notice = json.readValue(simple, NoticeForm.class).nationalNotice();
		// then it is the same kind of notice
		assertThat(notice.papers()).containsExactly("https://www.gov.cn/zhengce/2027-notice");
		assertThat(notice.days()).containsExactly(new HolidayEntry(LocalDate.parse("2027-01-01"), true, "元旦"));
	}

	@Test
	void joinsPapersAndNoticeUrlOnce() {
		// given both spellings of the address, one repeated
		var form = new NoticeForm(2027, List.of("https://a.example/1", "https://a.example/2"), "https://a.example/1",
				List.of());
		// when checked
		// then every address appears once, papers first
		assertThat(form.nationalNotice().papers()).containsExactly("https://a.example/1", "https://a.example/2");
	}

	@Test
	void acceptsAnOffDayOnAWeekendAndAWorkingDayOnAWeekday() {
		// given a notice listing a rest Saturday and a working Monday (as 2020 listed Monday 02-03)
		var form = new NoticeForm(2027, List.of("https://a.example/1"), null, List.of(
				new NoticeForm.ListedDay(LocalDate.parse("2027-01-02"), "元旦", true),
				new NoticeForm.ListedDay(LocalDate.parse("2027-01-04"), "元旦", false)));
		// when checked
		// then it is accepted as listed
		assertThat(form.nationalNotice().days()).hasSize(2);
	}

	@Test
	void acceptsTheNeighbouringDecemberAndJanuary() {
		// given a 2027 notice touching 2026-12-31 and 2028-01-01
		var form = new NoticeForm(2027, List.of("https://a.example/1"), null, List.of(
				new NoticeForm.ListedDay(LocalDate.parse("2026-12-31"), "元旦", true),
				new NoticeForm.ListedDay(LocalDate.parse("2028-01-01"), "元旦", true)));
		// when checked
		// then both dates are accepted
		assertThat(form.nationalNotice().days()).hasSize(2);
	}

	@Test
	void namesEveryBrokenRuleWithItsField() {
		// given a notice with a year out of range, no address and bad days
		var form = new NoticeForm(1999, List.of(), null, java.util.Arrays.asList(
				new NoticeForm.ListedDay(LocalDate.parse("1999-05-01"), "劳动节", true),
				new NoticeForm.ListedDay(null, " ", null),
				new NoticeForm.ListedDay(LocalDate.parse("1999-05-01"), "劳动节", true),
				null));
		// when checked
		// then each violation names its field and rule
		assertThatThrownBy(form::nationalNotice).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.violations()).extracting(v -> v.field() + " " + v.rule()).containsExactly(
						"year range", "papers required", "days[1].date required", "days[1].name required",
						"days[1].offDay required", "days[2].date unique", "days[3] required"));
	}

	@Test
	void rejectsADateOutsideTheNeighbouringYears() {
		// given a 2027 notice listing 2029-01-01
		var form = new NoticeForm(2027, null, "https://a.example/1", List.of(
				new NoticeForm.ListedDay(LocalDate.parse("2027-01-01"), "元旦", true),
				new NoticeForm.ListedDay(LocalDate.parse("2029-01-01"), "元旦", true)));
		// when checked
		// then the date is named
		assertThatThrownBy(form::nationalNotice).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.violations()).extracting(InvalidInput.FieldViolation::field)
					.containsExactly("days[1].date"));
	}

	@Test
	void wantsWebAddressesForStateCouncilNoticesOnly() {
		// given a notice referred to by its document number
		var form = new NoticeForm(2027, List.of("新政办发〔2026〕80号"), null, List.of());
		// when checked as a national and as a regional notice
		// then only the regional one is accepted
		assertThatThrownBy(form::nationalNotice).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.violations()).extracting(v -> v.field() + " " + v.rule())
					.containsExactly("papers[0] url"));
		assertThat(form.regionalNotice().papers()).containsExactly("新政办发〔2026〕80号");
	}

	@Test
	void requiresTheListOfDays() {
		// given a notice without days
		var form = new NoticeForm(2027, List.of("https://a.example/1"), null, null);
		// when checked
		// then days is named
		assertThatThrownBy(form::nationalNotice).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.violations()).extracting(InvalidInput.FieldViolation::field).containsExactly("days"));
	}
}
