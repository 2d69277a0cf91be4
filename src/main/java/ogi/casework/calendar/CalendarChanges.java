package ogi.casework.calendar;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** The calendar's version counter and its append-only change history: there is deliberately no update or delete. */
@Mapper
interface CalendarChanges {

	long version();

	/** Reads the version and locks its row until the transaction ends, so that changes are made one at a time across the cluster. */
	long lockVersion();

	void setVersion(long dataVersion);

	void insert(Change change);

	List<Change> history();

	/** What an administrator did to the calendar. */
	enum Action {

		/** Loaded (or reloaded) a State Council notice. */
		NOTICE_LOADED,

		/** Loaded (or reloaded) a region's notice. */
		REGION_NOTICE_LOADED,

		/** Assigned the agency to a region. */
		AGENCY_ASSIGNED,

		/** Took the agency out of its region, back to the national calendar. */
		AGENCY_UNASSIGNED
	}

	/**
	 * One change: {@code daysAdded}, {@code daysRemoved} and {@code daysChanged} compare the dates the notice lists with
	 * the previous data of that year (ISO dates separated by commas); {@code papers} holds one address per line.
	 */
	record Change(Long id, long dataVersion, Action action, Integer noticeYear, String regionCode, String agencyCode,
			String papers, String daysAdded, String daysRemoved, String daysChanged, String detail, String changedBy,
			String changedByAgency, Instant changedAt) {
	}
}
