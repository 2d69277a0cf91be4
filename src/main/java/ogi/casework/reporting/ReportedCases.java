package ogi.casework.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The reporting read model (one row per application) and the locked years with their snapshot. */
@Mapper
interface ReportedCases {

	Optional<ReportedCase> find(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	void insert(ReportedCase reported);

	void update(ReportedCase reported);

	/**
	 * The agencies' cases that count in the year {@code [from, to]} or whose 四 of the year before is needed: received
	 * by {@code to} and not concluded before {@code from}.
	 */
	List<ReportedCase> countingIn(@Param("agencyCodes") Collection<String> agencyCodes, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/**
	 * The same cases as {@link #countingIn}, counted by the database: one {@link AnnualCount.Tally} per agency,
	 * applicant type, receipt before {@code from} or not, conclusion by {@code to} or not, and row.
	 */
	List<AnnualCount.Tally> tallies(@Param("agencyCodes") Collection<String> agencyCodes, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/** The agencies' cases concluded in {@code [from, to]} whose row is none of {@code outcomeRows}. */
	List<String> concludedWithoutRow(@Param("agencyCodes") Collection<String> agencyCodes,
			@Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("outcomeRows") Collection<String> outcomeRows);

	/** The agencies' cases received or concluded in {@code [from, to]}, for the statistics. */
	List<ReportedCase> activeBetween(@Param("agencyCodes") Collection<String> agencyCodes,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	Optional<YearLock> findLock(@Param("agencyCode") String agencyCode, @Param("reportYear") int year);

	void insertLock(YearLock lock);

	void insertLockedCase(@Param("agencyCode") String agencyCode, @Param("reportYear") int year,
			@Param("caseNumber") String caseNumber, @Param("applicantType") String applicantType,
			@Param("placement") String placement);

	List<LockedCase> lockedCases(@Param("agencyCode") String agencyCode, @Param("reportYear") int year);

	/** A published year: who locked it, when, and the figures as published (JSON). */
	record YearLock(String agencyCode, int reportYear, String lockedBy, java.time.Instant lockedAt, String reportJson) {
	}

	/** Where a case counted when its year was locked. */
	record LockedCase(String caseNumber, String applicantType, String placement) {
	}
}
