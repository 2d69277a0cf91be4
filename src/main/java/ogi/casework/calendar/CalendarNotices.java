package ogi.casework.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The State Council notices administrators loaded, one per year, with the dates each lists. */
@Mapper
interface CalendarNotices {

	List<Notice> notices();

	Optional<Notice> find(int noticeYear);

	List<Day> days();

	List<Day> daysOf(int noticeYear);

	void delete(int noticeYear);

	void deleteDays(int noticeYear);

	void insert(Notice notice);

	void insertDays(@Param("noticeYear") int noticeYear, @Param("days") List<HolidayEntry> days);

	/** A loaded notice; {@code papers} holds its addresses one per line. */
	record Notice(int noticeYear, String papers, String loadedBy, Instant loadedAt) {
	}

	/** A date a loaded notice lists. */
	record Day(int noticeYear, LocalDate listedDate, String name, boolean offDay) {
	}
}
