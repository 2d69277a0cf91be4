package ogi.casework.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Internal assistance requests and joint deliberations. */
@Mapper
interface Deliberations {

	void insertAssistance(Assistance assistance);

	List<Assistance> assistance(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	int answerAssistance(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("number") int number, @Param("form") AssistanceAnswerForm form,
			@Param("recordedBy") String recordedBy);

	void insertDeliberation(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("topic") String topic, @Param("openedBy") String openedBy, @Param("openedAt") Instant openedAt);

	void insertParticipant(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("participant") String participant);

	Optional<DeliberationRow> deliberation(@Param("agencyCode") String agencyCode,
			@Param("caseNumber") String caseNumber);

	List<String> participants(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	List<Deliberation.Opinion> opinions(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	int recordOpinion(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("participant") String participant, @Param("opinion") String opinion,
			@Param("recordedAt") Instant recordedAt);

	/** A deliberation as stored, before its participants and opinions are read. */
	record DeliberationRow(String topic, String openedBy, Instant openedAt) {
	}
}
