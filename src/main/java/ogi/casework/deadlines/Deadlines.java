package ogi.casework.deadlines;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The deadline ledger, its pauses and extensions. */
@Mapper
interface Deadlines {

	void insert(Deadline deadline);

	/** Inserts several entries in one statement. */
	void insertAll(@Param("deadlines") List<Deadline> deadlines);

	int deactivate(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("kind") DeadlineKind kind);

	Optional<Deadline> active(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("kind") DeadlineKind kind);

	List<Deadline> ledger(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	/** Cases with a running period, for recomputation after a calendar change and for reconciliation. */
	List<Deadline> allActive(@Param("kind") DeadlineKind kind, @Param("agencyCode") String agencyCode);

	/** The active provisional periods of {@code kinds}, of {@code agencies} (null: all; ix_deadline_kind_due, V70). */
	List<Deadline> activeProvisional(@Param("kinds") java.util.Collection<DeadlineKind> kinds,
			@Param("agencies") java.util.Collection<String> agencies);

	/**
	 * The active final periods of {@code kinds} that end on or after {@code from}, of {@code agencies} (null: all;
	 * ix_deadline_kind_due, V70).
	 */
	List<Deadline> activeFinalEndingFrom(@Param("kinds") java.util.Collection<DeadlineKind> kinds,
			@Param("from") java.time.LocalDate from, @Param("agencies") java.util.Collection<String> agencies);

	/**
	 * The cases after {@code after}, in key order, with an active period of a {@code running} kind or of a
	 * {@code windows} kind that ends on or after {@code windowsFrom}.
	 */
	/** The cases with an excluded stretch still running (a consultation or fee notice awaited). */
	List<ogi.casework.shared.CaseKey> casesWithOpenPause();

	List<ogi.casework.shared.CaseKey> casesWithRunningPeriodAfter(@Param("after") ogi.casework.shared.CaseKey after,
			@Param("running") java.util.Collection<DeadlineKind> running,
			@Param("windows") java.util.Collection<DeadlineKind> windows, @Param("windowsFrom") java.time.LocalDate windowsFrom,
			@Param("limit") int limit);

	void reactivate(@Param("id") long id);

	void insertPause(Pause pause);

	/** Sets when a pause ends (null: still running) and when it is planned to end. */
	int replanPause(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("kind") PauseKind kind, @Param("number") int number,
			@Param("plannedEnd") java.time.LocalDate plannedEnd, @Param("endedOn") java.time.LocalDate endedOn);

	List<Pause> pauses(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	void insertExtension(Extension extension);

	int decideExtension(Extension extension);

	List<Extension> extensions(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	void insertCycle(ReplyCycle cycle);

	java.util.Optional<ReplyCycle> latestCycle(@Param("agencyCode") String agencyCode,
			@Param("caseNumber") String caseNumber);
}
