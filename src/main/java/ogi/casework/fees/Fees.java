package ogi.casework.fees;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Fee notices and payments, the applications' item counts, and the applicant-month locks of the per-item tariff. */
@Mapper
interface Fees {

	void insert(@Param("notice") FeeNotice notice, @Param("applicantIdNumber") String applicantIdNumber);

	List<FeeNotice> of(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	int recordPayment(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("number") int number, @Param("paidOn") LocalDate paidOn);

	List<ogi.casework.shared.CaseKey> casesWithOpenNotice();

	/** The end of the notice's payment window as the notice gave it to the applicant; null when not recorded. */
	LocalDate payableUntilGiven(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("number") int number);

	int updatePayableUntil(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("number") int number, @Param("payableUntil") LocalDate payableUntil);

	/** Art. 4: the item count the handler recorded for an application, if any. */
	Optional<ItemCountRow> itemCount(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	int updateItemCount(@Param("count") ItemCountRow count);

	void insertItemCount(@Param("count") ItemCountRow count);

	/** Locks the applicant's month row, so that per-item notices of one applicant and month are priced in turn. */
	int lockApplicantMonth(@Param("agencyCode") String agencyCode,
			@Param("applicantIdNumber") String applicantIdNumber, @Param("monthStart") LocalDate monthStart);

	void insertApplicantMonth(@Param("agencyCode") String agencyCode,
			@Param("applicantIdNumber") String applicantIdNumber, @Param("monthStart") LocalDate monthStart);

	long countNoticed(@Param("agencyCode") String agencyCode, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	BigDecimal amountNoticed(@Param("agencyCode") String agencyCode, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	BigDecimal amountPaid(@Param("agencyCode") String agencyCode, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/** A row of {@code fees_item_count}: the month as its first day. */
	record ItemCountRow(String agencyCode, String caseNumber, String applicantIdNumber, LocalDate receiptMonth,
			int items, String countedBy, Instant countedAt) {
	}
}
