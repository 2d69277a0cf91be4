package ogi.casework.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Issues the embedded issuer's bearer tokens: a JWT signed with the stored key ({@link StoredSigningKey}), valid for
 * {@code ogi.security.tokens.lifetime}, carrying who the user is, their agency and roles under the claim names
 * {@link TokenClaims} reads — so that a call with it is authorised without a database read or a password hash.
 */
final class ApiTokens {

	private final JwtEncoder encoder;

	private final SecuritySettings.Tokens settings;

	private final Clock clock;

	ApiTokens(JwtEncoder encoder, SecuritySettings settings, Clock clock) {
		this.encoder = encoder;
		this.settings = settings.tokens();
		this.clock = clock;
	}

	/** A token, when it was issued and when it expires. */
	record Issued(String value, Instant issuedAt, Instant expiresAt) {
	}

	/** A token for {@code user}, issued by {@code issuer} (this application's address). */
	Issued issue(CurrentUser user, String issuer) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant expires = now.plus(settings.lifetime());
		var claims = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject(user.username())
			.audience(List.of(settings.audience()))
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(expires)
			.id(UUID.randomUUID().toString())
			.claim(settings.usernameClaim(), user.username())
			.claim(settings.agencyClaim(), user.agencyCode())
			.claim(settings.rolesClaim(), user.roles().stream().map(Role::name).sorted().toList())
			.claim(settings.nameClaim(), user.displayName())
			.build();
		var jwt = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims));
		return new Issued(jwt.getTokenValue(), now, expires);
	}
}
