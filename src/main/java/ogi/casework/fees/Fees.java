package ogi.casework.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Fee notices and payments, and the per-applicant monthly item counts the per-item tariff cumulates. */
@Mapper
interface Fees {

	void insert(@Param("notice") FeeNotice notice, @Param("applicantIdNumber") String applicantIdNumber);

	List<FeeNotice> of(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	int recordPayment(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("number") int number, @Param("paidOn") LocalDate paidOn);

	/** Art. 4: the items of the applicant's per-item notices in the agency with a notice date in [from, to]. */
	long itemsNoticed(@Param("agencyCode") String agencyCode, @Param("applicantIdNumber") String applicantIdNumber,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

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
}
