package ogi.casework.casework;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The consequences the process took on legal dates, and their reversals. */
@Mapper
interface Consequences {

	void insert(Consequence consequence);

	/** The consequence of {@code kind} that still stands for the case, if any. */
	Optional<Consequence> standing(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("kind") Consequence.Kind kind);

	void redate(@Param("id") long id, @Param("legalDate") java.time.LocalDate legalDate);

	void reverse(@Param("id") long id, @Param("reversedAt") Instant reversedAt, @Param("reversedBy") String reversedBy,
			@Param("reason") String reason);
}
