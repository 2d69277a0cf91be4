package ogi.casework.intake;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Applications, their supplements and the per-agency case-number sequence. */
@Mapper
interface Applications {

	/** Stores an application whose personal data is encrypted already, with its applicant key. */
	void insert(@Param("application") Application application, @Param("applicantKey") String applicantKey);

	/** The agency's applications of one applicant received in [from, to] (ix_application_applicant_key). */
	List<String> caseNumbersOfApplicant(@Param("agencyCode") String agencyCode,
			@Param("applicantKey") String applicantKey, @Param("from") java.time.LocalDate from,
			@Param("to") java.time.LocalDate to);

	/**
	 * Up to {@code limit} applications after ({@code agencyCode}, {@code caseNumber}) whose personal data is plain
	 * text or not under the key {@code activePrefix} names, or that have no applicant key yet.
	 */
	List<StoredPersonalData> needingReencryption(@Param("agencyCode") String agencyCode,
			@Param("caseNumber") String caseNumber, @Param("activePrefix") String activePrefix,
			@Param("limit") int limit);

	int rewritePersonalData(StoredPersonalData data);

	Optional<Application> find(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	/** Art. 31(3): the confirmation of an application submitted online fixes its receipt date. */
	int confirm(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("confirmedOn") java.time.LocalDate confirmedOn, @Param("receiptDate") java.time.LocalDate receiptDate);

	int incrementSequence(@Param("agencyCode") String agencyCode, @Param("sequenceYear") int year);

	void insertSequence(@Param("agencyCode") String agencyCode, @Param("sequenceYear") int year);

	long currentSequence(@Param("agencyCode") String agencyCode, @Param("sequenceYear") int year);

	void insertSupplement(Supplement supplement);

	Optional<Supplement> openSupplement(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	java.util.List<Supplement> supplements(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	/** Arts. 36(6), 44: the agency's applications received in [from, to], in order of arrival (ix_application_receipt). */
	java.util.List<RequestSummary> requestsReceivedBetween(@Param("agencyCode") String agencyCode,
			@Param("from") java.time.LocalDate from, @Param("to") java.time.LocalDate to);

	/** An application's personal data as stored, and its applicant key. */
	record StoredPersonalData(String agencyCode, String caseNumber, String idNumber, String phone, String email,
			String address, String applicantKey) {
	}

	/** The register by applicant name: {@code pattern} is a LIKE prefix pattern with ! as its escape. */
	List<RegisterEntry> byApplicantName(@Param("agencyCode") String agencyCode, @Param("pattern") String pattern,
			@Param("offset") int offset, @Param("limit") int limit);

	int recordSupplementReceived(@Param("id") long id, @Param("receivedOn") java.time.LocalDate receivedOn,
			@Param("content") String content, @Param("receivedBy") String receivedBy);
}
