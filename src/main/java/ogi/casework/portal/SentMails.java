package ogi.casework.portal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Every e-mail the portal sent an applicant, or failed to send, by case. */
@Mapper
interface SentMails {

	void insert(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("kind") ApplicantMail.Kind kind, @Param("sentAt") Instant sentAt, @Param("failure") String failure,
			@Param("recordedAt") Instant recordedAt);

	/** The kinds of e-mail sent for the case, oldest first. */
	List<ApplicantMail.Kind> sent(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);
}
