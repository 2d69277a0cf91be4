package ogi.casework.review;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Review decisions. */
@Mapper
interface Reviews {

	void insert(ReviewDecision decision);

	List<ReviewDecision> decisions(@Param("agencyCode") String agencyCode, @Param("caseNumber") String caseNumber);
}
