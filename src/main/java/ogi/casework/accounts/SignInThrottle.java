package ogi.casework.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Counts failed sign-ins in token buckets (Bucket4j): one per user name — {@code maxFailuresPerUser} failures lock it
 * until its {@code lockout} window ends — and one per client address — {@code maxFailuresPerAddress} failures within
 * {@code addressWindow}, whatever the user names, against password spraying. A locked name or address is refused
 * without its password being checked, so a locked account tells an attacker nothing more.
 * <p>
 * The choice: the buckets live in this node's memory. Behind a load balancer with N nodes an attacker gets at most N
 * times the allowance, and a restart forgets the counts; both are acceptable against online guessing, where the
 * limit matters by orders of magnitude, and they keep a sign-in free of database writes. Time comes from the
 * application {@link Clock}, so tests move it.
 */
@Component
class SignInThrottle {

	private final SecuritySettings.SignIn settings;

	private final TimeMeter time;

	private final Map<String, Bucket> users;

	private final Map<String, Bucket> addresses;

	SignInThrottle(SecuritySettings settings, Clock clock) {
		this.settings = settings.signIn();
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
		this.users = bounded(this.settings.maxTracked());
		this.addresses = bounded(this.settings.maxTracked());
	}

	/** How long a sign-in as {@code username} from {@code address} must wait; zero if it may be tried now. */
	Duration waitBefore(String username, String address) {
		long nanos = Math.max(waitOf(users.get(key(username))), waitOf(address == null ? null : addresses.get(address)));
		return Duration.ofNanos(nanos);
	}

	/** Records a failed sign-in; true if this failure locked the user name. */
	boolean failed(String username, String address) {
		Bucket user = users.computeIfAbsent(key(username),
				k -> bucket(settings.maxFailuresPerUser(), settings.lockout()));
		user.tryConsume(1);
		if (address != null) {
			addresses.computeIfAbsent(address, a -> bucket(settings.maxFailuresPerAddress(), settings.addressWindow()))
				.tryConsume(1);
		}
		return user.getAvailableTokens() == 0;
	}

	/** Forgets the failures of {@code username}, as when an administrator sets a new password. */
	void forget(String username) {
		users.remove(key(username));
	}

	private long waitOf(Bucket bucket) {
		if (bucket == null || bucket.getAvailableTokens() > 0) {
			return 0;
		}
		return Math.max(1, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
	}

	private Bucket bucket(int failures, Duration window) {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(failures).refillIntervally(failures, window))
			.withCustomTimePrecision(time)
			.build();
	}

	/** User names compare as the database does (case-insensitive collation), so case does not reset the count. */
	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private static Map<String, Bucket> bounded(int max) {
		Supplier<Map<String, Bucket>> lru = () -> new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > max;
			}
		};
		return Collections.synchronizedMap(lru.get());
	}
}
