package ogi.casework.fees;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Fee notices and payments. */
@Mapper
interface Fees {

	void insert(FeeNotice notice);

	List<FeeNotice> of(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);

	int recordPayment(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber,
			@Param("number") int number, @Param("paidOn") LocalDate paidOn);
}
