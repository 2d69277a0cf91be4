package ogi.casework.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import ogi.casework.support.MutableClock;

/**
 * HTTP Basic without a hash per call: a checked name and password are taken again without the check for the
 * configured time, never a wrong one, never after the account changed, never for a locked name.
 */
class VerifiedCredentialsTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	final MutableClock clock = new MutableClock(LocalDate.of(2026, 11, 20).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

	final SecuritySettings settings = new SecuritySettings(4, new SecuritySettings.Password(8, 3),
			new SecuritySettings.SignIn(5, Duration.ofMinutes(15), 30, Duration.ofMinutes(15), 1000),
			new SecuritySettings.Tokens(Duration.ofMinutes(15), "ogi-api", "preferred_username", "agency", "roles",
					"name"),
			new SecuritySettings.BasicCredentials(Duration.ofSeconds(60), 100));

	final SignInThrottle throttle = new SignInThrottle(settings, clock);

	final VerifiedCredentials credentials = new VerifiedCredentials(settings, throttle, clock);

	/** The password check, counting how often it runs; the password of everyone is "right". */
	final List<String> checks = new ArrayList<>();

	final AuthenticationProvider check = new AuthenticationProvider() {
		@Override
		public Authentication authenticate(Authentication attempt) {
			checks.add(attempt.getName());
			if (!"right".equals(attempt.getCredentials())) {
				throttle.failed(attempt.getName(), null);
				throw new BadCredentialsException("wrong");
			}
			return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null,
					AuthorityUtils.createAuthorityList("ROLE_CLERK"));
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return true;
		}
	};

	final AuthenticationProvider signIn = credentials.before(check);

	@Test
	void aCheckedPasswordIsTakenAgainWithoutTheCheckUntilItsTimeIsUp() {
		signIn.authenticate(attempt("clerk", "right"));
		Authentication again = signIn.authenticate(attempt("clerk", "right"));
		clock.advance(Duration.ofSeconds(59));
		signIn.authenticate(attempt("CLERK", "right"));

		assertThat(checks).containsExactly("clerk");
		assertThat(again.isAuthenticated()).isTrue();
		assertThat(again.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CLERK");

		clock.advance(Duration.ofSeconds(2));
		signIn.authenticate(attempt("clerk", "right"));
		assertThat(checks).containsExactly("clerk", "clerk");
	}

	@Test
	void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
		signIn.authenticate(attempt("clerk", "right"));

		assertThatThrownBy(() -> signIn.authenticate(attempt("clerk", "wrong"))).isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> signIn.authenticate(attempt("clerk", "wrong"))).isInstanceOf(BadCredentialsException.class);

		assertThat(checks).containsExactly("clerk", "clerk", "clerk");
	}

	@Test
	void aChangedAccountIsCheckedAgainAtOnce() {
		signIn.authenticate(attempt("clerk", "right"));

		credentials.forget("Clerk");
		signIn.authenticate(attempt("clerk", "right"));

		assertThat(checks).containsExactly("clerk", "clerk");
	}

	@Test
	void aLockedUserNameIsNotLetInByARememberedPassword() {
		signIn.authenticate(attempt("clerk", "right"));
		for (int i = 0; i < 5; i++) {
			throttle.failed("clerk", null);
		}

		signIn.authenticate(attempt("clerk", "right"));

		assertThat(checks).as("the throttled check decides, not the remembered password").hasSize(2);
	}

	private static Authentication attempt(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}
}
