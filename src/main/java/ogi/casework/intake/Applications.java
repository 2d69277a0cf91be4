package ogi.casework.intake;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Applications, their supplements and the per-agency case-number sequence. */
@Mapper
interface Applications {

	/**
	 * Stores an application whose personal data is encrypted already, with its applicant key, as indexed under
	 * {@code indexVersion} (its grams follow in the same transaction).
	 */
	void insert(@Param("application") Application application, @Param("applicantKey") String applicantKey,
			@Param("indexVersion") String indexVersion);

	/**
	 * The agency's applications of the applicant of {@code caseNumber} (same applicant key) received in [from, to],
	 * with their receipt dates, oldest first (ix_application_applicant_key).
	 */
	List<ApplicantApplication> applicationsOfSameApplicant(@Param("agencyCode") String agencyCode,
			@Param("caseNumber") String caseNumber, @Param("from") java.time.LocalDate from,
			@Param("to") java.time.LocalDate to);

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

	/**
	 * The applications of one applicant (by applicant key) received by the agency on {@code receiptDate}, in order of
	 * arrival (ix_application_applicant_key): the candidates for a duplicate, without reading the day's others.
	 */
	java.util.List<RequestSummary> requestsOfApplicantReceivedOn(@Param("agencyCode") String agencyCode,
			@Param("applicantKey") String applicantKey, @Param("receiptDate") java.time.LocalDate receiptDate);

	/** An application's personal data as stored, and its applicant key. */
	record StoredPersonalData(String agencyCode, String caseNumber, String idNumber, String phone, String email,
			String address, String applicantKey) {
	}

	/**
	 * The register by applicant name, newest receipt first, after the entry {@code after} when it is given:
	 * {@code pattern} is a LIKE prefix pattern with ! as its escape.
	 */
	List<RegisterEntry> byApplicantName(@Param("agencyCode") String agencyCode, @Param("pattern") String pattern,
			@Param("after") RegisterEntry after, @Param("offset") int offset, @Param("limit") int limit);

	int recordSupplementReceived(@Param("id") long id, @Param("receivedOn") java.time.LocalDate receivedOn,
			@Param("content") String content, @Param("receivedBy") String receivedBy);

	/** The register entries of some of the agency's applications (no identity number or contacts). */
	List<RegisterEntry> registerEntries(@Param("agencyCode") String agencyCode,
			@Param("caseNumbers") java.util.Collection<String> caseNumbers);

	// --- the request index (RequestIndex, RequestGrams): repeat detection without reading the whole window ---------

	/**
	 * Arts. 36(6), 44: the agency's applications received in [from, to] that may ask for the same information as a
	 * request with these grams: at least {@code minShared} of the {@code wording} bigram hashes, or one of the
	 * {@code documents} hashes (ix_request_gram).
	 */
	List<String> similarCandidates(@Param("agencyCode") String agencyCode, @Param("from") java.time.LocalDate from,
			@Param("to") java.time.LocalDate to, @Param("wording") List<Long> wording, @Param("minShared") int minShared,
			@Param("documents") List<Long> documents);

	/** The agency's applications with these case numbers, with or without a receipt date. */
	List<RequestSummary> requestsOf(@Param("agencyCode") String agencyCode,
			@Param("caseNumbers") java.util.Collection<String> caseNumbers);

	/** The agency's applications received in [from, to] not (yet) indexed under {@code version}, in order of arrival. */
	List<RequestSummary> unindexedRequestsReceivedBetween(@Param("agencyCode") String agencyCode,
			@Param("from") java.time.LocalDate from, @Param("to") java.time.LocalDate to, @Param("version") String version);

	/** Up to {@code limit} applications after (agencyCode, caseNumber) not indexed under {@code version}. */
	List<RequestIndex.Unindexed> unindexedRequests(@Param("agencyCode") String agencyCode,
			@Param("caseNumber") String caseNumber, @Param("version") String version, @Param("limit") int limit);

	int markIndexed(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("version") String version);

	java.time.LocalDate receiptDateOf(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	void deleteGrams(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	void insertGrams(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("receiptDate") java.time.LocalDate receiptDate, @Param("grams") List<Long> grams);

	void updateGramReceiptDate(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("receiptDate") java.time.LocalDate receiptDate);
}
