package ogi.casework.accounts;

import org.springframework.context.annotation.Conditional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ogi.casework.shared.ActionNotAllowed;

/**
 * {@code POST /api/tokens}: a user exchanges their name and password (HTTP Basic, throttled like every sign-in) for a
 * bearer token of the embedded issuer, and then calls the API with {@code Authorization: Bearer …} — one password
 * check per token rather than one per call. The answer has the shape of an OAuth 2 token response (RFC 6749 §5.1).
 */
@RestController
@Conditional(EmbeddedIssuer.Enabled.class)
@Tag(name = "Tokens", description = "Bearer tokens for the API")
class TokenController {

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** An access token as OAuth 2 clients expect it. */
	record TokenResponse(@JsonProperty("access_token") String accessToken,
			@JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn) {
	}

	@PostMapping("/api/tokens")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "A bearer token for the signed-in user (sign in with HTTP Basic)")
	TokenResponse issue(CurrentUser user) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof AccountToken) {
			throw new ActionNotAllowed("tokenFromPassword",
					"A token is obtained with a user name and password, not with another token");
		}
		var issued = tokens.issue(user, ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
		return new TokenResponse(issued.value(), "Bearer",
				java.time.Duration.between(issued.issuedAt(), issued.expiresAt()).toSeconds());
	}
}
