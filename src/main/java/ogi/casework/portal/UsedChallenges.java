package ogi.casework.portal;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The signatures of challenges already used: each is accepted once, on any node. */
@Mapper
interface UsedChallenges {

	/** Fails with a duplicate key when the challenge was used before. */
	void insert(@Param("signature") String signature, @Param("usedAt") Instant usedAt);

	/** Forgets challenges that have long expired. */
	int forgetBefore(@Param("before") Instant before);
}
