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
 * @param tokens the API's bearer tokens ({@link ApiTokens}, {@link TokenClaims})
 * @param basicCredentials how long HTTP Basic credentials, once checked, are taken without a new hash
 *        ({@link VerifiedCredentials})
 */
@ConfigurationProperties("ogi.security")
public record SecuritySettings(@DefaultValue("10") int bcryptStrength, @DefaultValue Password password,
		@DefaultValue SignIn signIn, @DefaultValue Tokens tokens, @DefaultValue BasicCredentials basicCredentials) {

	/**
	 * Bearer tokens for the API ({@code ogi.security.tokens.*}): JWTs signed by the embedded issuer, or by the external
	 * OIDC provider that {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} names. A token carries who the
	 * user is, their agency and their roles, so a call needs neither a database read nor a password hash.
	 *
	 * @param lifetime how long a token from {@code POST /api/tokens} (or the embedded issuer's OAuth2 flows) is valid;
	 *        an account disabled or re-roled keeps what its token says until then — keep it short
	 * @param audience the {@code aud} of the embedded issuer's tokens, required on every token it accepts
	 * @param usernameClaim the claim naming the user (our user name)
	 * @param agencyClaim the claim naming the user's agency (our agency code)
	 * @param rolesClaim the claim listing the user's roles (names of {@link Role}; others are ignored)
	 * @param nameClaim the claim with the user's display name (optional)
	 */
	public record Tokens(@DefaultValue("15m") Duration lifetime, @DefaultValue("ogi-api") String audience,
			@DefaultValue("preferred_username") String usernameClaim, @DefaultValue("agency") String agencyClaim,
			@DefaultValue("roles") String rolesClaim, @DefaultValue("name") String nameClaim) {
	}

	/**
	 * HTTP Basic without a hash per call ({@code ogi.security.basic-credentials.*}): a user name and password that
	 * passed BCrypt are taken again without BCrypt for {@code ttl}, on this node.
	 *
	 * @param ttl how long a checked name and password are taken again unhashed; a password changed or an account
	 *        disabled on another node is noticed here within this time (on this node at once)
	 * @param maxEntries most credentials remembered; the least recently used are forgotten beyond
	 */
	public record BasicCredentials(@DefaultValue("60s") Duration ttl, @DefaultValue("10000") int maxEntries) {
	}

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
