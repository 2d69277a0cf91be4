package ogi.casework.accounts;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import ogi.casework.shared.AdministrationEvent;
import ogi.casework.shared.AdministrationEvent.Action;
import ogi.casework.shared.TextInput;

/**
 * Checks a user name and password — page sign-in and HTTP Basic alike — behind the {@link SignInThrottle}; every
 * failure is logged and written to the administration audit trail with the client address, and so is a lockout.
 */
final class ThrottledSignIn implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ThrottledSignIn(DaoAuthenticationProvider passwords, SignInThrottle throttle, Accounts accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = printable(authentication.getName());
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		Duration wait = throttle.waitBefore(username, address);
		if (!wait.isZero()) {
			log.warn("Sign-in as '{}' from {} refused unchecked: too many failures", username, address);
			throw new SignInThrottled(wait);
		}
		try {
			return passwords.authenticate(authentication);
		}
		catch (BadCredentialsException | DisabledException e) {
			boolean locked = throttle.failed(username, address);
			String reason = e instanceof DisabledException ? "account disabled" : "wrong user name or password";
			log.warn("Failed sign-in as '{}' from {}: {}", username, address, reason);
			audit(Action.SIGN_IN_FAILED, username, address, reason);
			if (locked) {
				log.warn("User name '{}' locked after too many failed sign-ins (last from {})", username, address);
				audit(Action.SIGN_IN_LOCKED, username, address, "locked after too many failed sign-ins");
			}
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private void audit(Action action, String username, String address, String reason) {
		try {
			String agency = accounts.findByUsername(username).map(Account::agencyCode).orElse(null);
			events.publishEvent(new AdministrationEvent(action, "anonymous", null, agency, username,
					reason + (address == null ? "" : " (from " + address + ")"), clock.instant()));
		}
		catch (RuntimeException e) {
			// The sign-in fails anyway; a failing audit write must not turn it into an error page.
			log.error("Could not audit a failed sign-in as '{}'", username, e);
		}
	}

	/** The name as typed, safe for a log line and an audit column: no control characters, at most 64 characters. */
	static String printable(String username) {
		String text = TextInput.normalise(username == null ? "" : username).replace('\n', ' ').replace('\t', ' ');
		return text.length() > 64 ? text.substring(0, 64) : text;
	}
}
