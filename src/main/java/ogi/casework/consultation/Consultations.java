package ogi.casework.consultation;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Consultations of a case. */
@Mapper
interface Consultations {

	void insert(Consultation consultation);

	List<Consultation> of(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	/** Records an answer of a pending consultation, or one that replaces a recorded silence. */
	int answer(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("number") int number, @Param("form") AnswerForm form, @Param("recordedBy") String recordedBy);

	int recordSilence(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("number") int number, @Param("windowEnd") java.time.LocalDate windowEnd,
			@Param("recordedBy") String recordedBy);

	int withdrawSilence(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("number") int number);

	int recordReplyByGiven(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("number") int number, @Param("replyBy") java.time.LocalDate replyBy);

	java.time.LocalDate replyByGiven(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("number") int number);

	int recordLetterReceipt(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("number") int number, @Param("receivedOn") java.time.LocalDate receivedOn);
}
