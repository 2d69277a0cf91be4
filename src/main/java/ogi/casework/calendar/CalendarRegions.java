package ogi.casework.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Regions with their own rest days (《全国年节及纪念日放假办法》 Art. 4), their notices, and the agencies assigned to them. */
@Mapper
interface CalendarRegions {

	List<Region> regions();

	Optional<Region> find(String regionCode);

	void insert(Region region);

	List<Notice> notices();

	List<Day> days();

	List<Day> daysOf(@Param("regionCode") String regionCode, @Param("noticeYear") int noticeYear);

	void deleteNotice(@Param("regionCode") String regionCode, @Param("noticeYear") int noticeYear);

	void deleteDays(@Param("regionCode") String regionCode, @Param("noticeYear") int noticeYear);

	void insertNotice(Notice notice);

	void insertDays(@Param("regionCode") String regionCode, @Param("noticeYear") int noticeYear,
			@Param("days") List<HolidayEntry> days);

	List<Assignment> assignments();

	Optional<Assignment> assignmentOf(String agencyCode);

	void deleteAssignment(String agencyCode);

	void insertAssignment(Assignment assignment);

	/** A region and the agency whose administrators maintain its rest days. */
	record Region(String regionCode, String ownerAgencyCode, String createdBy, Instant createdAt) {
	}

	/** A regional notice for one year; {@code papers} holds its addresses or document numbers one per line. */
	record Notice(String regionCode, int noticeYear, String papers, String loadedBy, Instant loadedAt) {
	}

	/** A date a regional notice lists. */
	record Day(String regionCode, int noticeYear, LocalDate listedDate, String name, boolean offDay) {
	}

	/** The region whose calendar an agency follows. */
	record Assignment(String agencyCode, String regionCode, String assignedBy, Instant assignedAt) {
	}
}
