package ogi.casework.litigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reconsideration and litigation matters with their cases, hearings, filings and raised alarms; every query takes the agency. */
@Mapper
interface Matters {

	void insert(NewMatter matter);

	void insertCase(@Param("agencyCode") String agencyCode, @Param("matterId") long matterId,
			@Param("caseNumber") String caseNumber);

	Optional<MatterRow> find(@Param("agencyCode") String agencyCode, @Param("id") long id);

	/**
	 * Locks the matter's row until the transaction ends, so that its hearings and filings are numbered one at a time
	 * (each takes the highest number + 1); returns the matter's id, or nothing if the agency has no such matter.
	 */
	Optional<Long> lock(@Param("agencyCode") String agencyCode, @Param("id") long id);

	List<MatterRow> all(@Param("agencyCode") String agencyCode);

	/** Matters of the agencies received up to {@code to} and not concluded before {@code from}. */
	List<MatterRow> touching(@Param("agencyCodes") Collection<String> agencyCodes, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	List<MatterCase> cases(@Param("agencyCode") String agencyCode, @Param("matterId") Long matterId);

	List<MatterCase> ofCases(@Param("agencyCode") String agencyCode,
			@Param("caseNumbers") Collection<String> caseNumbers);

	List<HearingRow> hearings(@Param("agencyCode") String agencyCode, @Param("matterId") Long matterId);

	List<FilingRow> filings(@Param("agencyCode") String agencyCode, @Param("matterId") Long matterId);

	int insertHearing(@Param("agencyCode") String agencyCode, @Param("matterId") long matterId,
			@Param("heldOn") LocalDate heldOn, @Param("place") String place,
			@Param("noticeReceivedOn") LocalDate noticeReceivedOn, @Param("recordedBy") String recordedBy,
			@Param("recordedAt") Instant recordedAt);

	int insertFiling(@Param("agencyCode") String agencyCode, @Param("matterId") long matterId,
			@Param("kind") FilingKind kind, @Param("filedOn") LocalDate filedOn, @Param("note") String note,
			@Param("recordedBy") String recordedBy, @Param("recordedAt") Instant recordedAt);

	int recordDecision(@Param("agencyCode") String agencyCode, @Param("id") long id,
			@Param("decision") Matter.Decision decision, @Param("at") Instant at);

	int recordService(@Param("agencyCode") String agencyCode, @Param("id") long id,
			@Param("service") Matter.Service service, @Param("at") Instant at);

	int recordAppeal(@Param("agencyCode") String agencyCode, @Param("id") long id,
			@Param("appeal") Matter.Appeal appeal, @Param("at") Instant at);

	boolean suedAfter(@Param("agencyCode") String agencyCode, @Param("id") long id);

	List<String> agenciesWithOpenMatters();

	List<Long> suedAfterAny(@Param("agencyCode") String agencyCode);

	List<String> raisedAlarms(@Param("agencyCode") String agencyCode, @Param("matterId") long matterId);

	int insertAlarm(@Param("agencyCode") String agencyCode, @Param("matterId") long matterId,
			@Param("alarmKey") String alarmKey, @Param("raisedAt") Instant raisedAt);

	void insertReopening(@Param("agencyCode") String agencyCode, @Param("matterId") long matterId,
			@Param("caseNumber") String caseNumber, @Param("replyDueOn") LocalDate replyDueOn,
			@Param("reopenedBy") String reopenedBy, @Param("reopenedAt") Instant reopenedAt);

	List<Reopening> reopenings(@Param("agencyCode") String agencyCode, @Param("matterId") long matterId);

	/** A case a matter is about. */
	record MatterCase(long matterId, String caseNumber, MatterKind kind) {
	}

	/** A hearing row. */
	record HearingRow(long matterId, int number, LocalDate heldOn, String place, LocalDate noticeReceivedOn,
			String recordedBy, Instant recordedAt) {
	}

	/** A filing row. */
	record FilingRow(long matterId, int number, FilingKind kind, LocalDate filedOn, String note, String recordedBy,
			Instant recordedAt) {
	}

	/** A linked case reopened after a correction. */
	record Reopening(String caseNumber, LocalDate replyDueOn, String reopenedBy, Instant reopenedAt) {
	}
}
