package ogi.casework.accounts;

import java.time.Duration;

import org.springframework.security.authentication.AccountStatusException;

/** A sign-in refused without checking the password: too many failures for the user name or the client address. */
class SignInThrottled extends AccountStatusException {

	private final Duration retryAfter;

	SignInThrottled(Duration retryAfter) {
		super("Too many failed sign-ins; try again in " + Math.max(1, retryAfter.toMinutes()) + " minute(s)");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return retryAfter;
	}
}
