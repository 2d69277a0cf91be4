package ogi.casework.deadlines;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The deadline ledger. */
@Mapper
interface Deadlines {

	void insert(Deadline deadline);

	int deactivate(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("kind") DeadlineKind kind);

	Optional<Deadline> active(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("kind") DeadlineKind kind);

	List<Deadline> ledger(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);
}
