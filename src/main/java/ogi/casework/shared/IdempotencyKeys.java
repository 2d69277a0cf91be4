package ogi.casework.shared;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The keys sent with {@code Idempotency-Key} and the first response to each, per user. */
@Mapper
interface IdempotencyKeys {

	/** Reserves a key for a request in progress; fails with a duplicate key when the user has used it already. */
	void reserve(@Param("username") String username, @Param("key") String key,
			@Param("requestHash") String requestHash, @Param("now") Instant now,
			@Param("expiresAt") Instant expiresAt);

	Optional<Stored> find(@Param("username") String username, @Param("key") String key);

	int complete(@Param("username") String username, @Param("key") String key, @Param("status") int status,
			@Param("location") String location, @Param("contentType") String contentType,
			@Param("body") byte[] body);

	/** Forgets a reservation whose request did not succeed, so the key may be used again. */
	int release(@Param("username") String username, @Param("key") String key);

	/** Forgets the user's key if it has expired. */
	int forgetExpired(@Param("username") String username, @Param("key") String key, @Param("now") Instant now);

	int purgeExpired(@Param("now") Instant now);

	/** A key as stored: the request's keyed hash, and the response once the request succeeded. */
	record Stored(String requestHash, String state, Integer responseStatus, String responseLocation,
			String responseContentType, byte[] responseBody, Instant expiresAt) {

		static final String IN_PROGRESS = "IN_PROGRESS";

		static final String COMPLETE = "COMPLETE";
	}
}
