package ogi.casework.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic without a BCrypt check on every call: a user name and password that passed the check are remembered —
 * as a salted SHA-256 of both, never the password — and taken again without hashing for
 * {@code ogi.security.basic-credentials.ttl} (60 s), on this node.
 * <p>
 * The trade-off: on this node a new password, a disabled account or new roles end the remembered credentials at once
 * ({@link UserSessions}); on another node of a cluster they are still taken until their time is up. A locked user
 * name stays refused even with a remembered password (the {@link SignInThrottle} is asked first), and a failed
 * sign-in is never remembered. Bearer tokens ({@code POST /api/tokens}) are the API's main way in; this keeps clients
 * that speak Basic from paying ~100 ms of CPU per call at cost 10.
 */
@Component
class VerifiedCredentials {

	private final Clock clock;

	private final SignInThrottle throttle;

	private final SecuritySettings.BasicCredentials settings;

	private final byte[] salt = new byte[32];

	private final Map<String, Remembered> remembered;

	VerifiedCredentials(SecuritySettings settings, SignInThrottle throttle, Clock clock) {
		this.settings = settings.basicCredentials();
		this.throttle = throttle;
		this.clock = clock;
		new SecureRandom().nextBytes(salt);
		int max = this.settings.maxEntries();
		this.remembered = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
				return size() > max;
			}
		});
	}

	/** What a successful check established, without the password. */
	private record Remembered(String username, Object principal, Collection<? extends GrantedAuthority> authorities,
			Instant until) {
	}

	/** {@code check} (the throttled password check) with remembered credentials in front of it. */
	AuthenticationProvider before(AuthenticationProvider check) {
		return new AuthenticationProvider() {
			@Override
			public Authentication authenticate(Authentication authentication) throws AuthenticationException {
				return VerifiedCredentials.this.authenticate(authentication, check);
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return check.supports(authentication);
			}
		};
	}

	private Authentication authenticate(Authentication attempt, AuthenticationProvider check) {
		if (settings.ttl().isZero() || !(attempt.getCredentials() instanceof String password)
				|| attempt.getName() == null) {
			return check.authenticate(attempt);
		}
		String key = key(attempt.getName(), password);
		Remembered known = remembered.get(key);
		if (known != null && clock.instant().isBefore(known.until()) && !throttled(attempt)) {
			var authenticated = UsernamePasswordAuthenticationToken.authenticated(known.principal(), null,
					known.authorities());
			authenticated.setDetails(attempt.getDetails());
			return authenticated;
		}
		if (known != null) {
			remembered.remove(key);
		}
		Authentication result = check.authenticate(attempt);
		if (result != null && result.isAuthenticated()) {
			remembered.put(key, new Remembered(normalised(attempt.getName()), result.getPrincipal(),
					result.getAuthorities(), clock.instant().plus(settings.ttl())));
		}
		return result;
	}

	/** Forgets every remembered password of {@code username}, as when it changes or the account is disabled. */
	void forget(String username) {
		String name = normalised(username);
		synchronized (remembered) {
			remembered.values().removeIf(known -> known.username().equals(name));
		}
	}

	private boolean throttled(Authentication attempt) {
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		return !throttle.waitBefore(ThrottledSignIn.printable(attempt.getName()), address).isZero();
	}

	private String key(String username, String password) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(salt);
			sha256.update(normalised(username).getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) 0);
			sha256.update(password.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", e);
		}
	}

	/** User names compare as the database does (case-insensitive collation). */
	private static String normalised(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}
}
