package ogi.casework.reply;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Search records, reply drafts with their withheld parts, and deliveries. */
@Mapper
interface Replies {

	void insertSearch(SearchRecord search);

	Optional<SearchRecord> latestSearch(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	int searchCount(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	void insertDraft(ReplyDraft draft);

	void insertWithheldPart(@Param("draft") ReplyDraft draft, @Param("position") int position,
			@Param("part") WithheldPart part);

	Optional<ReplyDraft> draftVersion(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("version") int version);

	Optional<ReplyDraft> latestDraft(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	List<WithheldPart> withheldParts(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("version") int version);

	int draftCount(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	void insertArt35(Art35Inquiry inquiry);

	int assessArt35(Art35Inquiry inquiry);

	Optional<Art35Inquiry> art35(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	void insertDelivery(@Param("delivery") Delivery delivery, @Param("draftVersion") int draftVersion);

	/** Whether the draft of {@code draftVersion} was delivered. */
	boolean delivered(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("draftVersion") int draftVersion);

	/** Every delivery of the case, the first reply cycle first. */
	List<Delivery> deliveries(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	Optional<Delivery> delivery(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	/** The applicant's receipt of the latest delivered reply, from its return receipt or confirmation. */
	void recordDeliveryReceipt(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("receivedOn") java.time.LocalDate receivedOn);

	void insertNoticeDelivery(@Param("delivery") NoticeDelivery delivery);

	boolean noticeDelivered(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("notice") NoticeKind notice, @Param("reference") long reference);

	List<NoticeDelivery> noticeDeliveries(@Param("agencyCode") String agencyCode,
			@Param("caseNumber") String caseNumber);

	List<DeliveredReply> deliveredBetween(@Param("agencyCode") String agencyCode, @Param("from") LocalDate from,
			@Param("to") LocalDate to, @Param("outcomes") java.util.Collection<Outcome> outcomes);
}
