package ogi.casework.risk;

import ogi.casework.shared.CaseStatus;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The risk read model: one assessment per case and its reasons; every query takes the agency code. */
@Mapper
interface RiskAssessments {

	Optional<Row> find(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	List<CaseReason> reasons(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	List<CaseReason> reasonsOf(@Param("agencyCode") String agencyCode,
			@Param("caseNumbers") Collection<String> caseNumbers);

	void delete(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	void deleteReasons(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	void insert(@Param("a") RiskAssessment assessment, @Param("levelRank") int levelRank);

	void insertReason(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("reasonNo") int reasonNo, @Param("r") RiskReason reason, @Param("arguments") String arguments);

	List<Row> page(@Param("agencyCode") String agencyCode, @Param("levelRank") Integer levelRank,
			@Param("limit") int limit, @Param("offset") long offset);

	long count(@Param("agencyCode") String agencyCode, @Param("levelRank") Integer levelRank);

	List<LevelCount> countsByLevel(@Param("agencyCode") String agencyCode);

	/** Watched cases of every agency after the given key, for the daily sweep. */
	List<ogi.casework.shared.CaseKey> inScopeAfter(@Param("afterAgency") String afterAgency, @Param("afterCase") String afterCase,
			@Param("limit") int limit);

	/** Those of {@code keys} (at least one) that the read model watches. */
	List<ogi.casework.shared.CaseKey> inScopeAmong(@Param("keys") java.util.Collection<ogi.casework.shared.CaseKey> keys);

	/** A stored assessment without its reasons. */
	record Row(String agencyCode, String caseNumber, CaseStatus caseStatus, RiskLevel level, int score, boolean inScope,
			java.time.LocalDate replyDue, java.time.LocalDate remedyUntil, java.time.Instant assessedAt) {

		RiskAssessment with(List<RiskReason> reasons) {
			return new RiskAssessment(agencyCode, caseNumber, caseStatus, level, score, reasons, inScope, replyDue,
					remedyUntil, assessedAt);
		}
	}

	/** A reason with the case it belongs to. */
	record CaseReason(String caseNumber, String code, int weight, String facts, String basis, String messageKey,
			String arguments) {

		RiskReason reason() {
			return new RiskReason(code, weight, facts, basis, messageKey, RiskReason.arguments(arguments));
		}
	}

	/** How many watched cases stand at a level. */
	record LevelCount(RiskLevel level, long cases) {
	}
}
