package ogi.casework.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings.
 *
 * @param bcryptStrength the BCrypt work factor for stored passwords (tests lower it to stay fast)
 * @param password the rules a new password must meet ({@link PasswordPolicy})
 * @param signIn how failed sign-ins are throttled ({@link SignInThrottle})
 */
@ConfigurationProperties("ogi.security")
public record SecuritySettings(@DefaultValue("10") int bcryptStrength, @DefaultValue Password password,
		@DefaultValue SignIn signIn) {

	/**
	 * Password rules; the defaults follow the usual reading of GB/T 22239-2019 (等保2.0) level 3 — at least 8
	 * characters, at least three of the four kinds upper case, lower case, digit, symbol — a practice, not a statute,
	 * so they are settings ({@code ogi.security.password.*}).
	 *
	 * @param minLength the fewest characters
	 * @param minCharacterClasses how many of the four kinds (upper case, lower case, digit, symbol) must appear
	 */
	public record Password(@DefaultValue("8") int minLength, @DefaultValue("3") int minCharacterClasses) {
	}

	/**
	 * Sign-in throttling ({@code ogi.security.sign-in.*}).
	 *
	 * @param maxFailuresPerUser failed sign-ins of one user name before it is locked
	 * @param lockout how long a user name stays locked, and the window in which its failures are counted
	 * @param maxFailuresPerAddress failed sign-ins from one client address (any user names) within
	 *        {@code addressWindow} before the address is refused, against password spraying
	 * @param addressWindow the window of {@code maxFailuresPerAddress}
	 * @param maxTracked most user names and addresses tracked in memory each; the oldest are forgotten beyond
	 */
	public record SignIn(@DefaultValue("5") int maxFailuresPerUser, @DefaultValue("15m") Duration lockout,
			@DefaultValue("30") int maxFailuresPerAddress, @DefaultValue("15m") Duration addressWindow,
			@DefaultValue("100000") int maxTracked) {
	}
}
