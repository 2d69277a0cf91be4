package ogi.casework.consultation;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Consultations of a case. */
@Mapper
interface Consultations {

	void insert(Consultation consultation);

	List<Consultation> of(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	int answer(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("number") int number, @Param("form") AnswerForm form, @Param("recordedBy") String recordedBy);
}
