package ogi.casework.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Rate limits on the portal (Bucket4j token buckets, refilled gradually): submissions per client address and per
 * identity number, look-ups per client address and per case number. The buckets live in each node's memory — in a
 * cluster a client gets the limit once per node, which still stops a flood; time comes from the application's clock.
 * Identity numbers are kept only as hashes.
 */
@Component
class RateLimits {

	/** What a limit counts. */
	enum Limit {
		SUBMISSIONS_PER_CLIENT, SUBMISSIONS_PER_IDENTITY, LOOK_UPS_PER_CLIENT, LOOK_UPS_PER_CASE
	}

	private static final int MAX_BUCKETS = 100_000;

	private final PortalSettings settings;

	private final TimeMeter time;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	RateLimits(PortalSettings settings, Clock clock) {
		this.settings = settings;
		this.time = new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
	}

	/**
	 * Takes one request of {@code key} under {@code limit}.
	 *
	 * @throws Refused when the limit is reached
	 */
	void take(Limit limit, String key) {
		if (buckets.size() > MAX_BUCKETS) {
			// A flood of distinct keys: start afresh rather than grow without bound.
			buckets.clear();
		}
		var bucket = buckets.computeIfAbsent(limit + ":" + hash(key), k -> newBucket(limit));
		if (!bucket.tryConsume(1)) {
			throw new Refused(null, switch (limit) {
				case SUBMISSIONS_PER_CLIENT -> "tooManySubmissions";
				case SUBMISSIONS_PER_IDENTITY -> "tooManySubmissionsOfApplicant";
				case LOOK_UPS_PER_CLIENT, LOOK_UPS_PER_CASE -> "tooManyLookUps";
			});
		}
	}

	private Bucket newBucket(Limit limit) {
		int capacity = switch (limit) {
			case SUBMISSIONS_PER_CLIENT -> settings.submissionsPerClient();
			case SUBMISSIONS_PER_IDENTITY -> settings.submissionsPerIdentity();
			case LOOK_UPS_PER_CLIENT -> settings.lookUpsPerClient();
			case LOOK_UPS_PER_CASE -> settings.lookUpsPerCase();
		};
		Duration period = limit == Limit.SUBMISSIONS_PER_IDENTITY ? Duration.ofDays(1) : Duration.ofHours(1);
		return Bucket.builder().addLimit(l -> l.capacity(capacity).refillGreedy(capacity, period))
				.withCustomTimePrecision(time).build();
	}

	private static String hash(String key) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(String.valueOf(key).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
